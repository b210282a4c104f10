import type { SheetTable } from '../src/core/table';
import { validateSheet } from '../src/core/validate';
import { Measure, median, ROOT, timeNode } from './measure';
import path from 'path';
import { syntheticSheet } from './synthetic';

/** One warm validation of `table`, in ms. */
function timeValidate(table: SheetTable): number {
  const t0 = process.hrtime.bigint();
  validateSheet(table, { month: 10 });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/**
 * Warm validation of 10,000 and of 100,000 rows in this process, side by side: each round times the big sheet once
 * and the small one three times (their median), so that a busy moment of the shared machine slows both sides of the
 * round's ratio alike. The figures are medians over the rounds.
 */
export function warmValidate(rounds: number): { smallMs: number; bigMs: number; ratio: number; issues: number; chars: number } {
  const small = syntheticSheet(10_000);
  const big = syntheticSheet(100_000);
  let chars = 0;
  for (const r of small.rows.slice(2)) chars += String(r[12]?.value ?? '').length;
  const issues = validateSheet(small, { month: 10 }).issues.length;
  validateSheet(big, { month: 10 });
  const smalls: number[] = [];
  const bigs: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const s = median([timeValidate(small), timeValidate(small), timeValidate(small)]);
    const b = timeValidate(big);
    smalls.push(s);
    bigs.push(b);
    ratios.push(b / s);
  }
  return { smallMs: median(smalls), bigMs: median(bigs), ratio: median(ratios), issues, chars: Math.round(chars / 10_000) };
}

const CHILD = path.join(ROOT, 'lib', 'bench', 'core-child.js');

/** The first validation in a fresh process (what the CLI pays), median of `runs` processes. */
function coldValidateMs(rows: number, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(JSON.parse(timeNode([CHILD, 'cold', String(rows)]).stdout).ms);
  return median(times);
}

/** Peak resident memory of a process that builds and validates `rows` rows. */
function peakRssMb(rows: number): { mb: number; baseMb: number } {
  const r = JSON.parse(timeNode(['--max-old-space-size=8192', CHILD, 'rss', String(rows)]).stdout);
  return { mb: r.maxRssMb, baseMb: r.tableRssMb };
}

export function benchCore(): Measure[] {
  const warm = warmValidate(5);
  const cold = coldValidateMs(10_000, 7);
  const rss = peakRssMb(100_000);
  return [
    {
      key: 'core_validate_10k_ms_warm',
      value: warm.smallMs,
      unit: 'ms',
      budget: { op: '<', limit: 100 },
      about: 'the engine validating 10,000 realistic rows in a warm process (the pane re-validating a big sheet)',
      detail: `${warm.chars} chars of progress a row, ${warm.issues} issues, median of 15 in 5 rounds`,
    },
    {
      key: 'core_validate_10k_ms_cold',
      value: cold,
      unit: 'ms',
      budget: { op: '<', limit: 200 },
      about: 'the same in a fresh process, first call (what one CLI run pays)',
      detail: 'median of 7 processes',
    },
    {
      key: 'core_scaling_ratio',
      value: warm.ratio,
      unit: '×',
      budget: { op: '<=', limit: 11 },
      about: 'time for 100,000 rows ÷ time for 10,000, warm, side by side (linear is 10)',
      detail: `${warm.bigMs.toFixed(0)} ms vs ${warm.smallMs.toFixed(1)} ms, median of 5 rounds`,
    },
    {
      key: 'core_peak_rss_mb_100k',
      value: rss.mb,
      unit: 'MB',
      about: 'peak memory of a process validating 100,000 rows (the table itself included)',
      detail: `${rss.baseMb.toFixed(0)} MB with the table built, before validating`,
    },
  ];
}
