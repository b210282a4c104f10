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
  // Fields assigned in the constructor, not declared with initialisers: one fewer call for each
  // cell parsed (a class field is set up by a function of its own).
  declare readonly text: string;
  declare readonly entries: Entry[];
  declare readonly otherYearLabels: readonly MonthLabel[];
  declare private split: string[] | undefined;
  /** monthEntries, worked out once: three rules and the target comparison read them. */
  declare months: readonly Entry[] | undefined;
  constructor(text: string, entries: Entry[], otherYearLabels: readonly MonthLabel[]) {
    this.text = text;
    this.entries = entries;
    this.otherYearLabels = otherYearLabels;
    this.split = undefined;
    this.months = undefined;
  }
  get lines(): string[] {
    return (this.split ??= splitLines(this.text));
  }
}

/*
 * The loops below test characters inline rather than through small helpers: they run on every
 * entry of every row, also in a fresh process (the CLI) where each call costs until the code is
 * compiled.
 *
 * - JavaScript's white space among the characters normalisation keeps or maps (what trim()
 *   removes): 32, 9–13 and U+3000.
 * - White space of sameWords among normalised characters: 32, 9, 10 and 13.
 */

/**
 * An entry's body as offsets in the original text: normalised only when it is read. `head` is
 * the normalised rest of the label line when that line had to go through NFKC itself.
 */
class ParsedEntry implements Entry {
  declare readonly label: MonthLabel | undefined;
  declare readonly firstLine: number;
  declare lineCount: number;
  /** The cell's original text. */
  declare readonly source: string;
  /** Offset in `source` where the body starts (after the label, or after `head`). */
  declare readonly from: number;
  /** Offset in `source` where the body ends (end of its last line, line break excluded). */
  declare to: number;
  /** The normalised rest of the label line, when the line went through NFKC (the body does not start in `source` then). */
  declare readonly head: string | undefined;
  /** Set by `finish` once the entry's last line is known. */
  declare empty: boolean;
  declare private text: string | undefined;

  constructor(label: MonthLabel | undefined, firstLine: number, source: string, from: number, to: number, head: string | undefined) {
    this.label = label;
    this.firstLine = firstLine;
    this.lineCount = 1;
    this.source = source;
    this.from = from;
    this.to = to;
    this.head = head;
    this.empty = false;
    this.text = undefined;
  }

  get body(): string {
    if (this.text === undefined) {
      const rest = this.from < this.to ? normalizeChars(this.source.slice(this.from, this.to)) : '';
      this.text = (this.head !== undefined ? this.head + rest : rest).trim();
    }
    return this.text;
  }

  /** Works out `empty` (`body === ''`), mostly without normalising the body: blank once white space is trimmed, or not blank from its first other character on (one the table keeps or maps to a character that is not white space). */
  finish(): this {
    if (this.head === undefined) {
      const s = this.source;
      const to = this.to;
      let i = this.from;
      let c = 0;
      while (i < to && ((c = s.charCodeAt(i)) === 32 || (c >= 9 && c <= 13) || c === 0x3000)) i++;
      if (i === to) {
        this.empty = true;
        return this;
      }
      if (NORMAL_FORM[c] < DROP) {
        this.empty = false;
        return this;
      }
    }
    this.empty = this.body === '';
    return this;
  }
}

/**
 * Whether two entries' bodies are the same once every run of white space is read as one space
 * (month-repeated-text). Compares the original texts character by character through the
 * normalisation table, and normalises the bodies only when a character needs NFKC itself.
 */
export function sameBodies(a: Entry, b: Entry): boolean {
  if (a instanceof ParsedEntry && b instanceof ParsedEntry && a.head === undefined && b.head === undefined) {
    const same = sameMapped(a, b);
    if (same !== undefined) return same;
  }
  return sameWords(a.body, b.body);
}

/**
 * sameBodies on the original texts (every character kept or mapped one to one by the table), or
 * undefined when a character needs NFKC. A character NFKC decides (a combining mark, say) can
 * change the one before it: a difference counts only between characters each followed by one the
 * table maps (or by the end).
 */
