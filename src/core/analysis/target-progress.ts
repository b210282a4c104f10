import { RowContext } from '../context';
import { fiscalIndex } from '../fiscal';
import { monthEntries } from '../parse/entries';
import { Quantity, findQuantities, pickReported } from '../parse/quantities';
import { TargetBlock } from '../parse/targets';

/**
 * Compares each quantity of the 年度目標 with the latest progress quantity of the same counter
 * (DESIGN.md section 3, target-behind). Shared by target-behind and symbol-mismatch.
 */
export interface TargetComparison {
  counter: string;
  /** The target quantity as written. */
  target: number;
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

/** The target quantity of each counter in a block: the first one that is not an actual. */
function targetQuantities(block: TargetBlock, counters: readonly string[]): { q: Quantity; phrase: string }[] {
  const byCounter = new Map<string, { q: Quantity; phrase: string; weak: boolean }>();
  for (const line of block.lines) {
    for (const q of findQuantities(line, counters)) {
      const weak = NOT_A_TARGET.test(q.context);
      const prev = byCounter.get(q.counter);
      if (!prev || (prev.weak && !weak)) byCounter.set(q.counter, { q, phrase: line, weak });
    }
  }
  return [...byCounter.values()];
}

/** Last month of an entry's label that is not after the reporting month. */
function entryMonth(months: number[], reporting: number): number | undefined {
  const limit = fiscalIndex(reporting);
  let best: number | undefined;
  for (const m of months) if (fiscalIndex(m) <= limit && (best === undefined || fiscalIndex(m) > fiscalIndex(best))) best = m;
  return best;
}

export function compareTargets(row: RowContext): TargetComparison[] {
  return row.derived('target-progress', () => {
    const { month, config } = row.sheet;
    if (row.blank('target') || row.blank('progress')) return [];
    const now = fiscalIndex(month);
    const targets = row.target.blocks
      .filter((b) => now >= fiscalIndex(b.from))
      .flatMap((block) => targetQuantities(block, config.counters).map((t) => ({ block, ...t })));
    if (targets.length === 0) return [];
    // Progress entries with the month they report on, latest first (ties: the one written later first).
    const entries = monthEntries(row.progress)
      .map((e, i) => ({ e, i, m: e.label!.kind === 'open-range' ? e.label!.first : entryMonth(e.label!.months, month) }))
      .filter((x): x is { e: typeof x.e; i: number; m: number } => x.m !== undefined && fiscalIndex(x.m) <= now)
      .sort((a, b) => fiscalIndex(b.m) - fiscalIndex(a.m) || b.i - a.i);
    const found = new Map<number, Quantity[]>();
    const quantitiesOf = (k: number) => {
      let q = found.get(k);
      if (!q) found.set(k, (q = findQuantities(entries[k].e.body, config.counters)));
      return q;
    };
    const out: TargetComparison[] = [];
    for (const { block, q, phrase } of targets) {
      const start = fiscalIndex(block.from);
      const end = fiscalIndex(block.to);
      const due = now >= end ? q.value : (q.value * (now - start + 1)) / (end - start + 1);
      for (let k = 0; k < entries.length; k++) {
        const reported = pickReported(quantitiesOf(k).filter((c) => c.counter === q.counter), phrase);
        if (!reported) continue;
        out.push({
          counter: q.counter,
          target: q.value,
          due,
          reported: reported.value,
          reportedMonth: entries[k].m,
          block,
          ratio: due > 0 ? reported.value / due : Infinity,
        });
        break;
      }
    }
    return out;
  });
}

/** The comparisons below the threshold, the worst one per counter. */
export function behindTargets(row: RowContext): TargetComparison[] {
  const threshold = row.sheet.config.targetBehindThreshold;
  const worst = new Map<string, TargetComparison>();
  for (const c of compareTargets(row)) {
    if (c.ratio >= threshold) continue;
    const prev = worst.get(c.counter);
    if (!prev || c.ratio < prev.ratio) worst.set(c.counter, c);
  }
  return [...worst.values()];
}

/** Formats a due amount: whole numbers as they are, others with one decimal. */
export function formatAmount(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
