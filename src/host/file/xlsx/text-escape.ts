/**
 * Text inside cells: OOXML's `_xHHHH_` escape (ST_Xstring) and XML escaping for writing.
 *
 * Excel writes characters that XML 1.0 cannot carry (control characters) and carriage returns as `_xHHHH_`
 * (four hex digits, one UTF-16 code unit), and a literal `_xHHHH_` typed by a user as `_x005F_xHHHH_` (the
 * underscore escaped). Decoding goes left to right without overlaps, so `_x005F_x000D_` is the text `_x000D_`.
 */

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** The text a `<t>` or `<v>` holds, with `_xHHHH_` escapes decoded. */
export function decodeOoxmlText(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Whether a UTF-16 code unit at `i` of `s` can be written as is in XML 1.0 text (pairs are checked as pairs). */
function unitWritable(s: string, i: number): 0 | 1 | 2 {
  const c = s.charCodeAt(i);
  if (c >= 0x20 && c < 0xd800) return 1;
  if (c === 0x09 || c === 0x0a) return 1;
  if (c < 0x20) return 0;
  if (c >= 0xe000) return c === 0xfffe || c === 0xffff ? 0 : 1;
  if (c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff ? 2 : 0;
  }
  return 0; // lone low surrogate
}

function hex4(c: number): string {
  return '_x' + c.toString(16).toUpperCase().padStart(4, '0') + '_';
}

/**
 * Encodes plain text for the content of a `<t>` element: `&`, `<`, `>` escaped; carriage returns, characters that
 * XML 1.0 forbids and lone surrogates as `_xHHHH_`; a literal `_xHHHH_` as `_x005F_xHHHH_`. `\n` and tabs stay.
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
    else if (c === 0x5f /* _ */ && s.charCodeAt(i + 1) === 0x78 && /^_x[0-9A-Fa-f]{4}_/.test(s.slice(i, i + 7))) rep = '_x005F_';
    else {
      const w = unitWritable(s, i);
      if (w === 2) {
        i++;
        continue;
      }
      if (w === 0) rep = hex4(c);
    }
    if (rep !== undefined) {
      out += s.slice(from, i) + rep;
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Whether a `<t>` holding `s` needs `xml:space="preserve"` (leading or trailing white space, line breaks, tabs, runs of spaces). */
export function needsPreserve(s: string): boolean {
  return /^[ \t\r\n]|[ \t\r\n]$|[\t\r\n]| {2}/.test(s);
}

/** Escapes an attribute value for double quotes. */
export function encodeAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
