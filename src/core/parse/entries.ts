import { DROP, normalizeChars, normalizeSlowly, NORMAL_FORM, SLOW, splitLines } from '../normalize';
import { mayStartLabel, MonthLabel, parseMonthLabel, yearAgrees } from './month-label';

/**
 * One entry of a progress (進捗状況及び課題) or plan (年度計画) cell: a labelled line and the
 * unlabelled lines after it (continuation lines). Lines before the first label form an entry
 * without a label.
 */
export interface Entry {
  readonly label?: MonthLabel;
  /** Index of the entry's first line in the original text's lines. */
  readonly firstLine: number;
  /** Number of lines (label line plus continuation lines). */
  readonly lineCount: number;
  /**
   * Text after the label, continuation lines included with their line breaks, trimmed; NFKC and
   * invisible characters normalised (dashes are read as range marks in labels only). Worked out
   * when first read: most bodies are never read whole.
   */
  readonly body: string;
  /** The body is empty (`body === ''`), mostly known without normalising it. */
  readonly empty: boolean;
}

export interface ParsedCell {
  /** The original text. */
  readonly text: string;
  /** The original text's lines (not normalised), split on `\r\n`, `\n` or `\r`. */
  readonly lines: string[];
  readonly entries: Entry[];
  /**
   * Labels of lines that were not read as labels because their year disagrees with the sheet's
   * fiscal year (`令和6年4月:` on an R7 sheet), so that the reporting month can be inferred
   * from every label written without parsing the cell again.
   */
  readonly otherYearLabels: readonly MonthLabel[];
}

const NO_LABELS: readonly MonthLabel[] = [];

class Parsed implements ParsedCell {
  private split?: string[];
  constructor(
    readonly text: string,
    readonly entries: Entry[],
    readonly otherYearLabels: readonly MonthLabel[],
  ) {}
  get lines(): string[] {
    return (this.split ??= splitLines(this.text));
  }
}

/** JavaScript's white space among the characters normalisation keeps or maps (what trim() removes). */
function isTrimmed(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0x3000;
}

/** White space of sameWords, among normalised characters. */
function isWordSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * An entry's body as offsets in the original text: normalised only when it is read. `head` is
 * the normalised rest of the label line when that line had to go through NFKC itself.
 */
class ParsedEntry implements Entry {
  private text?: string;
  constructor(
    readonly label: MonthLabel | undefined,
    readonly firstLine: number,
    public lineCount: number,
    private readonly source: string,
    /** Offset in `source` where the body starts (after the label, or after `head`). */
    readonly from: number,
    /** Offset in `source` where the body ends (end of its last line, line break excluded). */
    public to: number,
    private readonly head?: string,
  ) {}

  get body(): string {
    if (this.text === undefined) {
      const rest = this.from < this.to ? normalizeChars(this.source.slice(this.from, this.to)) : '';
      this.text = (this.head !== undefined ? this.head + rest : rest).trim();
    }
    return this.text;
  }

  get empty(): boolean {
    if (this.text === undefined && this.head === undefined) {
      // Blank once white space is trimmed, or not blank from its first other character on (one
      // the table keeps or maps to a character that is not white space): no need to normalise.
      const s = this.source;
      let i = this.from;
      while (i < this.to && isTrimmed(s.charCodeAt(i))) i++;
      if (i === this.to) return true;
      if (NORMAL_FORM[s.charCodeAt(i)] < DROP) return false;
    }
    return this.body === '';
  }

  /**
   * The body's range without the white space at either end, if every character in it is one that
   * normalisation keeps or maps one to one (then the normalised body is those characters mapped).
   */
  fastRange(): [number, number] | undefined {
    if (this.head !== undefined) return undefined;
    const s = this.source;
    let i = this.from;
    let j = this.to;
    // Invisible characters at either end go with the white space that trim() removes.
    while (i < j && (isTrimmed(s.charCodeAt(i)) || NORMAL_FORM[s.charCodeAt(i)] === DROP)) i++;
    while (j > i && (isTrimmed(s.charCodeAt(j - 1)) || NORMAL_FORM[s.charCodeAt(j - 1)] === DROP)) j--;
    return [i, j];
  }

  get src(): string {
    return this.source;
  }
}

/**
 * Whether two entries' bodies are the same once every run of white space is read as one space
 * (month-repeated-text). Compares the original texts character by character through the
 * normalisation table, and normalises the bodies only when a character needs NFKC itself.
 */
export function sameBodies(a: Entry, b: Entry): boolean {
  if (a instanceof ParsedEntry && b instanceof ParsedEntry) {
    const same = sameMapped(a, b);
    if (same !== undefined) return same;
  }
  return sameWords(a.body, b.body);
}

