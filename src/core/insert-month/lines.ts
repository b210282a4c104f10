import { normalizeChars } from '../normalize';
import { Entry, ParsedCell, parseEntries } from '../parse/entries';

/** Line breaks as the parsers split them (and as Excel shows them inside a cell). */
export const LINE_BREAK = /\r\n|\n|\r/;

/** UTF-16 offset where each line of `text` starts; one offset per line, so `[0]` for a text without breaks. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  const re = new RegExp(LINE_BREAK.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) starts.push(m.index + m[0].length);
  return starts;
}

/** The text ends with a line break (its last line is empty). */
export function endsWithLineBreak(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 10 || c === 13;
}

/**
 * How many UTF-16 units of the original `line` make the first `normalizedLength` units of its
 * normalised form. Entry labels are measured on the normalised line; NFKC keeps one character
 * per label character in practice, but a full-width ligature such as `㋀` (→ `1月`) or a dropped
 * U+200B would shift a naive slice, so the prefix is grown until its normalised form is long enough.
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

/** The entry's label as written (trimmed), e.g. `５月・６月・７月：`. Empty for an entry without label. */
export function labelAsWritten(cell: ParsedCell, entry: Entry): string {
  if (!entry.label) return '';
  const line = cell.lines[entry.firstLine] ?? '';
  return line.slice(0, originalPrefixLength(line, entry.label.length)).trim();
}

/** A line without its leading label (month or word), as written, trimmed: `10月~12月:移動支援` → `移動支援`. */
export function withoutLabel(line: string): string {
  const first = parseEntries(line).entries[0];
  if (!first?.label || first.firstLine !== 0) return line.trim();
  return line.slice(originalPrefixLength(line, first.label.length)).trim();
}

/** A short quote of cell content for messages: the first line, cut at `max` characters. */
export function excerpt(text: string, max = 24): string {
  const first = text.split(LINE_BREAK, 1)[0].trim();
  const chars = [...first];
  return chars.length > max ? chars.slice(0, max).join('') + '…' : first;
}
