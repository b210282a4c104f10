/**
 * Quantities with a counter (`180件`, `3,938名`, `延べ25人`) in normalised text. Dates (`7月3日`),
 * ordinals (`第1回`) and rates (`50%`) are not quantities.
 */
export interface Quantity {
  value: number;
  /** The number as written (`1,800`), so messages keep the sheet's thousands separator. */
  readonly raw: string;
  counter: string;
  /** Offset of the number in the text. */
  index: number;
  /** The words just before the number, up to the previous clause break (worked out when read). */
  readonly context: string;
}

/** Characters that end a clause: the context of a quantity starts after the last one. */
const CLAUSE_BREAK = new Uint8Array(0x10000);
for (const ch of '、。,;:()[]【】「」\n\r') CLAUSE_BREAK[ch.charCodeAt(0)] = 1;
const CONTEXT_CHARS = 16;

class Found implements Quantity {
  // Assigned in the constructor, not declared with initialisers (a class field is set up by a
  // function of its own: one more call a quantity).
  declare readonly value: number;
  declare readonly counter: string;
  declare readonly index: number;
  /** Where the number as written ends in the text. */
  declare private readonly end: number;
  declare private readonly text: string;
  declare private words: string | undefined;
  constructor(value: number, counter: string, index: number, end: number, text: string) {
    this.value = value;
    this.counter = counter;
    this.index = index;
    this.end = end;
    this.text = text;
    this.words = undefined;
  }
  /** Cut from the text when read (for messages): most quantities are only compared. */
  get raw(): string {
    return this.text.slice(this.index, this.end);
  }
  get context(): string {
    if (this.words === undefined) {
      let from = Math.max(0, this.index - CONTEXT_CHARS);
      for (let i = this.index - 1; i >= from; i--) {
        if (CLAUSE_BREAK[this.text.charCodeAt(i)] === 1) {
          from = i + 1;
          break;
        }
      }
      this.words = this.text.slice(from, this.index).trim();
    }
    return this.words;
  }
}

export const DEFAULT_COUNTERS = ['件', '名', '人', '団体', '回', '箇所', '社', '施設', '事業所'];

const cache = new WeakMap<readonly string[], RegExp>();

