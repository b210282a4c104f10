import { normalizeChars, normalizeRanges, splitLines } from '../normalize';
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
  /**
   * Text after the label, continuation lines included with their line breaks, trimmed; NFKC and
   * invisible characters normalised (dashes are read as range marks in labels only).
   */
  body: string;
}

export interface ParsedCell {
  /** The original text. */
  readonly text: string;
  /** The original text's lines (not normalised), split on `\r\n`, `\n` or `\r`. */
  readonly lines: string[];
  readonly entries: Entry[];
}

class Parsed implements ParsedCell {
  private split?: string[];
  constructor(
    readonly text: string,
    readonly entries: Entry[],
  ) {}
  get lines(): string[] {
    return (this.split ??= splitLines(this.text));
  }
}

/** Longest label worth looking at: `5月・6月・7月・8月・9月・10月・11月:` and some spaces. */
const MAX_LABEL = 64;

/** Could a label start at `i`? A digit, a space or the first letter of a label word. */
function mayStartLabel(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (
    (c >= 48 && c <= 57) ||
    c === 32 ||
    c === 9 ||
    c === 0x901a /* 通 */ ||
    c === 0x968f /* 随 */ ||
    c === 0x4e0a /* 上 */ ||
    c === 0x4e0b /* 下 */ ||
    c === 0x5e74
  ); /* 年 */
}

/**
 * Labels seen before, by their text up to the colon: the same few labels (`4月:`, `5月:` …) start
 * most lines of a sheet, so each is parsed once. Label objects are shared: never mutate one.
 */
const labelCache = new Map<string, MonthLabel | null>();
const LABEL_CACHE_LIMIT = 4096;

/** The label at the start of a line slice; its length counted in the slice as given. */
function labelAt(slice: string): MonthLabel | undefined {
  // Every label ends with its only colon (NFKC has made `：` a `:`): no colon, no label.
  const colon = slice.indexOf(':');
  if (colon < 0) return undefined;
  const key = slice.slice(0, colon + 1);
  let label = labelCache.get(key);
  if (label === undefined) {
    label = parseMonthLabel(key) ?? null;
    // `4−9月:` and `4ー9月:` are ranges once their dash is read as the range mark; the label's
    // length stays the one in the slice as written.
    if (!label) {
      const ranged = parseMonthLabel(normalizeRanges(key));
      label = ranged ? { ...ranged, length: colon + 1 } : null;
    }
    if (labelCache.size >= LABEL_CACHE_LIMIT) labelCache.clear();
    labelCache.set(key, label);
  }
  return label ?? undefined;
}

/**
 * Splits a cell's text into entries. Never throws; any text parses. Works on offsets in the
 * normalised text (NFKC never makes or removes a line break, so its lines are the original's).
 */
export function parseEntries(text: string): ParsedCell {
  // Dashes become range marks in the label slice only: cheaper than a pass over the whole text.
  const s = normalizeChars(text);
  const entries: Entry[] = [];
  let current: Entry | undefined;
  let bodyStart = 0;
  let lastEnd = 0;
  const close = () => {
    if (!current) return;
    current.body = s.slice(bodyStart, lastEnd).trim();
    if (current.label || current.body !== '') entries.push(current);
  };
  let pos = 0;
  let line = 0;
  let nextCr = s.indexOf('\r');
  for (;;) {
    let nl = s.indexOf('\n', pos);
    if (nextCr !== -1 && nextCr < pos) nextCr = s.indexOf('\r', pos);
    let end = nl === -1 ? s.length : nl;
    let next = nl === -1 ? -1 : nl + 1;
    if (nextCr !== -1 && nextCr < end) {
      end = nextCr;
      next = s.charCodeAt(nextCr + 1) === 10 ? nextCr + 2 : nextCr + 1;
    }
    const label = end > pos && mayStartLabel(s, pos) ? labelAt(s.slice(pos, Math.min(end, pos + MAX_LABEL))) : undefined;
    if (label) {
      close();
      current = { label, firstLine: line, lineCount: 1, body: '' };
      bodyStart = pos + label.length;
    } else if (current) {
      current.lineCount++;
    } else {
      current = { firstLine: line, lineCount: 1, body: '' };
      bodyStart = pos;
    }
    lastEnd = end;
    if (next === -1) break;
    pos = next;
    line++;
  }
  close();
  return new Parsed(text, entries);
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
