import { validateSheet } from '../src/core/validate';
import { Measure, median, ROOT, timeNode } from './measure';
import path from 'path';
import { syntheticSheet } from './synthetic';

/** Validates a synthetic sheet `runs` times (after a warm-up) in this process: the median time. */
export function warmValidateMs(rows: number, runs: number): { ms: number; issues: number; chars: number } {
  const table = syntheticSheet(rows);
  let chars = 0;
  for (const r of table.rows.slice(2)) chars += String(r[12]?.value ?? '').length;
  let issues = validateSheet(table, { month: 10 }).issues.length;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    issues = validateSheet(table, { month: 10 }).issues.length;
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { ms: median(times), issues, chars: Math.round(chars / rows) };
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
  const small = warmValidateMs(10_000, 9);
  const big = warmValidateMs(100_000, 3);
  const cold = coldValidateMs(10_000, 3);
  const rss = peakRssMb(100_000);
  return [
    {
      key: 'core_validate_10k_ms_warm',
      value: small.ms,
      unit: 'ms',
      budget: { op: '<', limit: 100 },
      about: 'the engine validating 10,000 realistic rows in a warm process (the pane re-validating a big sheet)',
      detail: `${small.chars} chars of progress a row, ${small.issues} issues, median of 9`,
    },
    {
      key: 'core_validate_10k_ms_cold',
      value: cold,
      unit: 'ms',
      budget: { op: '<', limit: 200 },
      about: 'the same in a fresh process, first call (what one CLI run pays)',
      detail: 'median of 3 processes',
    },
    {
      key: 'core_scaling_ratio',
      value: big.ms / small.ms,
      unit: '×',
      budget: { op: '<=', limit: 11 },
      about: 'time for 100,000 rows ÷ time for 10,000 (linear is 10)',
      detail: `${big.ms.toFixed(0)} ms vs ${small.ms.toFixed(1)} ms`,
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
