/**
 * `npm run bench [-- --json] [-- --only core,cli,…]`: the budgets of DESIGN.md section 7 and the
 * issues, each measured in one run on this machine and printed beside its budget (a benchmark,
 * never a timed test). Exits non-zero when a figure is over its budget.
 */
import { benchCore } from './core';
import { benchCli } from './cli';
import { benchOffice } from './office';
import { Measure, within } from './measure';
import { benchPane } from './pane';

type Group = 'core' | 'office' | 'pane' | 'cli';
const GROUPS: Record<Group, () => Measure[] | Promise<Measure[]>> = {
  core: benchCore,
  office: benchOffice,
  pane: benchPane,
  cli: benchCli,
};

const HELP = `npm run bench [-- --json] [-- --only core,office,pane,cli]

Measures, in one run on this machine, every budget of DESIGN.md section 7 and prints a table (or,
with --json, one object of key → value). Exits 1 when a figure is over its budget. Ratios are
measured side by side, alternating, since the machine is shared and noisy. Needs a build
(npm run bench does it first).

Keys:
  core_validate_10k_ms_warm        engine, 10,000 realistic rows, warm process (< 100 ms)
  core_validate_10k_ms_cold        the same, first call in a fresh process (< 200 ms)
  core_scaling_ratio               time for 100,000 rows ÷ time for 10,000 (≤ 11)
  core_peak_rss_mb_100k            peak memory validating 100,000 rows in the engine (reported)
  office_syncs_validate            context.sync() calls to read a sheet for validation (1)
  office_syncs_insert              context.sync() calls to insert month lines (≤ 2)
  taskpane_initial_js_gzip_kb      the pane's JavaScript loaded at start, gzipped (≤ 120 KB)
  taskpane_ready_ms                navigation → visible 検証する button, Office.js held back (≤ 1000 ms)
  cli_validate_10k_vs_exceljs_read psheet validate of a 10,000-row file ÷ a bare ExcelJS read of it (≤ 0.6)
  cli_validate_sample_vs_node      psheet validate of the 11-row sample ÷ node -e 0 (≤ 3.0)
  cli_peak_rss_mb_100k             peak memory of psheet validate on a 100,000-row file (reported)
  consolidate_30_files_ms          psheet consolidate of 30 files of 50 rows (< 3000 ms)
  consolidate_vs_read_ratio        that ÷ a bare ExcelJS read of the same files (≤ 1.3)
  consolidate_vs_own_read_ratio    that ÷ reading them with our own file layer alone (reported)
`;

function fmt(n: number): string {
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(HELP);
    return;
  }
  const json = argv.includes('--json');
  const onlyArg = argv.find((a) => a.startsWith('--only='))?.slice(7) ?? (argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined);
  const groups = (onlyArg ? onlyArg.split(',') : Object.keys(GROUPS)) as Group[];
  const measures: Measure[] = [];
  for (const g of groups) {
    if (!GROUPS[g]) throw new Error(`unknown group ${g}: use ${Object.keys(GROUPS).join(', ')}`);
    if (!json) process.stderr.write(`measuring ${g}…\n`);
    measures.push(...(await GROUPS[g]()));
  }
  if (json) {
    process.stdout.write(JSON.stringify(Object.fromEntries(measures.map((m) => [m.key, Number(fmt(m.value))])), null, 2) + '\n');
  } else {
    const rows = measures.map((m) => [
      within(m) ? 'ok' : 'OVER',
      m.key,
      `${fmt(m.value)} ${m.unit}`,
      m.budget ? `${m.budget.op} ${m.budget.limit} ${m.unit}` : '—',
      m.detail ?? '',
    ]);
    const widths = [4, ...[1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)))];
    for (const r of rows)
      process.stdout.write(`${r[0].padEnd(widths[0])} ${r[1].padEnd(widths[1])}  ${r[2].padStart(widths[2])}  ${r[3].padEnd(widths[3])}  ${r[4]}\n`);
  }
  const over = measures.filter((m) => !within(m));
  if (over.length) {
    process.stderr.write(`over budget: ${over.map((m) => m.key).join(', ')}\n`);
    process.exitCode = 1;
  }
}

main(process.argv.slice(2)).catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
