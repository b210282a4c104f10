import { RowContext } from '../context';
import { fiscalIndex, monthAtFiscalIndex } from '../fiscal';
import { Entry } from '../parse/entries';
import { Quantity, findQuantities, pickReported } from '../parse/quantities';
import { TargetBlock } from '../parse/targets';

/**
 * Compares each quantity of the 年度目標 with the latest progress quantity of the same counter
 * (DESIGN.md section 3, target-behind). Shared by target-behind and symbol-mismatch.
 */
export interface TargetComparison {
  counter: string;
  /** The target quantity. */
  target: number;
  /** The target and reported numbers as written (`1,800`). */
  targetText: string;
  reportedText: string;
  /** What is due by the reporting month: linear within the period, in full once it has ended. */
  due: number;
  reported: number;
  /** Month of the progress entry the reported quantity comes from. */
  reportedMonth: number;
  block: TargetBlock;
  /** reported / due. */
  ratio: number;
}

/** Quantities that state an actual or a reference rather than the target itself. */
const NOT_A_TARGET = /実績|見込|参考|前年|昨年/;

interface TargetQuantity {
  q: Quantity;
  /** The line it is written on. */
  phrase: string;
  /** An actual or a reference, taken only when the counter has nothing else. */
  weak: boolean;
}

/** The target quantity of each counter in a block, in the order counters first appear: the first one that is not an actual. */
function targetQuantities(block: TargetBlock, counters: readonly string[]): TargetQuantity[] {
  // A list, not a map: a block names one or two counters.
  const out: TargetQuantity[] = [];
  const lines = block.lines;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    const found = findQuantities(line, counters);
    for (let i = 0; i < found.length; i++) {
      const q = found[i];
      const weak = NOT_A_TARGET.test(q.context);
      let k = 0;
      while (k < out.length && out[k].q.counter !== q.counter) k++;
      if (k === out.length) out.push({ q, phrase: line, weak });
      else if (out[k].weak && !weak) out[k] = { q, phrase: line, weak };
    }
  }
  return out;
}

/**
 * Fiscal index of the month an entry reports on, or -1 when it reports on none up to the reporting
 * month: an open range its start, other month labels their last month not after the reporting month.
 */
function reportedAt(e: Entry, now: number): number {
  const l = e.label;
  if (l === undefined || l.kind === 'word') return -1;
  // Fiscal indexes worked out inline, `(month + 8) % 12` (fiscalIndex): this runs on every entry.
  if (l.kind === 'open-range') {
    const at = (l.first! + 8) % 12;
    return at <= now ? at : -1;
  }
  let best = -1;
  const months = l.months;
  for (let i = 0; i < months.length; i++) {
    const at = (months[i] + 8) % 12;
    if (at <= now && at > best) best = at;
  }
  return best;
}

/** A row's comparisons, and those below the threshold (worked out when first asked for). */
interface Comparisons {
  all: TargetComparison[];
  behind?: TargetComparison[];
}

const NONE: TargetComparison[] = [];

function comparisonsOf(row: RowContext): Comparisons {
  return (row.targetComparisons ??= { all: compute(row) }) as Comparisons;
}

export function compareTargets(row: RowContext): TargetComparison[] {
  return comparisonsOf(row).all;
}

function compute(row: RowContext): TargetComparison[] {
  const { month, config, header } = row.sheet;
  if (row.blankAt(header.columns.target) || row.blankAt(header.columns.progress)) return NONE;
  const now = fiscalIndex(month);
  let out: TargetComparison[] | undefined;
  const blocks = row.target.blocks;
  // The months the progress entries report on, and the quantities of those looked at: worked out
  // for the first target quantity that needs them (most rows have one or two).
  let entries: readonly Entry[] | undefined;
  let at: number[] | undefined;
  let quantities: (Quantity[] | undefined)[] | undefined;
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k];
    const start = fiscalIndex(block.from);
    if (now < start) continue;
    const end = fiscalIndex(block.to);
    const wanted = targetQuantities(block, config.counters);
    for (let w = 0; w < wanted.length; w++) {
      const { q, phrase } = wanted[w];
      if (entries === undefined) {
        entries = row.progress.entries;
        at = [];
        quantities = [];
        for (let i = 0; i < entries.length; i++) {
          at.push(reportedAt(entries[i], now));
          quantities.push(undefined);
        }
      }
      const due = now >= end ? q.value : (q.value * (now - start + 1)) / (end - start + 1);
      // The entries up to the reporting month, latest first; of two for one month, the one written
      // later first: each step takes the greatest (month, place) below the last one taken.
      let lastAt = Infinity;
      let last = Infinity;
      for (;;) {
        let best = -1;
        for (let i = 0; i < at!.length; i++) {
          const a = at![i];
          if (a < 0 || a > lastAt || (a === lastAt && i >= last)) continue;
          if (best < 0 || a > at![best] || (a === at![best] && i > best)) best = i;
        }
        if (best < 0) break;
        lastAt = at![best];
        last = best;
        const found = (quantities![best] ??= findQuantities(entries[best].body, config.counters));
        const reported = reportedIn(found, q.counter, phrase);
        if (!reported) continue;
        (out ??= []).push({
          counter: q.counter,
          target: q.value,
          targetText: q.raw,
          reportedText: reported.raw,
          due,
          reported: reported.value,
          reportedMonth: monthAtFiscalIndex(lastAt),
          block,
          ratio: due > 0 ? reported.value / due : Infinity,
        });
        break;
      }
    }
  }
  return out ?? NONE;
}

/** The quantity of an entry that reports on a target of `counter` (pickReported among those of the counter). */
function reportedIn(quantities: Quantity[], counter: string, phrase: string): Quantity | undefined {
  let first: Quantity | undefined;
  let several: Quantity[] | undefined;
  for (let i = 0; i < quantities.length; i++) {
    const c = quantities[i];
    if (c.counter !== counter) continue;
    if (!first) first = c;
    else (several ??= [first]).push(c);
  }
  return several ? pickReported(several, phrase) : first;
}

/** The comparisons below the threshold, the worst one per counter. Shared: never change the list. */
export function behindTargets(row: RowContext): TargetComparison[] {
  const comparisons = comparisonsOf(row);
  if (comparisons.behind === undefined) {
    const threshold = row.sheet.config.targetBehindThreshold;
    // A list in the order counters first fall behind, not a map: a row names one or two counters.
    let worst: TargetComparison[] | undefined;
    const all = comparisons.all;
    for (let i = 0; i < all.length; i++) {
      const c = all[i];
      if (c.ratio >= threshold) continue;
      worst ??= [];
      let k = 0;
      while (k < worst.length && worst[k].counter !== c.counter) k++;
      if (k === worst.length) worst.push(c);
      else if (c.ratio < worst[k].ratio) worst[k] = c;
    }
    comparisons.behind = worst ?? NONE;
  }
  return comparisons.behind;
}

/**
 * Formats a due amount like the sheet writes its figures: whole numbers as they are, others with
 * one decimal, with thousands separators when `like` (a figure as written) uses them.
 */
export function formatAmount(n: number, like = ''): string {
  const s = Number.isInteger(n) ? String(n) : n.toFixed(1);
  if (!like.includes(',')) return s;
  const [int, frac] = s.split('.');
  return int.replace(/\B(?=(\d{3})+$)/g, ',') + (frac !== undefined ? '.' + frac : '');
}
