import { normalizeText } from '../normalize';
import { Entry, ParsedCell } from '../parse/entries';

/** The label of an entry as written in the cell (trimmed), e.g. `11月:`. */
export function labelText(cell: ParsedCell, entry: Entry): string {
  const line = cell.lines[entry.firstLine] ?? '';
  const len = entry.label?.length ?? 0;
  // The label's length is counted on the normalised line; NFKC keeps one character for each
  // character of a label (digits, 月, colon, marks), so the same prefix of the original is it.
  const original = [...line].slice(0, len).join('');
  return normalizeText(original) === normalizeText(line).slice(0, len) ? original.trim() : normalizeText(line).slice(0, len).trim();
}