/** sameBodies on the original texts, or undefined when a character needs NFKC. */
function sameMapped(a: ParsedEntry, b: ParsedEntry): boolean | undefined {
  const ra = a.fastRange();
  const rb = b.fastRange();
  if (!ra || !rb) return undefined;
  const sa = a.src;
  const sb = b.src;
  let [i, ea] = ra;
  let [j, eb] = rb;
  // A character NFKC decides (a combining mark, say) can change the one before it: decide only
  // on characters followed by one the table maps.
  const settled = (s: string, k: number, e: number) => k + 1 >= e || NORMAL_FORM[s.charCodeAt(k + 1)] < DROP;
  for (;;) {
    // Invisible characters are dropped: skip them (they never end a run of white space).
    while (i < ea && NORMAL_FORM[sa.charCodeAt(i)] === DROP) i++;
    while (j < eb && NORMAL_FORM[sb.charCodeAt(j)] === DROP) j++;
    if (i >= ea || j >= eb) break;
    const ca = NORMAL_FORM[sa.charCodeAt(i)];
    const cb = NORMAL_FORM[sb.charCodeAt(j)];
    if (ca === SLOW || cb === SLOW) return undefined;
    const spaceA = isWordSpace(ca);
    if (spaceA !== isWordSpace(cb)) return settled(sa, i, ea) && settled(sb, j, eb) ? false : undefined;
    if (spaceA) {
      while (i < ea && (isWordSpace(NORMAL_FORM[sa.charCodeAt(i)]) || NORMAL_FORM[sa.charCodeAt(i)] === DROP)) i++;
      while (j < eb && (isWordSpace(NORMAL_FORM[sb.charCodeAt(j)]) || NORMAL_FORM[sb.charCodeAt(j)] === DROP)) j++;
      continue;
    }
    if (ca !== cb) return settled(sa, i, ea) && settled(sb, j, eb) ? false : undefined;
    i++;
    j++;
  }
  // One body ended: the other must end too (what is left of it may be only invisible characters).
  while (i < ea && NORMAL_FORM[sa.charCodeAt(i)] === DROP) i++;
  while (j < eb && NORMAL_FORM[sb.charCodeAt(j)] === DROP) j++;
  if (i >= ea && j >= eb) return true;
  // A character left over on one side: different, unless it is one NFKC may turn into nothing.
  const left = i < ea ? NORMAL_FORM[sa.charCodeAt(i)] : NORMAL_FORM[sb.charCodeAt(j)];
  return left === SLOW ? undefined : false;
}

/** White space of sheet text (after NFKC: U+3000 is a space). */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0;
}

/** Equal once every run of white space is read as one space (no allocation: runs on every entry). */
export function sameWords(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    const sa = isSpace(ca);
    if (sa !== isSpace(cb)) return false;
    if (sa) {
      while (i < a.length && isSpace(a.charCodeAt(i))) i++;
      while (j < b.length && isSpace(b.charCodeAt(j))) j++;
      continue;
    }
    if (ca !== cb) return false;
    i++;
    j++;
  }
  return i === a.length && j === b.length;
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
 * Characters a label can be made of (digits, 月, spaces, marks, brackets, era and label words),
 * by UTF-16 code unit. A label never reaches past the first other character, so the line up to
 * it (plus whether something follows) decides the label: that prefix is the cache key.
 */
const LABEL_CHAR = new Uint8Array(0x10000);
for (const ch of '0123456789 \t月頃分年度令和Rr.:~・、,/【】[]()〔〕〈〉《》通随時上下半期間\u2212\u2010\u2011\u2015\u30FC\u2013\u2014-')
  LABEL_CHAR[ch.charCodeAt(0)] = 1;

/** A label seen before: the label characters it starts with, whether text followed them, what they read as. */
interface Seen {
  prefix: string;
  more: boolean;
  label: MonthLabel | undefined;
  next: Seen | undefined;
}

/**
 * Labels seen before, by a hash of their key: the same few labels (`4月:`, `5月:` …) start most
 * lines of a sheet, so each is parsed once, and a line is looked up without copying its start.
 * Label objects are shared: never mutate one.
 */
const labelCache = new Map<number, Seen>();
let labelCacheSize = 0;
const LABEL_CACHE_LIMIT = 4096;

/** cachedLabel's answer when the line start holds a character that only NFKC can normalise. */
const NEEDS_NFKC = null;

/**
 * The label that `s` starts with at `pos`, reading no further than `limit`. `s` is normalised
 * text, or (`normalised` false) original text whose characters are normalised here through the
 * table: NEEDS_NFKC when one of them is left to NFKC.
 */