function quantityPattern(counters: readonly string[]): RegExp {
  let re = cache.get(counters);
  if (!re) {
    const alts = [...counters]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
    re = new RegExp(String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(${alts})`, 'g');
    cache.set(counters, re);
  }
  return re;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const DIGIT = /\d/g;

/** JavaScript's `\s`. */
export function isRegExpSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Counters in the order the pattern tries them (longest first), when none can start where a
 * number, a decimal point, a thousands separator or white space can: then the scanner below
 * finds exactly what the pattern finds. Otherwise undefined (the pattern itself is used).
 */
const scannable = new WeakMap<readonly string[], Scannable | null>();

/** Counters in the pattern's order (longest first), and by their first character. */
interface Scannable {
  byFirst: Map<number, string[]>;
  /** Any character a counter starts with: a text without one holds no quantity. */
  starts: RegExp;
}

/** The last list of counters asked about, and its answer: a sheet asks about one list thousands of times. */
let lastCounters: readonly string[] | undefined;
let lastScannable: Scannable | undefined;

function scannableCounters(counters: readonly string[]): Scannable | undefined {
  if (counters === lastCounters) return lastScannable;
  let sorted = scannable.get(counters);
  if (sorted === undefined) {
    const plain =
      counters.length > 0 &&
      counters.every((c) => c.length > 0 && !isDigit(c.charCodeAt(0)) && c[0] !== '.' && c[0] !== ',' && !isRegExpSpace(c.charCodeAt(0)));
    sorted = null;
    if (plain) {
      const byFirst = new Map<number, string[]>();
      for (const c of [...counters].sort((a, b) => b.length - a.length)) {
        const list = byFirst.get(c.charCodeAt(0)) ?? [];
        list.push(c);
        byFirst.set(c.charCodeAt(0), list);
      }
      const escaped = [...byFirst.keys()].map((c) => '\\u' + c.toString(16).padStart(4, '0')).join('');
      sorted = { byFirst, starts: new RegExp(`[${escaped}]`) };
    }
    scannable.set(counters, sorted);
  }
  lastCounters = counters;
  lastScannable = sorted ?? undefined;
  return lastScannable;
}

/** Where a number ending at `q` is followed by a counter (`(?:\.\d+)?\s*(counter)`): the counter, or undefined; its end in `counterEnd`. */
let counterEnd = 0;

function counterAfter(text: string, q: number, counters: Scannable): string | undefined {
  let at = q;
  let c = text.charCodeAt(at + 1);
  if (text.charCodeAt(at) === 46 /* . */ && c >= 48 && c <= 57) {
    at += 2;
    while ((c = text.charCodeAt(at)) >= 48 && c <= 57) at++;
  }
  // White space (`\s`): none of the characters between `!` and U+009F.
  while (at < text.length && ((c = text.charCodeAt(at)) <= 32 || c >= 0xa0) && isRegExpSpace(c)) at++;
  const list = counters.byFirst.get(text.charCodeAt(at));
  if (list) {
    for (const c of list) {
      if (text.startsWith(c, at)) {
        counterEnd = at + c.length;
        return c;
      }
    }
  }
  return undefined;
}

/** The value of digits (and thousands separators) from `from` to `to`. */
function valueOf(text: string, from: number, to: number): number {
  if (to - from > 15) return Number(text.slice(from, to).replace(/,/g, ''));
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 44) v = v * 10 + (c - 48);
  }
  return v;
}

/** Not a quantity: part of a longer number, a decimal, or an ordinal (第1回). Dates (7月3日) never match: 日 is no counter. */
function notAQuantity(text: string, start: number): boolean {
  if (start === 0) return false;
  const prev = text.charCodeAt(start - 1);
  if ((prev >= 48 && prev <= 57) || prev === 46) return true;
  let k = start - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k >= 0 && text.charCodeAt(k) === 0x7b2c; /* 第 */
}

export function findQuantities(text: string, counters: readonly string[] = DEFAULT_COUNTERS): Quantity[] {
  const sorted = scannableCounters(counters);
  if (!sorted) return findWithPattern(text, counters);
  if (!sorted.starts.test(text)) return [];
  // The pattern `(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(counters)`, tried at each digit like the
  // regular expression engine does (leftmost match, alternatives in order), without building it.
  const n = text.length;
  let out: Quantity[] | undefined;
  let p = 0;
  let c = 0;
  // (Digits are tested inline, `c >= 48 && c <= 57`: this runs on every target line and entry body.)
  while (p < n) {
    if ((c = text.charCodeAt(p)) < 48 || c > 57) {
      // The next digit, found by the regular expression engine (faster than a loop, also in a fresh process).
      DIGIT.lastIndex = p;
      if (!DIGIT.test(text)) break;
      p = DIGIT.lastIndex - 1;
    }
    let run = p + 1;
    while (run < n && (c = text.charCodeAt(run)) >= 48 && c <= 57) run++;
    let end = -1;
    let counter: string | undefined;
    // 1,800 or 12,345,678: one to three digits, then groups of a comma and three digits.
    if (run - p <= 3) {
      let q = run;
      while (text.charCodeAt(q) === 44 /* , */ && isDigit(text.charCodeAt(q + 1)) && isDigit(text.charCodeAt(q + 2)) && isDigit(text.charCodeAt(q + 3))) q += 4;
      if (q > run && (counter = counterAfter(text, q, sorted)) !== undefined) end = q;
    }
    if (end < 0 && (counter = counterAfter(text, run, sorted)) !== undefined) end = run;
    if (end < 0 || counter === undefined) {
      // No match from here: within the last three digits of the run, the comma groups and the
      // counter after the run decide alone, so one try there tells for all of them.
      p = run - p > 3 ? run - 3 : run;
      continue;
    }
    const next = counterEnd;
    if (!notAQuantity(text, p)) (out ??= []).push(new Found(valueOf(text, p, end), counter, p, end, text));
    p = next;
  }
  return out ?? [];
}

/** The regular expression itself: for counters the scanner cannot take, and the reference the scanner is tested against. */
export function findWithPattern(text: string, counters: readonly string[]): Quantity[] {
  if (!/\d/.test(text)) return [];
  const re = quantityPattern(counters);
  re.lastIndex = 0;
  const out: Quantity[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (notAQuantity(text, m.index)) continue;
    out.push(new Found(Number(m[1].replace(/,/g, '')), m[2], m.index, m.index + m[1].length, text));
  }
  return out;
}

/** Character bigrams of the Japanese words in a text (kana, kanji, latin letters). */
function bigrams(text: string): Set<string> {
  const s = new Set<string>();
  const words = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}A-Za-z]+/gu) ?? [];
  for (const w of words) for (let i = 0; i + 1 < w.length; i++) s.add(w.slice(i, i + 2));
  return s;
}

/** How many bigrams of `a` appear in `b`'s. */
export function overlap(a: string, b: string): number {
  const bb = bigrams(b);
  let n = 0;
  for (const g of bigrams(a)) if (bb.has(g)) n++;
  return n;
}

/**
 * From several quantities of one entry, the one that reports on `targetPhrase`: the one whose
 * words overlap the target's phrase most, otherwise the largest.
 */
export function pickReported(candidates: Quantity[], targetPhrase: string): Quantity | undefined {
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1) return candidates[0];
  const target = bigrams(targetPhrase);
  let best: Quantity | undefined;
  let bestScore = 0;
  for (const q of candidates) {
    let score = 0;
    for (const g of bigrams(q.context)) if (target.has(g)) score++;
    if (score > bestScore) {
      best = q;
      bestScore = score;
    }
  }
  if (best) return best;
  return candidates.reduce((a, b) => (b.value > a.value ? b : a));
}
