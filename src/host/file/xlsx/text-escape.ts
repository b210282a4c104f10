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

const HEX4 = /^[0-9A-Fa-f]{4}$/;

function hex4(c: number): string {
  return '_x' + c.toString(16).toUpperCase().padStart(4, '0') + '_';
}

/**
 * Encodes plain text for the content of a `<t>` element: `&`, `<`, `>` escaped; carriage returns, characters that
 * XML 1.0 forbids (controls other than tab and line feed, U+FFFE, U+FFFF) and lone surrogates as `_xHHHH_`; and
 * every `_` that starts `_xHHHH` as `_x005F_`, whatever follows the four digits: readers decode left to right
 * without overlaps, so `_x0041` followed by an escaped control character must not read back as another escape.
 * Tabs and line feeds stay. Used by the cell patcher and by the new-workbook writer alike.
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
      if (c !== 0x09 && c !== 0x0a) rep = hex4(c);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const d = s.charCodeAt(i + 1);
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) i++;
      else rep = hex4(c);
    } else if (c === 0xfffe || c === 0xffff) rep = hex4(c);
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
