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

/**
 * What normalisation does to each UTF-16 code unit when a text holds nothing else, as a table:
 * the code unit itself for characters NFKC leaves alone that combine with nothing before them
 * (those of ALREADY_NORMAL, the dashes of DASHES, a few marks and symbols), the ASCII character for the full-width forms U+FF01–U+FF5E (NFKC's `<wide>`
 * mapping), a space for U+3000, `~` for the wave marks, DROP for the invisible characters, and
 * SLOW for every other character (NFKC itself decides, with what surrounds it). The mapped
 * characters are checked one by one against NFKC in tests/core/parse/normalize.test.ts.
 */
export const SLOW = 0xffff;
export const DROP = 0xfffe;
export const NORMAL_FORM: Readonly<Uint16Array> = buildNormalForm();

function buildNormalForm(): Uint16Array {
  const t = new Uint16Array(0x10000).fill(SLOW);
  const keep = (from: number, to: number) => {
    for (let c = from; c <= to; c++) t[c] = c;
  };
  keep(0x00, 0x7f);
  keep(0x3001, 0x3011);
  keep(0x3014, 0x301b);
  keep(0x3041, 0x3096);
  keep(0x309d, 0x309e);
  keep(0x30a1, 0x30fe);
  keep(0x4e00, 0x9fff);
  // Dashes that read as range marks between month numbers: NFKC leaves them (U+2011 becomes U+2010).
  for (const c of [0x2010, 0x2013, 0x2014, 0x2015, 0x2212]) t[c] = c;
  t[0x2011] = 0x2010;
  // Marks and symbols of sheets that NFKC leaves alone: × ※ arrows (進捗度 ↗ → ↘) and geometric shapes (◎ ○ △ ■ ◆).
  t[0xd7] = 0xd7;
  t[0x203b] = 0x203b;
  keep(0x2190, 0x2199);
  keep(0x25a0, 0x25ff);
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  t[0x3000] = 0x20;
  for (const c of [0x301c, 0x223c, 0x3030, 0x2053]) t[c] = 0x7e;
  for (const c of [0x200b, 0xfeff, 0xfe0f, 0xfe0e, 0x200c, 0x200d]) t[c] = DROP;
  return t;
}

/**
 * A character the table does not keep as it is (a regular expression finds it faster than a loop, also in a fresh
 * process). The table's kept ranges written out, not worked out at load (a loop over every code unit): the same as
 * `keptRanges(NORMAL_FORM)`, checked in tests/core/perf/normalize-table.test.ts.
 */
const NOT_KEPT =
  // eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included, is kept
  /[^\u0000-\u007f\u00d7\u2010\u2013-\u2015\u203b\u2190-\u2199\u2212\u25a0-\u25ff\u3001-\u3011\u3014-\u301b\u3041-\u3096\u309d-\u309e\u30a1-\u30fe\u4e00-\u9fff]/g;

/** The character class of NOT_KEPT: every run of code units the table keeps as they are, in `\uXXXX` ranges. */
export const NOT_KEPT_SOURCE = NOT_KEPT.source;

/** The ranges of code units a table keeps as they are, as a character class body (NOT_KEPT's, for NORMAL_FORM). */
export function keptRanges(t: Readonly<Uint16Array>): string {
  const hex = (c: number) => '\\u' + c.toString(16).padStart(4, '0');
  let ranges = '';
  // (U+FFFE and U+FFFF are the table's marks, not characters it keeps.)
  for (let c = 0; c < DROP; c++) {
    if (t[c] !== c) continue;
    let to = c;
    while (to + 1 < DROP && t[to + 1] === to + 1) to++;
    ranges += to === c ? hex(c) : hex(c) + '-' + hex(to);
    c = to;
  }
  return ranges;
}

/** NFKC, the wave marks as `~`, invisible characters dropped; dashes left as they are. */
export function normalizeChars(text: string): string {
  // Most sheet text is ASCII, kana and kanji with a few full-width forms (`４月：`, `（`): those are
  // mapped here, one code unit at a time; anything else sends the whole text through NFKC.
  NOT_KEPT.lastIndex = 0;
  if (!NOT_KEPT.test(text)) return text;
  let out = '';
  let from = 0;
  do {
    const i = NOT_KEPT.lastIndex - 1;
    const to = NORMAL_FORM[text.charCodeAt(i)];
    if (to === SLOW) {
      NOT_KEPT.lastIndex = 0;
      return normalizeSlowly(text);
    }
    out += text.slice(from, i);
    if (to !== DROP) out += String.fromCharCode(to);
    from = i + 1;
  } while (NOT_KEPT.test(text));
  return out + text.slice(from);
}

/** NFKC, then the wave marks and invisible characters of the design. */
export function normalizeSlowly(text: string): string {
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