function cachedLabel(s: string, pos: number, limit: number, normalised: boolean): MonthLabel | undefined | typeof NEEDS_NFKC {
  let end = pos;
  let hash = 0;
  while (end < limit) {
    const c = NORMAL_FORM[s.charCodeAt(end)];
    if (c >= DROP) {
      // Normalised text holds nothing the table drops, and what it leaves to NFKC is no label character.
      if (!normalised) return NEEDS_NFKC;
      break;
    }
    if (LABEL_CHAR[c] === 0) break;
    hash = (Math.imul(hash, 31) + c) | 0;
    end++;
  }
  const more = end < limit;
  if (more) hash = ~hash;
  const length = end - pos;
  for (let seen = labelCache.get(hash); seen; seen = seen.next) {
    if (seen.more !== more || seen.prefix.length !== length) continue;
    let k = 0;
    while (k < length && seen.prefix.charCodeAt(k) === NORMAL_FORM[s.charCodeAt(pos + k)]) k++;
    if (k === length) return seen.label;
  }
  let prefix = '';
  for (let k = pos; k < end; k++) prefix += String.fromCharCode(NORMAL_FORM[s.charCodeAt(k)]);
  // `X` stands for whatever text follows: only its presence matters (`4月 text` vs `4月`).
  const label = parseMonthLabel(more ? prefix + 'X' : prefix);
  if (labelCacheSize >= LABEL_CACHE_LIMIT) {
    labelCache.clear();
    labelCacheSize = 0;
  }
  labelCache.set(hash, { prefix, more, label, next: labelCache.get(hash) });
  labelCacheSize++;
  return label;
}

/** Whether NFKC turns a character the table leaves to it into text a label may start with (`⑷` → `(4)`). */
const slowStarts = new Map<number, boolean>();

function mayStartAfterNfkc(code: number): boolean {
  let may = slowStarts.get(code);
  if (may === undefined) {
    const n = normalizeSlowly(String.fromCharCode(code));
    may = n.length > 0 && mayStartLabel(n.charCodeAt(0));
    if (slowStarts.size < 4096) slowStarts.set(code, may);
  }
  return may;
}

/** A line's label, whatever its year, and where its body starts. */
interface LineStart {
  label: MonthLabel | undefined;
  /** Offset in the original text where the text after the label starts. */
  from: number;
  /** The normalised rest of the label line, when the line had to go through NFKC (then `from` is its end). */
  head?: string;
}

const NO_LABEL: LineStart = { label: undefined, from: -1 };

/**
 * The label at the start of the original line from `pos` to `end`, read through the
 * normalisation table; the line goes through NFKC only when its start needs it.
 */
function lineStart(text: string, pos: number, end: number): LineStart {
  if (end <= pos) return NO_LABEL;
  const first = text.charCodeAt(pos);
  const c = NORMAL_FORM[first];
  if (c < DROP) {
    if (!mayStartLabel(c)) return NO_LABEL;
    const label = cachedLabel(text, pos, Math.min(end, pos + MAX_LABEL), false);
    if (label !== NEEDS_NFKC) return label ? { label, from: pos + label.length } : NO_LABEL;
  } else if (c === SLOW && !mayStartAfterNfkc(first)) {
    return NO_LABEL;
  }
  // The line start holds a character that only NFKC normalises (or one it drops): the line goes through it.
  const line = normalizeChars(text.slice(pos, end));
  if (line.length === 0 || !mayStartLabel(line.charCodeAt(0))) return NO_LABEL;
  const label = cachedLabel(line, 0, Math.min(line.length, MAX_LABEL), true);
  return label ? { label, from: end, head: line.slice(label.length) } : NO_LABEL;
}

/**
 * Splits a cell's text into entries. Never throws; any text parses. Works on offsets in the
 * original text: NFKC never makes or removes a line break, and never normalises across one, so
 * each line normalises on its own. Only the start of each line is read (through the
 * normalisation table); bodies are normalised when they are read.
 */
export function parseEntries(text: string, options: ParseOptions = {}): ParsedCell {
  const entries: Entry[] = [];
  let otherYears: MonthLabel[] | undefined;
  let current: ParsedEntry | undefined;
  const close = () => {
    if (current && (current.label || !current.empty)) entries.push(current);
  };
  let pos = 0;
  let line = 0;
  let nextCr = text.indexOf('\r');
  for (;;) {
    const nl = text.indexOf('\n', pos);
    if (nextCr !== -1 && nextCr < pos) nextCr = text.indexOf('\r', pos);
    let end = nl === -1 ? text.length : nl;
    let next = nl === -1 ? -1 : nl + 1;
    if (nextCr !== -1 && nextCr < end) {
      end = nextCr;
      next = text.charCodeAt(nextCr + 1) === 10 ? nextCr + 2 : nextCr + 1;
    }
    let start = lineStart(text, pos, end);
    if (start.label && !yearAgrees(start.label, options.fiscalYear)) {
      (otherYears ??= []).push(start.label);
      start = NO_LABEL;
    }
    if (start.label) {
      close();
      current = new ParsedEntry(start.label, line, 1, text, start.from, end, start.head);
    } else if (current) {
      current.lineCount++;
      current.to = end;
    } else {
      current = new ParsedEntry(undefined, line, 1, text, pos, end);
    }
    if (next === -1) break;
    pos = next;
    line++;
  }
  close();
  return new Parsed(text, entries, otherYears ?? NO_LABELS);
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
