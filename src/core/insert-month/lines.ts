import { originalPrefixLength } from '../as-written';
import { parseEntries } from '../parse/entries';

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

/** A line without its leading label (month or word), as written, trimmed: `10月~12月:移動支援` → `移動支援`. */
export function withoutLabel(line: string): string {
  const first = parseEntries(line).entries[0];
  if (!first?.label || first.firstLine !== 0) return line.trim();
  return line.slice(originalPrefixLength(line, first.label.length)).trim();
}
