import { DROP, normalizeChars, NORMAL_FORM } from './normalize';
import { Entry, ParsedCell } from './parse/entries';

/**
 * Cell text as written (the stored text, not the normalised copy the parsers read), for what a
 * message quotes and for new lines that follow a cell's own style. Two rules for both:
 *
 * - the invisible characters normalisation drops (U+200B, U+FEFF, joiners, variation selectors)
 *   are left out: in a quote they help nobody, and copied into a new label they would spread;
 * - everything else stays as written (full-width digits, `：`, brackets, `㋀`), so the user
 *   recognises the text of the cell.
 */

/** `text` without the invisible characters normalisation drops; the same string when it has none. */
export function withoutInvisible(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (NORMAL_FORM[text.charCodeAt(i)] !== DROP) continue;
    out += text.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * How many UTF-16 units of the original `line` make the first `normalizedLength` units of its
 * normalised form (where that prefix ends in the stored text). Entry labels are measured on the
 * normalised line; NFKC keeps one character per label character in practice, but a full-width
 * ligature such as `㋀` (→ `1月`) or a dropped U+200B would shift a naive slice, so the prefix
 * is grown until its normalised form is long enough.
 */
export function originalPrefixLength(line: string, normalizedLength: number): number {
  if (normalizedLength <= 0) return 0;
  // Fast path: the usual case where the prefix normalises to the same length.
  if (normalizeChars(line.slice(0, normalizedLength)).length === normalizedLength) return normalizedLength;
  for (let k = 1; k <= line.length; k++) {
    if (normalizeChars(line.slice(0, k)).length >= normalizedLength) return k;
  }
  return line.length;
}

/**
 * The entry's label as written, trimmed and without invisible characters: `５月・６月・７月：`,
 * `【１０月】`, `㋀:`; `１\u200B０月：` gives `１０月：`. Empty for an entry without label.
 */
export function labelAsWritten(cell: ParsedCell, entry: Entry): string {
  if (!entry.label) return '';
  const line = cell.lines[entry.firstLine] ?? '';
  return withoutInvisible(line.slice(0, originalPrefixLength(line, entry.label.length))).trim();
}

/**
 * A short quote of cell content for messages: its first line that is not blank, trimmed and cut
 * at `max` characters (code points). `…` marks what the quote leaves out: when the line is cut,
 * and when more text follows on other lines.
 */
export function excerpt(text: string, max = 24): string {
  const t = text.trim();
  const br = t.search(/[\r\n]/);
  // `t` ends with a character that is not white space, so a line break in it has text after it.
  const first = br < 0 ? t : t.slice(0, br).trimEnd();
  const chars = [...first];
  if (chars.length > max) return chars.slice(0, max).join('') + '…';
  return br < 0 ? first : first + '…';
}
