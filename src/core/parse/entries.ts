import { normalizeChars, splitLines } from '../normalize';
import { mayStartLabel, MonthLabel, parseMonthLabel, yearAgrees } from './month-label';

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

/** Longest label worth looking at: `令和7年5月・6月・7月・8月・9月・10月・11月:` and some spaces. */
const MAX_LABEL = 64;

export interface ParseOptions {
  /**
   * The sheet's fiscal year (the calendar year of its April): a label with a year that does not
   * agree (`令和6年4月:` on an R7 sheet) is not read as a label.
   */
  fiscalYear?: number;
}

/**
 * Characters a label can be made of (digits, 月, spaces, marks, brackets, era and label words).
 * A label never reaches past the first other character, so the line up to it (plus whether
 * something follows) decides the label: that prefix is the cache key.
 */
const LABEL_CHARS = new Set([...'0123456789 \t月頃分年度令和Rr.:~・、,/【】[]()〔〕〈〉《》通随時上下半期間\u2212\u2010\u2011\u2015\u30FC\u2013\u2014-']);

/**
 * Labels seen before, by their key: the same few labels (`4月:`, `5月:` …) start most lines of a
 * sheet, so each is parsed once. Label objects are shared: never mutate one.
 */
const labelCache = new Map<string, MonthLabel | null>();
const LABEL_CACHE_LIMIT = 4096;

function cachedLabel(slice: string): MonthLabel | undefined {
  let end = 0;
  while (end < slice.length && LABEL_CHARS.has(slice[end])) end++;
  // `X` stands for whatever text follows: only its presence matters (`4月 text` vs `4月`).
  const key = end < slice.length ? slice.slice(0, end) + 'X' : slice;
  let label = labelCache.get(key);
  if (label === undefined) {
    label = parseMonthLabel(key) ?? null;
    if (labelCache.size >= LABEL_CACHE_LIMIT) labelCache.clear();
    labelCache.set(key, label);
  }
  return label ?? undefined;
}

/** The label at the start of a line slice, if it is one this sheet accepts. */
function labelAt(slice: string, options: ParseOptions): MonthLabel | undefined {
  const label = cachedLabel(slice);
  if (!label || !yearAgrees(label, options.fiscalYear)) return undefined;
  return label;
}

/**
 * Splits a cell's text into entries. Never throws; any text parses. Works on offsets in the
 * normalised text (NFKC never makes or removes a line break, so its lines are the original's).
 */
export function parseEntries(text: string, options: ParseOptions = {}): ParsedCell {
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
    const label = end > pos && mayStartLabel(s.charCodeAt(pos)) ? labelAt(s.slice(pos, Math.min(end, pos + MAX_LABEL)), options) : undefined;
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
