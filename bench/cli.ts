import ExcelJS from 'exceljs';
import { existsSync, promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { runValidate } from '../src/cli/commands/validate';
import { CliIo } from '../src/cli/io';

/**
 * DESIGN.md section 7: validating 30 department files with the CLI costs at most 1.3× reading
 * them with ExcelJS alone. Both sides run in this process; the CLI side goes through
 * `runValidate`, the very function `psheet validate` calls (argument parsing, opening and
 * checking each file, sheet choice, validation, the JSON report), with its output discarded.
 */
export interface CliBench {
  files: number;
  /** Initiative rows over all files. */
  rows: number;
  rounds: number;
  /** Median time of one round of reading every file with ExcelJS alone. */
  readMs: number;
  /** Median time of one round of `psheet validate FILE… --month 10 --format json`, in process. */
  validateMs: number;
  /** Median over the rounds of validateMs / readMs (each round's pair measured back to back). */
  ratio: number;
  budget: number;
  withinBudget: boolean;
}

export interface CliBenchOptions {
  files?: number;
  /** Measured rounds (default 15), alternating which side goes first. */
  rounds?: number;
  /** Unmeasured rounds of both sides first (default 3). */
  warmup?: number;
}

const BUDGET = 1.3;
/** Fixture layout: header on rows 3-4, initiatives No.1-11 on rows 5-15, 所管部 in column B, 進捗度 in L, 進捗状況及び課題 in M. */
const FIRST_DATA_ROW = 5;
const LAST_DATA_ROW = 15;
const SYMBOLS = ['↗', '→', '→', '↘', ''];

/** The fixture from bench/ (tsx) or from lib/bench/ (compiled): it stays in the source tree. */
function fixturePath(): string {
  const candidates = [path.join(__dirname, '..'), path.join(__dirname, '..', '..')].map((root) => path.join(root, 'tests', 'fixtures', 'welfare-r7.xlsx'));
  return candidates.find((p) => existsSync(p)) ?? candidates[0];
}

/** Drops the last line of a progress cell, so some rows miss their latest month. */
function dropLastLine(text: ExcelJS.CellValue): ExcelJS.CellValue {
  if (typeof text !== 'string' || !text.includes('\n')) return text;
  return text.slice(0, text.lastIndexOf('\n'));
}

/** One department's workbook: the fixture's rows repeated to `rows` initiatives, with varied content. */
async function departmentWorkbook(index: number, rows: number): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixturePath());
  const ws = wb.worksheets[0];
  const base = [];
  for (let r = FIRST_DATA_ROW; r <= LAST_DATA_ROW; r++) base.push(ws.getRow(r));
  const templates = base.map((row) => ({
    values: (row.values as ExcelJS.CellValue[]).slice(),
    styles: Array.from({ length: 14 }, (_, c) => ({ ...row.getCell(c + 1).style })),
    height: row.height,
  }));
  const department = `部署${String(index + 1).padStart(2, '0')}`;
  for (let k = 0; k < rows; k++) {
    const t = templates[k % templates.length];
    const row = ws.getRow(FIRST_DATA_ROW + k);
    const values = t.values.slice();
    values[1] = k + 1;
    values[2] = department;
    values[12] = SYMBOLS[(index + k) % SYMBOLS.length];
    if ((index + k) % 7 === 0) values[13] = dropLastLine(values[13]);
    row.values = values;
    t.styles.forEach((style, c) => (row.getCell(c + 1).style = style));
    if (t.height) row.height = t.height;
  }
  return wb;
}

export async function writeDepartments(dir: string, count: number): Promise<{ files: string[]; rows: number }> {
  const files: string[] = [];
  let rows = 0;
  for (let i = 0; i < count; i++) {
    const n = 11 + ((i * 13) % 50);
    const wb = await departmentWorkbook(i, n);
    const file = path.join(dir, `dept-${String(i + 1).padStart(2, '0')}.xlsx`);
    await wb.xlsx.writeFile(file);
    files.push(file);
    rows += n;
  }
  return { files, rows };
}

const SILENT: CliIo = { out: () => undefined, err: () => undefined, env: {}, stdoutIsTTY: false };

async function readWithExcelJs(files: string[]): Promise<void> {
  for (const f of files) await new ExcelJS.Workbook().xlsx.readFile(f);
}

async function validateWithCli(files: string[]): Promise<void> {
  const code = await runValidate([...files, '--month', '10', '--format', 'json'], SILENT);
  if (code === 2) throw new Error('the benchmark files could not be read');
}

async function timed(fn: () => Promise<void>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Writes the department files to a temporary folder, measures both sides in alternating rounds, cleans up. */
export async function benchCli(options: CliBenchOptions = {}): Promise<CliBench> {
  const count = options.files ?? 30;
  const rounds = options.rounds ?? 15;
  const warmup = options.warmup ?? 3;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'psheet-bench-'));
  try {
    const { files, rows } = await writeDepartments(dir, count);
    // Warm-up: let the JIT settle on both paths before measuring.
    for (let w = 0; w < warmup; w++) {
      await readWithExcelJs(files);
      await validateWithCli(files);
    }
    const excel: number[] = [];
    const cli: number[] = [];
    for (let r = 0; r < rounds; r++) {
      // Alternate which side goes first so warm caches and GC favour neither.
      if (r % 2 === 0) {
        excel.push(await timed(() => readWithExcelJs(files)));
        cli.push(await timed(() => validateWithCli(files)));
      } else {
        cli.push(await timed(() => validateWithCli(files)));
        excel.push(await timed(() => readWithExcelJs(files)));
      }
    }
    const readMs = median(excel);
    const validateMs = median(cli);
    // The median of each round's own ratio: a round's two sides run back to back, so a busy
    // machine slows both alike.
    const ratio = median(cli.map((ms, k) => ms / excel[k]));
    return { files: count, rows, rounds, readMs, validateMs, ratio, budget: BUDGET, withinBudget: ratio <= BUDGET };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export function formatCliBench(b: CliBench): string {
  const verdict = b.withinBudget ? 'OK' : 'OVER BUDGET';
  return (
    `CLI: ${b.files} files, ${b.rows} rows — ExcelJS alone ${b.readMs.toFixed(0)} ms, ` +
    `psheet validate ${b.validateMs.toFixed(0)} ms (medians of ${b.rounds} rounds) → ${b.ratio.toFixed(2)}× (budget ${b.budget}×) ${verdict}`
  );
}

if (require.main === module) {
  benchCli().then(
    (b) => console.log(formatCliBench(b)),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    },
  );
}
