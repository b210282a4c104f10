/**
 * Quantities with a counter (`180件`, `3,938名`, `延べ25人`) in normalised text. Dates (`7月3日`),
 * ordinals (`第1回`) and rates (`50%`) are not quantities.
 */
export interface Quantity {
  value: number;
  counter: string;
  /** Offset of the number in the text. */
  index: number;
  /** The words just before the number, up to the previous clause break. */
  context: string;
}

export const DEFAULT_COUNTERS = ['件', '名', '人', '団体', '回', '箇所', '社', '施設', '事業所'];

const cache = new WeakMap<readonly string[], RegExp>();

function quantityPattern(counters: readonly string[]): RegExp {
  let re = cache.get(counters);
  if (!re) {
    const alts = [...counters].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    re = new RegExp(String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(${alts})`, 'g');
    cache.set(counters, re);
  }
  return re;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const CLAUSE_BREAK = /[、。,;:()\[\]【】「」\n]/;

export function findQuantities(text: string, counters: readonly string[] = DEFAULT_COUNTERS): Quantity[] {
  if (!/\d/.test(text)) return [];
  const re = quantityPattern(counters);
  re.lastIndex = 0;
  const out: Quantity[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index;
    const before = text.slice(Math.max(0, start - 16), start);
    // Part of a longer number, a decimal, an ordinal (第1回) or a date (7月3日 is not matched: 日 is no counter).
    if (/[\d.]$/.test(before) || /第\s*$/.test(before)) continue;
    let context = before;
    for (let i = before.length - 1; i >= 0; i--) {
      if (CLAUSE_BREAK.test(before[i])) {
        context = before.slice(i + 1);
        break;
      }
    }
    out.push({ value: Number(m[1].replace(/,/g, '')), counter: m[2], index: start, context: context.trim() });
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
