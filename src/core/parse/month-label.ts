import { fiscalIndex, fiscalRange, isMonth } from '../fiscal';

/**
 * A label at the start of a line of a progress or plan cell (text already normalised):
 * `10月:`, `5月・6月・7月:`, `7月~9月:`, `4~9月:`, `4月~:`, `12月頃:`, or a word such as `通年:`.
 */
export type LabelKind = 'single' | 'list' | 'range' | 'open-range' | 'word';

export interface MonthLabel {
  kind: LabelKind;
  /** Months covered, in fiscal order. Empty for word labels. */
  months: number[];
  /** The first month written in the label (fiscal order judged from it); undefined for word labels. */
  first?: number;
  /** The word for word labels (通年, 随時, 上半期, 下半期). */
  word?: string;
  /** `頃` (about) was written. */
  approximate: boolean;
  /** Length of the label, colon included, in the normalised line. */
  length: number;
}

export const LABEL_WORDS = ['通年', '随時', '上半期', '下半期', '年間'] as const;

const M = String.raw`(\d{1,2})\s*月?`;
// A month item: number, optional 月, optional 頃.
const SINGLE = new RegExp(String.raw`^\s*(\d{1,2})\s*月\s*(頃)?\s*:`);
const LIST = new RegExp(String.raw`^\s*(\d{1,2}\s*月?(?:\s*[・、,/]\s*\d{1,2}\s*月?)+)\s*(頃)?\s*:`);
const RANGE = new RegExp(String.raw`^\s*${M}\s*~\s*(\d{1,2})\s*月\s*(頃)?\s*:`);
const OPEN = new RegExp(String.raw`^\s*(\d{1,2})\s*月\s*~\s*(頃)?\s*:`);
const LABEL_START = new RegExp(String.raw`^\s*(?:\d|${LABEL_WORDS.map((w) => w[0]).join('|')})`);
const WORD = new RegExp(String.raw`^\s*(${LABEL_WORDS.join('|')})\s*:`);

/** Parses the label at the start of a normalised line, or returns undefined when the line has none. */
export function parseMonthLabel(line: string): MonthLabel | undefined {
  // Every label starts with a digit or a label word: reject other lines before any regex.
  if (!LABEL_START.test(line)) return undefined;
  let m = SINGLE.exec(line);
  if (m) {
    const n = Number(m[1]);
    if (!isMonth(n)) return undefined;
    return { kind: 'single', months: [n], first: n, approximate: !!m[2], length: m[0].length };
  }
  m = RANGE.exec(line);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (!isMonth(a) || !isMonth(b)) return undefined;
    const months = fiscalRange(a, b);
    if (months.length === 0) return undefined;
    return { kind: 'range', months, first: a, approximate: !!m[3], length: m[0].length };
  }
  m = OPEN.exec(line);
  if (m) {
    const a = Number(m[1]);
    if (!isMonth(a)) return undefined;
    return { kind: 'open-range', months: fiscalRange(a, 3), first: a, approximate: !!m[2], length: m[0].length };
  }
  m = LIST.exec(line);
  if (m) {
    const nums = m[1].split(/[・、,/]/).map((s) => Number(s.replace(/[^\d]/g, '')));
    // `5・6・7月:` writes 月 only after the last number; `5月・6:` is not a label.
    if (!/月\s*$/.test(m[1])) return undefined;
    if (!nums.every(isMonth)) return undefined;
    const months = [...new Set(nums)].sort((x, y) => fiscalIndex(x) - fiscalIndex(y));
    return { kind: 'list', months, first: nums[0], approximate: !!m[2], length: m[0].length };
  }
  m = WORD.exec(line);
  if (m) {
    return { kind: 'word', months: [], word: m[1], approximate: false, length: m[0].length };
  }
  return undefined;
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
