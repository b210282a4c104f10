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
  for (const line of block.lines) {
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

/** Last month of an entry's label that is not after the reporting month. */
function entryMonth(months: number[], reporting: number): number | undefined {
  const limit = fiscalIndex(reporting);
  let best: number | undefined;
  for (const m of months) if (fiscalIndex(m) <= limit && (best === undefined || fiscalIndex(m) > fiscalIndex(best))) best = m;
  return best;
}

interface Dated {
  /** The entry, whose body is normalised only when its quantities are looked for. */
  entry: Entry;
  /** Fiscal index of the month the entry reports on. */
  at: number;
  quantities?: Quantity[];
}

export function compareTargets(row: RowContext): TargetComparison[] {
  return (row.targetComparisons ??= compute(row)) as TargetComparison[];
}

function compute(row: RowContext): TargetComparison[] {
  const { month, config } = row.sheet;
  if (row.blank('target') || row.blank('progress')) return [];
  const now = fiscalIndex(month);
  const out: TargetComparison[] = [];
  let dated: Dated[] | undefined;
  for (const block of row.target.blocks) {
    const start = fiscalIndex(block.from);
    if (now < start) continue;
    const end = fiscalIndex(block.to);
    const wanted = targetQuantities(block, config.counters);
    for (let w = 0; w < wanted.length; w++) {
      const { q, phrase } = wanted[w];
      dated ??= datedEntries(row, month);
      const due = now >= end ? q.value : (q.value * (now - start + 1)) / (end - start + 1);
      for (const d of dated) {
        d.quantities ??= findQuantities(d.entry.body, config.counters);
        const reported = reportedIn(d.quantities, q.counter, phrase);
        if (!reported) continue;
        out.push({
          counter: q.counter,
          target: q.value,
          targetText: q.raw,
          reportedText: reported.raw,
          due,
          reported: reported.value,
          reportedMonth: monthAtFiscalIndex(d.at),
          block,
          ratio: due > 0 ? reported.value / due : Infinity,
        });
        break;
      }
    }
  }
  return out;
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

/** Progress entries up to the reporting month, latest first (of two for one month, the one written later first). */
function datedEntries(row: RowContext, month: number): Dated[] {
  const now = fiscalIndex(month);
  const out: Dated[] = [];
  for (const e of row.progress.entries) {
    const l = e.label;
    if (!l || l.kind === 'word') continue;
    const m = l.kind === 'open-range' ? l.first : entryMonth(l.months, month);
    if (m === undefined || fiscalIndex(m) > now) continue;
    const at = fiscalIndex(m);
    // Inserted before the first one of the same month or earlier: entries come in the order
    // written, so of two for one month the later one goes first.
    let k = 0;
    while (k < out.length && out[k].at > at) k++;
    const item = { entry: e, at };
    out.push(item);
    for (let j = out.length - 1; j > k; j--) out[j] = out[j - 1];
    out[k] = item;
  }
  return out;
}

/** The comparisons below the threshold, the worst one per counter. */
export function behindTargets(row: RowContext): TargetComparison[] {
  const threshold = row.sheet.config.targetBehindThreshold;
  // A list in the order counters first fall behind, not a map: a row names one or two counters.
  const worst: TargetComparison[] = [];
  for (const c of compareTargets(row)) {
    if (c.ratio >= threshold) continue;
    let k = 0;
    while (k < worst.length && worst[k].counter !== c.counter) k++;
    if (k === worst.length) worst.push(c);
    else if (c.ratio < worst[k].ratio) worst[k] = c;
  }
  return worst;
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
