import { spawnSync } from 'child_process';
import path from 'path';

/**
 * One figure of `npm run bench`: a key (stable, for `--json`), its value, and its budget
 * (DESIGN.md section 7 and the issues). Ratios are measured side by side in one run, since the
 * machine is shared and noisy.
 */
export interface Measure {
  key: string;
  value: number;
  unit: string;
  /** `< 100`, `<= 11` …; undefined when the figure is reported without a budget. */
  budget?: { op: '<' | '<='; limit: number };
  /** What the figure means, for `--help` and the table. */
  about: string;
  /** Extra words for the table (the sides of a ratio, run counts). */
  detail?: string;
}

export function within(m: Measure): boolean {
  if (!m.budget) return true;
  return m.budget.op === '<' ? m.value < m.budget.limit : m.value <= m.budget.limit;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The compiled repository root (lib/bench/… → the checkout). */
export const ROOT = path.resolve(__dirname, '..', '..');
export const PSHEET = path.join(ROOT, 'lib', 'src', 'cli', 'main.js');

/** Runs `node args…` and returns its wall time in ms (and stdout); throws when it fails unexpectedly. */
export function timeNode(args: string[], okCodes = [0, 1]): { ms: number; stdout: string } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status === null || !okCodes.includes(r.status)) throw new Error(`node ${args.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr.slice(0, 500)}`);
  return { ms, stdout: r.stdout };
}

/**
 * Runs two commands alternately `rounds` times (after a warm-up of each) and returns the median
 * of each side and the median of the per-round ratios a/b: each pair runs back to back, so a busy
 * machine slows both alike.
 */
export function sideBySide(a: () => number, b: () => number, rounds: number): { a: number; b: number; ratio: number } {
  a();
  b();
  const as: number[] = [];
  const bs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      as.push(a());
      bs.push(b());
    } else {
      bs.push(b());
      as.push(a());
    }
  }
  return { a: median(as), b: median(bs), ratio: median(as.map((x, i) => x / bs[i])) };
}
