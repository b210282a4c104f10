/**
 * `npm run bench`: the budgets of DESIGN.md section 7, measured and printed (a benchmark, not a
 * timed test). Exits non-zero when a budget is missed, so a regression is seen.
 */
import { benchCore } from './core';
import { benchBundle } from './bundle';

interface Line {
  name: string;
  value: string;
  budget: string;
  ok: boolean;
}

async function main(): Promise<void> {
  const lines: Line[] = [];
  const small = benchCore(10_000, 7);
  lines.push({
    name: `core: validate ${small.rows.toLocaleString('en')} rows (~${small.progressChars} chars of progress each)`,
    value: `${small.medianMs.toFixed(1)} ms (median of 7)`,
    budget: '< 200 ms',
    ok: small.medianMs < 200,
  });
  const big = benchCore(100_000, 3);
  const ratio = big.medianMs / small.medianMs;
  lines.push({
    name: `core: ${big.rows.toLocaleString('en')} rows vs ${small.rows.toLocaleString('en')}`,
    value: `${big.medianMs.toFixed(0)} ms, ${ratio.toFixed(2)}× the time for 10× the rows`,
    budget: '≤ 12×',
    ok: ratio <= 12,
  });
  for (const extra of await optional()) lines.push(extra);
  const bundle = benchBundle();
  lines.push(bundle);
  for (const l of lines) console.log(`${l.ok ? 'ok  ' : 'MISS'} ${l.name}: ${l.value} (budget ${l.budget})`);
  if (lines.some((l) => !l.ok)) process.exitCode = 1;
}

/** Benchmarks that live beside their feature (CLI). */
async function optional(): Promise<Line[]> {
  const out: Line[] = [];
  const { benchCli } = await import('./cli');
  const r = await benchCli();
  out.push({
    name: `cli: validate ${r.files} department files vs reading them with ExcelJS alone`,
    value: `${r.validateMs.toFixed(0)} ms vs ${r.readMs.toFixed(0)} ms = ${r.ratio.toFixed(2)}×`,
    budget: '≤ 1.3×',
    ok: r.ratio <= 1.3,
  });
  return out;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
