/**
 * Normalisation of sheet text before parsing (DESIGN.md section 2). The stored text is never
 * changed: parsers work on normalised copies, line by line, so that every parsed line keeps
 * the index of the original line it came from.
 */

/** Marks that NFKC leaves alone but that mean "range" between month numbers. */
const WAVE_MARKS = /[\u301C\u223C\u3030\u2053]/g; // 〜 ∼ 〰 ⁓
/** Dashes that mean "range" only between month numbers: − ‐ ― ー – — - */
const DASH_BETWEEN_MONTHS = /(\d{1,2})(月?)\s*[\u2212\u2010\u2015\u30FC\u2013\u2014\u2011-]\s*(?=\d{1,2}\s*月)/g;
const INVISIBLE = /[\u200B\uFEFF\uFE0F\uFE0E\u200C\u200D]/g;

/** NFKC plus the range marks and invisible characters of the design. Keeps line breaks. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(WAVE_MARKS, '~')
    .replace(DASH_BETWEEN_MONTHS, '$1$2~')
    .replace(/\uFF65/g, '\u30FB');
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