function sameMapped(a: ParsedEntry, b: ParsedEntry): boolean | undefined {
  const sa = a.source;
  const sb = b.source;
  const t = NORMAL_FORM;
  // The bodies without the white space and invisible characters at either end (what trim() removes).
  let i = a.from;
  let ea = a.to;
  let c = 0;
  while (i < ea && ((c = sa.charCodeAt(i)) === 32 || (c >= 9 && c <= 13) || c === 0x3000 || t[c] === DROP)) i++;
  while (ea > i && ((c = sa.charCodeAt(ea - 1)) === 32 || (c >= 9 && c <= 13) || c === 0x3000 || t[c] === DROP)) ea--;
  let j = b.from;
  let eb = b.to;
  while (j < eb && ((c = sb.charCodeAt(j)) === 32 || (c >= 9 && c <= 13) || c === 0x3000 || t[c] === DROP)) j++;
  while (eb > j && ((c = sb.charCodeAt(eb - 1)) === 32 || (c >= 9 && c <= 13) || c === 0x3000 || t[c] === DROP)) eb--;
  for (;;) {
    // Invisible characters are dropped: skip them (they never end a run of white space).
    while (i < ea && t[sa.charCodeAt(i)] === DROP) i++;
    while (j < eb && t[sb.charCodeAt(j)] === DROP) j++;
    if (i >= ea || j >= eb) break;
    const ca = t[sa.charCodeAt(i)];
    const cb = t[sb.charCodeAt(j)];
    if (ca === SLOW || cb === SLOW) return undefined;
    const spaceA = ca === 32 || ca === 9 || ca === 10 || ca === 13;
    const spaceB = cb === 32 || cb === 9 || cb === 10 || cb === 13;
    if (spaceA !== spaceB || (!spaceA && ca !== cb)) {
      const settled = (i + 1 >= ea || t[sa.charCodeAt(i + 1)] < DROP) && (j + 1 >= eb || t[sb.charCodeAt(j + 1)] < DROP);
      return settled ? false : undefined;
    }
    if (spaceA) {
      while (i < ea && ((c = t[sa.charCodeAt(i)]) === 32 || c === 9 || c === 10 || c === 13 || c === DROP)) i++;
      while (j < eb && ((c = t[sb.charCodeAt(j)]) === 32 || c === 9 || c === 10 || c === 13 || c === DROP)) j++;
      continue;
    }
    i++;
    j++;
  }
  // One body ended: the other must end too (what is left of it may be only invisible characters).
  while (i < ea && t[sa.charCodeAt(i)] === DROP) i++;
  while (j < eb && t[sb.charCodeAt(j)] === DROP) j++;
  if (i >= ea && j >= eb) return true;
  // Characters left over on one side: different, unless NFKC may turn them into white space that
  // trim() removes (a no-break space, say).
  const [s, k, e] = i < ea ? [sa, i, ea] : [sb, j, eb];
  for (let n = k; n < e; n++) if (t[s.charCodeAt(n)] === SLOW) return undefined;
  return false;
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
/** LABEL_CHAR's mark for a label character a label may start with (mayStartLabel, read from the table on every line). */
const MAY_START = 2;
for (const ch of '0123456789 \t月頃分年度令和Rr.:~・、,/【】[]()〔〕〈〉《》通随時上下半期間\u2212\u2010\u2011\u2015\u30FC\u2013\u2014-') {
  // Every character a label may start with is one of these.
  const code = ch.charCodeAt(0);
  LABEL_CHAR[code] = mayStartLabel(code) ? 1 | MAY_START : 1;
}

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

/**
 * Where the body of the line lineStart last read a label in starts: an offset in the original
 * text, and the normalised rest of the label line when the line went through NFKC (then the
 * offset is the line's end). Module state rather than a result object: read on every line.
 */
let bodyFrom = 0;
let bodyHead: string | undefined;

/**
 * The label at the start of the original line from `pos` to `end`, whatever its year, read
 * through the normalisation table; the line goes through NFKC only when its start needs it.
 */
function lineStart(text: string, pos: number, end: number): MonthLabel | undefined {
  if (end <= pos) return undefined;
  const first = text.charCodeAt(pos);
  const c = NORMAL_FORM[first];
  if (c < DROP) {
    if ((LABEL_CHAR[c] & MAY_START) === 0) return undefined;
    const label = cachedLabel(text, pos, Math.min(end, pos + MAX_LABEL), false);
    if (label !== NEEDS_NFKC) {
      if (label) {
        bodyFrom = pos + label.length;
        bodyHead = undefined;
      }
      return label;
    }
  } else if (c === SLOW && !mayStartAfterNfkc(first)) {
    return undefined;
  }
  // The line start holds a character that only NFKC normalises (or one it drops): the line goes through it.
  const line = normalizeChars(text.slice(pos, end));
  if (line.length === 0 || !mayStartLabel(line.charCodeAt(0))) return undefined;
  const label = cachedLabel(line, 0, Math.min(line.length, MAX_LABEL), true);
  if (label) {
    bodyFrom = end;
    bodyHead = line.slice(label.length);
  }
  return label ?? undefined;
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
    let label = lineStart(text, pos, end);
    if (label !== undefined && label.year !== undefined && !yearAgrees(label, options.fiscalYear)) {
      (otherYears ??= []).push(label);
      label = undefined;
    }
    if (label !== undefined) {
      // An entry without a label is kept only if its body is not blank.
      if (current !== undefined && (current.finish().label !== undefined || !current.empty)) entries.push(current);
      current = new ParsedEntry(label, line, text, bodyFrom, end, bodyHead);
    } else if (current !== undefined) {
      current.lineCount++;
      current.to = end;
    } else {
      current = new ParsedEntry(undefined, line, text, pos, end, undefined);
    }
    if (next === -1) break;
    pos = next;
    line++;
  }
  if (current !== undefined && (current.finish().label !== undefined || !current.empty)) entries.push(current);
  return new Parsed(text, entries, otherYears ?? NO_LABELS);
}

/** Month entries only (labels with months), in the order written. Shared: never change the list. */
export function monthEntries(cell: ParsedCell): readonly Entry[] {
  if (cell instanceof Parsed && cell.months) return cell.months;
  const out: Entry[] = [];
  for (const e of cell.entries) if (e.label && e.label.kind !== 'word') out.push(e);
  if (cell instanceof Parsed) cell.months = out;
  return out;
}

/** The months covered by some label of the cell, as bits (1 << month). */
export function coveredMask(cell: ParsedCell): number {
  let mask = 0;
  for (const e of cell.entries) {
    const l = e.label;
    if (l) for (let i = 0; i < l.months.length; i++) mask |= 1 << l.months[i];
  }
  return mask;
}

/** Every month covered by some label of the cell. */
export function coveredMonths(cell: ParsedCell): Set<number> {
  const s = new Set<number>();
  for (const e of cell.entries) if (e.label) for (const m of e.label.months) s.add(m);
  return s;
}
