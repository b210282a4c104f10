/**
 * Quantities with a counter (`180件`, `3,938名`, `延べ25人`) in normalised text. Dates (`7月3日`),
 * ordinals (`第1回`) and rates (`50%`) are not quantities.
 */
export interface Quantity {
  value: number;
  /** The number as written (`1,800`), so messages keep the sheet's thousands separator. */
  raw: string;
  counter: string;
  /** Offset of the number in the text. */
  index: number;
  /** The words just before the number, up to the previous clause break (worked out when read). */
  readonly context: string;
}

/** Characters that end a clause: the context of a quantity starts after the last one. */
const CLAUSE_BREAKS = new Set([...'、。,;:()[]【】「」\n\r']);
const CONTEXT_CHARS = 16;

class Found implements Quantity {
  private words?: string;
  constructor(
    readonly value: number,
    readonly raw: string,
    readonly counter: string,
    readonly index: number,
    private readonly text: string,
  ) {}
  get context(): string {
    if (this.words === undefined) {
      let from = Math.max(0, this.index - CONTEXT_CHARS);
      for (let i = this.index - 1; i >= from; i--) {
        if (CLAUSE_BREAKS.has(this.text[i])) {
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

export function findQuantities(text: string, counters: readonly string[] = DEFAULT_COUNTERS): Quantity[] {
  if (!/\d/.test(text)) return [];
  const re = quantityPattern(counters);
  re.lastIndex = 0;
  const out: Quantity[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index;
    // Part of a longer number, a decimal, or an ordinal (第1回). Dates (7月3日) never match: 日 is no counter.
    if (start > 0) {
      const prev = text.charCodeAt(start - 1);
      if ((prev >= 48 && prev <= 57) || prev === 46) continue;
      let k = start - 1;
      while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
      if (k >= 0 && text.charCodeAt(k) === 0x7b2c /* 第 */) continue;
    }
    out.push(new Found(Number(m[1].replace(/,/g, '')), m[1], m[2], start, text));
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
