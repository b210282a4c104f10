/**
 * Text as the parts carry it: cell text with OOXML's `_xHHHH_` escape (ST_Xstring), attribute values, and the
 * checks that keep every part well-formed XML 1.0.
 *
 * Readers decode `_xHHHH_` left to right without overlaps, so the escape of a literal underscore must not depend on
 * what follows the four digits: `_x0041` followed by a control character would otherwise come out as
 * `_x0041_x0001_`, which reads back as "Ax0001_". Every `_` followed by `x` and four hex digits is escaped.
 */
import { encodeAttribute, encodeCellText, needsPreserve } from '../xlsx/text-escape';

/** Excel's limit on the text of one cell (UTF-16 code units). */
export const MAX_CELL_TEXT = 32_767;

/** Anything the cell-text encoder may have to change: markup characters, `_x`, CR, controls, surrogates, U+FFFE/F. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_ENCODING = /[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]|_x/;

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
