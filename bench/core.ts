import { validateSheet } from '../src/core/validate';
import { syntheticSheet } from './synthetic';

export interface CoreBench {
  rows: number;
  progressChars: number;
  medianMs: number;
  issues: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Validates a synthetic sheet `runs` times (after one warm-up) and returns the median time. */
export function benchCore(rows: number, runs = 5): CoreBench {
  const table = syntheticSheet(rows);
  const progressCol = 12;
  let chars = 0;
  for (const r of table.rows.slice(2)) chars += String(r[progressCol]?.value ?? '').length;
  let issues = validateSheet(table, { month: 10 }).issues.length;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    issues = validateSheet(table, { month: 10 }).issues.length;
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { rows, progressChars: Math.round(chars / rows), medianMs: median(times), issues };
}
