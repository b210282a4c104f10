/**
 * Text as the parts carry it: cell text with OOXML's `_xHHHH_` escape (ST_Xstring), attribute values, and the
 * checks that keep every part well-formed XML 1.0.
 *
 * Readers decode `_xHHHH_` left to right without overlaps, so the escape of a literal underscore must not depend on
 * what follows the four digits: `_x0041` followed by a control character would otherwise come out as
 * `_x0041_x0001_`, which reads back as "Ax0001_". Every `_` followed by `x` and four hex digits is escaped.
 */
import { encodeAttribute, needsPreserve } from '../xlsx/text-escape';

/** Excel's limit on the text of one cell (UTF-16 code units). */
export const MAX_CELL_TEXT = 32_767;

/** Anything the cell-text encoder may have to change: markup characters, `_x`, CR, controls, surrogates, U+FFFE/F. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_ENCODING = /[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]|_x/;

const HEX4 = /^[0-9A-Fa-f]{4}$/;

function escaped(unit: number): string {
  return '_x' + unit.toString(16).toUpperCase().padStart(4, '0') + '_';
}

/**
 * Cell text for a `<t>` element: `&`, `<`, `>` as entities; controls other than tab and line feed, carriage
 * returns, lone surrogates, U+FFFE and U+FFFF as `_xHHHH_` (one UTF-16 unit each); a `_` that starts `_xHHHH` as
 * `_x005F_`. Tab and line feed stay as they are.
 */
export function encodeCellText(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string | undefined;
    if (c === 0x26) rep = '&amp;';
    else if (c === 0x3c) rep = '&lt;';
    else if (c === 0x3e) rep = '&gt;';
    else if (c === 0x5f) {
      if (s.charCodeAt(i + 1) === 0x78 && HEX4.test(s.slice(i + 2, i + 6))) rep = '_x005F_';
    } else if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a) rep = escaped(c);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const d = s.charCodeAt(i + 1);
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) i++;
      else rep = escaped(c);
    } else if (c === 0xfffe || c === 0xffff) rep = escaped(c);
    if (rep !== undefined) {
      out += s.slice(from, i) + rep;
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * The `<t>` element for a cell's text. Characters XML 1.0 cannot carry (controls other than tab and line feed),
 * carriage returns and lone surrogates are written `_xHHHH_`, a literal `_xHHHH_` as `_x005F_xHHHH_`: reading back
 * gives exactly `s`. `xml:space="preserve"` when white space at the ends or inside could otherwise be dropped.
 */
export function textElement(s: string): string {
  const body = NEEDS_ENCODING.test(s) ? encodeCellText(s) : s;
  return needsPreserve(s) ? `<t xml:space="preserve">${body}</t>` : `<t>${body}</t>`;
}

/** Characters XML 1.0 cannot carry at all (attributes and element text outside cells have no `_xHHHH_` escape). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether `s` can be written in an attribute or element of XML 1.0 (after escaping). */
export function isXmlText(s: string): boolean {
  return !NOT_XML.test(s);
}

/** An attribute value for double quotes; the caller has checked `isXmlText`. */
export function attr(s: string): string {
  return encodeAttribute(s).replace(/>/g, '&gt;');
}

/** Element text other than cells' (document properties); the caller has checked `isXmlText`. */
export function elementText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}
