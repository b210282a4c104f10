import { normalizeText, splitLines } from '../normalize';
import { MonthLabel, parseMonthLabel } from './month-label';

/**
 * One entry of a progress (進捗状況及び課題) or plan (年度計画) cell: a labelled line and the
 * unlabelled lines after it (continuation lines). Lines before the first label form an entry
 * without a label.
 */
export interface Entry {
  label?: MonthLabel;
  /** Index of the entry's first line in the original text's lines. */
  firstLine: number;
  /** Number of lines (label line plus continuation lines). */
  lineCount: number;
  /** Normalised text after the label, continuation lines joined with `\n`, trimmed. */
  body: string;
}

export interface ParsedCell {
  /** The original text's lines (not normalised). */
  lines: string[];
  entries: Entry[];
}

/** Splits a cell's text into entries. Never throws; any text parses. */
export function parseEntries(text: string): ParsedCell {
  const lines = splitLines(text);
  const entries: Entry[] = [];
  let current: Entry | undefined;
  let parts: string[] = [];
  const close = () => {
    if (current) {
      current.body = parts.join('\n').trim();
      entries.push(current);
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const norm = normalizeText(lines[i]);
    const label = parseMonthLabel(norm);
    if (label) {
      close();
      current = { label, firstLine: i, lineCount: 1, body: '' };
      parts = [norm.slice(label.length)];
    } else if (current) {
      current.lineCount++;
      parts.push(norm);
    } else {
      current = { firstLine: i, lineCount: 1, body: '' };
      parts = [norm];
    }
  }
  close();
  // A cell that is only blank lines has no entries.
  return { lines, entries: entries.filter((e) => e.label || e.body !== '') };
}

/** Month entries only (labels with months), in the order written. */
export function monthEntries(cell: ParsedCell): Entry[] {
  return cell.entries.filter((e) => e.label && e.label.kind !== 'word');
}

/** Every month covered by some label of the cell. */
export function coveredMonths(cell: ParsedCell): Set<number> {
  const s = new Set<number>();
  for (const e of cell.entries) if (e.label) for (const m of e.label.months) s.add(m);
  return s;
}
