/**
 * Entry names: decoding the stored bytes, and the key used to look a part up.
 *
 * APPNOTE: a name is UTF-8 when general purpose flag bit 11 is set, otherwise IBM code page 437.
 * - Bit 11 set: decoded as UTF-8 (invalid sequences become U+FFFD; the exact bytes stay in `rawName`).
 * - Bit 11 clear: bytes 0x00-0x7F are ASCII (every OPC part name is ASCII, so .xlsx parts never go further);
 *   bytes 0x80-0xFF are mapped with the code page 437 table below. Japanese zip tools often store Shift_JIS
 *   names without the flag: those come out as CP437 look-alikes, which is what other spec-following readers show
 *   too; no guessing of encodings is done.
 * - An Info-ZIP Unicode Path extra field (0x7075) whose CRC matches the stored name replaces the decoded name.
 *
 * Lookup keys: OPC part names are case-insensitive and are written with or without a leading "/", so the key
 * is the name without leading slashes, lower-cased.
 */

/** Code page 437, bytes 0x80 to 0xFF. */
const CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** Decodes bytes as code page 437. */
export function decodeCp437(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    s += b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80];
  }
  return s;
}

export function decodeUtf8(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

/** Decodes a stored entry name (or comment) following flag bit 11. */
export function decodeName(bytes: Uint8Array, utf8Flag: boolean): string {
  return utf8Flag ? decodeUtf8(bytes) : decodeCp437(bytes);
}

/** The case-insensitive lookup key of a part name: no leading "/", lower case. */
export function partKey(name: string): string {
  let i = 0;
  while (i < name.length && name.charCodeAt(i) === 0x2f) i++;
  return name.slice(i).toLowerCase();
}

/** Whether bytes are all ASCII (then flag bit 11 is not needed to store them). */
export function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}
