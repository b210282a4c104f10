/**
 * Normalisation of sheet text before parsing (DESIGN.md section 2). The stored text is never
 * changed: parsers work on normalised copies, line by line, so that every parsed line keeps
 * the index of the original line it came from.
 */

/**
 * Characters NFKC leaves alone that the grammar maps: the wave marks 〜 ∼ 〰 ⁓ become the range
 * mark `~`; the invisible U+200B, U+FEFF, variation selectors and joiners are dropped.
 */
// Alternatives, not a character class: a class holding variation selectors reads as one combined character.
const SPECIAL = /\u301C|\u223C|\u3030|\u2053|\u200B|\uFEFF|\uFE0F|\uFE0E|\u200C|\u200D/g;
const SPECIAL_TEST = /\u301C|\u223C|\u3030|\u2053|\u200B|\uFEFF|\uFE0F|\uFE0E|\u200C|\u200D/;
const mapSpecial = (c: string) => (c === '\u301C' || c === '\u223C' || c === '\u3030' || c === '\u2053' ? '~' : '');
/** Dashes that mean "range" only between month numbers (on one line): − ‐ ― ー – — - */
const DASHES = /[\u2212\u2010\u2015\u30FC\u2013\u2014\u2011-]/;
const DASH_BETWEEN_MONTHS = /(\d{1,2})(月?)[ \t]*[\u2212\u2010\u2015\u30FC\u2013\u2014\u2011-][ \t]*(?=\d{1,2}[ \t]*月)/g;

/** NFKC plus the range marks and invisible characters of the design. Keeps line breaks. */
export function normalizeText(text: string): string {
  return normalizeRanges(normalizeChars(text));
}

/**
 * Text made only of characters that NFKC leaves alone and that combine with nothing (ASCII,
 * kana, CJK ideographs, Japanese punctuation and brackets; checked character by character in
 * tests/core/parse/normalize.test.ts), and none of the marks mapped below: most sheet text.
 */
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included, is NFKC-stable
export const ALREADY_NORMAL = /^[\x00-\x7F\u3001-\u3011\u3014-\u301B\u3041-\u3096\u309D\u309E\u30A1-\u30FE\u4E00-\u9FFF]*$/;

/** NFKC, the wave marks as `~`, invisible characters dropped; dashes left as they are. */
export function normalizeChars(text: string): string {
  if (ALREADY_NORMAL.test(text)) return text;
  const s = text.normalize('NFKC');
  return SPECIAL_TEST.test(s) ? s.replace(SPECIAL, mapSpecial) : s;
}

/** Dashes between month numbers (`4−9月`, `4ー9月`) as the range mark `~`. */
export function normalizeRanges(s: string): string {
  return DASHES.test(s) ? s.replace(DASH_BETWEEN_MONTHS, '$1$2~') : s;
}

/** Splits on `\r\n`, `\n` or `\r`, like Excel shows line breaks inside a cell. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/** The line break a text uses (the first one found), `\n` when it has none. */
export function lineBreakOf(text: string): string {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}

/** Header names: normalised, then line breaks and spaces removed, `・`/`･` unified, lower case. */
export function normalizeHeader(text: string): string {
  return normalizeText(text)
    .replace(/\s+/g, '')
    .replace(/[\u30FB\u00B7]/g, '・')
    .toLowerCase();
}

/** A symbol cell (進捗度): normalised and trimmed, so `↗️` and `↗` are the same. */
export function normalizeSymbol(text: string): string {
  return normalizeText(text).trim();
}

/** Text compared for equality between entries: normalised, whitespace collapsed. */
export function normalizeForCompare(text: string): string {
  return normalizeText(text).replace(/\s+/g, ' ').trim();
}
