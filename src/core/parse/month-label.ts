import { calendarYearOf, fiscalIndex, fiscalRange, isMonth, REIWA_OFFSET } from '../fiscal';

/**
 * A label at the start of a line of a progress or plan cell (text already normalised by
 * `normalizeChars`: NFKC, wave marks as `~`). The forms staff write (DESIGN.md section 2):
 *
 * - `10月:`, `5月・6月・7月:`, `5・6・7月:`, `7月~9月:`, `4~9月:`, `4月~:`, `12月頃:`, `4月分:`
 * - the same followed by a space and text instead of a colon: `4月 ALTを…`
 * - in brackets, alone on the line or before text: `【4月】`, `[4月]` (from `［４月］`), `(4月)`,
 *   `〔4月〕`, optionally followed by a colon
 * - with a year in front: `令和7年4月:`, `R7.4月:`, `R7年4月:`, `2025年4月:` (the year is
 *   returned; whether it agrees with the sheet's fiscal year is the caller's check)
 * - a month alone on its line: `4月`
 * - words without a month: `通年:`, `随時:`, `上半期:`, `下半期:`, `年間:` (also in brackets)
 *
 * Not labels: `5月3日に…` (a date), `4月から…` (a month inside a sentence), `10月に実施:`.
 * Dashes between month numbers (`4−9月`, `4ー9月`) are range marks like `~`.
 */
export type LabelKind = 'single' | 'list' | 'range' | 'open-range' | 'word';

/** How the label is set off from the text after it. */
export type LabelForm = 'colon' | 'space' | 'bracket' | 'bare';

export interface MonthLabel {
  kind: LabelKind;
  /** Months covered, in fiscal order. Empty for word labels. */
  months: number[];
  /** The first month written in the label (fiscal order judged from it); undefined for word labels. */
  first?: number;
  /** The word for word labels (通年, 随時, 上半期, 下半期, 年間). */
  word?: string;
  /** `頃` (about) was written. */
  approximate: boolean;
  /** Length of the label in the normalised line: colon or closing bracket included, spaces after it not. */
  length: number;
  form: LabelForm;
  /** The calendar year written before the month (`令和7年4月` → 2025), if any. */
  year?: number;
}

export const LABEL_WORDS = ['通年', '随時', '上半期', '下半期', '年間'] as const;

const OPENERS: Record<string, string> = { '【': '】', '[': ']', '(': ')', '〔': '〕', '〈': '〉', '《': '》' };

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9;
/** Range marks: `~` and the dashes that mean "to" between month numbers. */
const RANGE_MARKS = new Set(['~', '\u2212', '\u2010', '\u2011', '\u2015', '\u30FC', '\u2013', '\u2014', '-']);
const LIST_MARKS = new Set(['・', '、', ',', '/']);

class Scanner {
  i: number;
  constructor(
    readonly s: string,
    start = 0,
  ) {
    this.i = start;
  }
  get code(): number {
    return this.s.charCodeAt(this.i);
  }
  get ch(): string {
    return this.s[this.i] ?? '';
  }
  spaces(): void {
    while (isSpace(this.code)) this.i++;
  }
  /** 1 or 2 digits (not 3), or undefined. */
  number(): number | undefined {
    const start = this.i;
    while (isDigit(this.code)) this.i++;
    const len = this.i - start;
    if (len === 0 || len > 2) {
      this.i = start;
      return undefined;
    }
    return Number(this.s.slice(start, this.i));
  }
  eat(text: string): boolean {
    if (this.s.startsWith(text, this.i)) {
      this.i += text.length;
      return true;
    }
    return false;
  }
  atEnd(): boolean {
    let k = this.i;
    while (isSpace(this.s.charCodeAt(k))) k++;
    return k >= this.s.length || this.s[k] === '\n' || this.s[k] === '\r';
  }
}

/** `令和7年`, `R7.`, `R7年`, `R 7 `, `2025年` before the month: the calendar year, or undefined (scanner unmoved). */
function yearPrefix(sc: Scanner): number | undefined {
  const start = sc.i;
  if (sc.eat('令和') || sc.eat('R') || sc.eat('r')) {
    sc.spaces();
    const n = sc.number();
    if (n !== undefined && n >= 1) {
      sc.spaces();
      if (sc.eat('年') || sc.eat('.')) {
        sc.spaces();
        return REIWA_OFFSET + n;
      }
    }
    sc.i = start;
    return undefined;
  }
  if (sc.s.startsWith('20', sc.i)) {
    const m = /^(20\d\d)\s*年\s*/.exec(sc.s.slice(sc.i, sc.i + 12));
    if (m) {
      sc.i += m[0].length;
      return Number(m[1]);
    }
  }
  return undefined;
}

interface Core {
  kind: Exclude<LabelKind, 'word'>;
  months: number[];
  first: number;
  approximate: boolean;
}

