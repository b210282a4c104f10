import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { Measure, PSHEET, ROOT, sideBySide, timeNode } from './measure';
import { writeDepartments, writeSynthetic } from './workbooks';

const LIB = path.join(ROOT, 'lib', 'bench');
const SAMPLE = path.join(ROOT, 'tests', 'fixtures', 'welfare-r7.xlsx');

/** Peak memory of `psheet ARGS…` (run through bench/rss-run). */
function peakRssMb(args: string[]): number {
  const r = spawnSync(process.execPath, [path.join(LIB, 'rss-run.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const m = /MAXRSS_MB ([\d.]+)/.exec(r.stderr);
  if (!m || (r.status !== 0 && r.status !== 1)) throw new Error(`psheet ${args.join(' ')} failed: ${r.stderr.slice(0, 500)}`);
  return Number(m[1]);
}

/** Whole-process figures of the CLI (DESIGN.md section 7, issues 8 and 10), measured side by side. */
export async function benchCli(): Promise<Measure[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'psheet-bench-'));
  try {
    const big = path.join(dir, 'rows-10k.xlsx');
    const huge = path.join(dir, 'rows-100k.xlsx');
    await writeSynthetic(big, 10_000);
    await writeSynthetic(huge, 100_000);
    const depts = path.join(dir, 'departments');
    await fs.mkdir(depts);
    await writeDepartments(depts, 30, 50);
    const out = path.join(dir, 'consolidated.xlsx');

    const validateBig = sideBySide(
      () => timeNode([PSHEET, 'validate', big, '--month', '10', '--format', 'json']).ms,
      () => timeNode([path.join(LIB, 'exceljs-read.js'), big]).ms,
      9,
    );
    const sample = sideBySide(
      () => timeNode([PSHEET, 'validate', SAMPLE, '--month', '10']).ms,
      () => timeNode(['-e', '0']).ms,
      9,
    );
    const consolidateRun = () => timeNode([PSHEET, 'consolidate', depts, '--out', out, '--month', '10', '--force'], [0, 1]).ms;
    const consolidate = sideBySide(consolidateRun, () => timeNode([path.join(LIB, 'exceljs-read-files.js'), depts]).ms, 5);
    const ownRead = sideBySide(consolidateRun, () => timeNode([path.join(LIB, 'read-files.js'), depts]).ms, 3);
    const rss = peakRssMb(['validate', huge, '--month', '10', '--format', 'json']);
    const size = (await fs.stat(huge)).size / 2 ** 20;
    return [
      {
        key: 'cli_validate_10k_vs_exceljs_read',
        value: validateBig.ratio,
        unit: '×',
        budget: { op: '<=', limit: 0.6 },
        about: '`psheet validate` of a 10,000-row workbook, whole process ÷ a bare ExcelJS full read of it (whole process)',
        detail: `${validateBig.a.toFixed(0)} ms vs ${validateBig.b.toFixed(0)} ms`,
      },
      {
        key: 'cli_validate_sample_vs_node',
        value: sample.ratio,
        unit: '×',
        budget: { op: '<=', limit: 3 },
        about: '`psheet validate` of the 11-row sample ÷ `node -e 0` (start-up is most of a typical run)',
        detail: `${sample.a.toFixed(0)} ms vs ${sample.b.toFixed(0)} ms`,
      },
      {
        key: 'cli_peak_rss_mb_100k',
        value: rss,
        unit: 'MB',
        about: `peak memory of \`psheet validate\` on a 100,000-row workbook (${size.toFixed(1)} MB file)`,
      },
      {
        key: 'consolidate_30_files_ms',
        value: consolidate.a,
        unit: 'ms',
        budget: { op: '<', limit: 3000 },
        about: '`psheet consolidate` of 30 department files of 50 rows (whole process, writing the workbook)',
      },
      {
        key: 'consolidate_vs_read_ratio',
        value: consolidate.ratio,
        unit: '×',
        budget: { op: '<=', limit: 1.3 },
        about: 'that ÷ a bare ExcelJS read of the same 30 files (whole process; the yardstick of the CLI figures)',
        detail: `${consolidate.a.toFixed(0)} ms vs ${consolidate.b.toFixed(0)} ms`,
      },
      {
        key: 'consolidate_vs_own_read_ratio',
        value: ownRead.ratio,
        unit: '×',
        about: 'the same ÷ reading the 30 files with our own file layer alone (what validating and writing add)',
        detail: `${ownRead.a.toFixed(0)} ms vs ${ownRead.b.toFixed(0)} ms`,
      },
    ];
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