/** The month part: a single month, a list, a range or an open range, then `頃` or `分`. */
function monthCore(sc: Scanner): Core | undefined {
  const a = sc.number();
  if (a === undefined) return undefined;
  sc.spaces();
  const aMonth = sc.eat('月');
  sc.spaces();
  let core: Core | undefined;
  if (RANGE_MARKS.has(sc.ch)) {
    sc.i++;
    sc.spaces();
    const b = sc.number();
    if (b === undefined) {
      // Open range `4月~`: needs 月 on the start.
      if (!aMonth || !isMonth(a)) return undefined;
      core = { kind: 'open-range', months: fiscalRange(a, 3), first: a, approximate: false };
    } else {
      sc.spaces();
      if (!sc.eat('月') || !isMonth(a) || !isMonth(b)) return undefined;
      const months = fiscalRange(a, b);
      if (months.length === 0) return undefined;
      core = { kind: 'range', months, first: a, approximate: false };
    }
  } else if (LIST_MARKS.has(sc.ch)) {
    const nums = [a];
    let lastHasMonth = aMonth;
    while (LIST_MARKS.has(sc.ch)) {
      sc.i++;
      sc.spaces();
      const n = sc.number();
      if (n === undefined) return undefined;
      sc.spaces();
      lastHasMonth = sc.eat('月');
      sc.spaces();
      nums.push(n);
    }
    // `5・6・7月:` writes 月 only after the last number; `5月・6:` is not a label.
    if (!lastHasMonth || !nums.every(isMonth)) return undefined;
    const months = [...new Set(nums)].sort((x, y) => fiscalIndex(x) - fiscalIndex(y));
    core = { kind: 'list', months, first: nums[0], approximate: false };
  } else {
    if (!aMonth || !isMonth(a)) return undefined;
    core = { kind: 'single', months: [a], first: a, approximate: false };
  }
  sc.spaces();
  if (sc.eat('頃')) core.approximate = true;
  else sc.eat('分');
  return core;
}

function wordCore(sc: Scanner): string | undefined {
  for (const w of LABEL_WORDS) if (sc.eat(w)) return w;
  return undefined;
}

/** Could a label start at this character? A digit, a space, an opening bracket, an era or a label word's first letter. */
export function mayStartLabel(code: number): boolean {
  return (
    isDigit(code) ||
    isSpace(code) ||
    code === 0x3010 /* 【 */ ||
    code === 0x5b /* [ */ ||
    code === 0x28 /* ( */ ||
    code === 0x3014 /* 〔 */ ||
    code === 0x3008 /* 〈 */ ||
    code === 0x300a /* 《 */ ||
    code === 0x4ee4 /* 令 */ ||
    code === 0x52 /* R */ ||
    code === 0x72 /* r */ ||
    code === 0x901a /* 通 */ ||
    code === 0x968f /* 随 */ ||
    code === 0x4e0a /* 上 */ ||
    code === 0x4e0b /* 下 */ ||
    code === 0x5e74 /* 年 */
  );
}

/** Parses the label at the start of a normalised line, or returns undefined when the line has none. */
export function parseMonthLabel(line: string): MonthLabel | undefined {
  const sc = new Scanner(line);
  sc.spaces();
  if (!mayStartLabel(sc.code)) return undefined;
  const close = OPENERS[sc.ch];
  if (close) sc.i++;
  sc.spaces();
  const year = yearPrefix(sc);
  const core = monthCore(sc);
  const word = core || year !== undefined ? undefined : wordCore(sc);
  if (!core && !word) return undefined;
  const base = core
    ? { kind: core.kind, months: core.months, first: core.first, approximate: core.approximate }
    : { kind: 'word' as const, months: [] as number[], word, approximate: false };
  const withYear = year !== undefined ? { year } : {};
  sc.spaces();
  if (close) {
    if (!sc.eat(close)) return undefined;
    let length = sc.i;
    const after = new Scanner(line, sc.i);
    after.spaces();
    if (after.eat(':')) length = after.i;
    return { ...base, ...withYear, length, form: 'bracket' };
  }
  if (sc.eat(':')) return { ...base, ...withYear, length: sc.i, form: 'colon' };
  if (word) return undefined;
  if (sc.atEnd()) return { ...base, ...withYear, length: trimmedEnd(line, sc.i), form: 'bare' };
  // `4月 ALTを…`: a space (NFKC made U+3000 one) between the month and the text.
  if (sc.i > 0 && isSpace(line.charCodeAt(sc.i - 1))) return { ...base, ...withYear, length: trimmedEnd(line, sc.i), form: 'space' };
  return undefined;
}

/** `i` moved back over the spaces before it. */
function trimmedEnd(s: string, i: number): number {
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * A line that starts like a date or a month but is not a label (`4/1 説明会`, `4.`, `5月3日に…`,
 * `4月実施`): month-missing says such labels were not understood.
 */
const MONTH_LIKE = /^\s*[【[(〔]?\s*(?:(?:令和|[Rr])\s*\d{1,2}\s*[年.]\s*|20\d\d\s*年\s*)?\d{1,2}\s*(?:月|[/.])/;

export function looksMonthLike(line: string): boolean {
  return MONTH_LIKE.test(line);
}

/** Months a word label stands for, for plan hints: 通年/年間 → all, 上半期 → 4–9, 下半期 → 10–3, 随時 → none. */
export function wordMonths(word: string | undefined): number[] {
  switch (word) {
    case '通年':
    case '年間':
      return fiscalRange(4, 3);
    case '上半期':
      return fiscalRange(4, 9);
    case '下半期':
      return fiscalRange(10, 3);
    default:
      return [];
  }
}

/** A label's written year agrees with the fiscal year (or no year is written, or the fiscal year is unknown). */
export function yearAgrees(label: MonthLabel, fiscalYear: number | undefined): boolean {
  if (label.year === undefined || fiscalYear === undefined || label.first === undefined) return true;
  return label.year === calendarYearOf(fiscalYear, label.first);
}
