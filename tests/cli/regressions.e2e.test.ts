/** Bugs the CLI tests found, kept as regression tests: each failed before its fix. */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { Report } from '../../src/core/types';
import { buildCli, FIXTURE, psheet } from './cli-harness';
import { cityPlanningWorkbook } from './workbooks/departments';
import { loadWorkbook } from './workbooks/read-back';
import { exampleInFrontWorkbook, hiddenRowWorkbook } from './workbooks/situations';
import { setActiveSheet } from './workbooks/progress-sheet';

let tmp: string;
let depts: string;
let hidden: string;

beforeAll(async () => {
  buildCli();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'psheet-bugs-'));
  depts = path.join(tmp, 'depts');
  await fs.mkdir(depts);
  await fs.copyFile(FIXTURE, path.join(depts, 'welfare.xlsx'));
  await cityPlanningWorkbook().xlsx.writeFile(path.join(depts, 'toshi.xlsx'));
  hidden = path.join(tmp, 'hidden.xlsx');
  await hiddenRowWorkbook().xlsx.writeFile(hidden);
}, 120_000);

afterAll(async () => {
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

test('BUG 1: consolidate --out inside the input folder, run again with --force, consolidates its own previous output', async () => {
  const out = path.join(depts, '全庁.xlsx');
  expect(psheet(['consolidate', depts, '--out', out, '--month', '10']).status).toBe(1);
  const again = psheet(['consolidate', depts, '--out', out, '--month', '10', '--force']);
  expect(again.stdout).toContain('2 ファイルを集約しました: 取組 15 件'); // got: 3 files, 30 initiatives
  const rows = (await loadWorkbook(out)).getWorksheet('全庁集約')!.rowCount - 1;
  expect(rows).toBe(15); // got: 30
});

test('BUG 2: consolidate --csv into a folder whose CSV files exist: exit 2, yet the --out workbook was written', async () => {
  const csv = path.join(tmp, 'csv');
  expect(psheet(['consolidate', depts, '--out', path.join(tmp, 'a.xlsx'), '--csv', csv]).status).toBe(1);
  const out = path.join(tmp, 'b.xlsx');
  const r = psheet(['consolidate', depts, '--out', out, '--csv', csv]);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('--force');
  await expect(fs.access(out)).rejects.toThrow(); // got: b.xlsx exists (written before the CSV check)
});

test('BUG 3: the same file named twice with different spellings is consolidated twice', async () => {
  const file = path.join(depts, 'welfare.xlsx');
  const other = `${depts}/./welfare.xlsx`; // the same file, as a shell glob or a user may spell it
  const r = psheet(['consolidate', file, other, '--out', path.join(tmp, 'twice.xlsx'), '--month', '10']);
  expect(r.stdout).toContain('1 ファイルを集約しました: 取組 11 件'); // got: 2 files, 22 initiatives, 11 initiative-duplicate
});

test('BUG 4: the text report repeats the cell of an issue on a hidden row ("M6  M6（非表示の行）: …")', () => {
  const r = psheet(['validate', hidden, '--month', '10']);
  expect(r.stdout).toContain('非表示の行');
  expect(r.stdout).not.toMatch(/M6\s+M6/); // got: "エラー  M6  M6（非表示の行）: 8月〜10月 の記入がありません…"
});

test('BUG 5: insert-month (CLI) tells the user to tick the pane’s checkbox instead of naming --include-hidden', () => {
  const r = psheet(['insert-month', hidden, '--month', '11', '--out', path.join(tmp, 'h.xlsx'), '--format', 'json']);
  const skipped = JSON.parse(r.stdout).skipped as { reason: string; message: string }[];
  expect(skipped[0].reason).toBe('hidden');
  expect(skipped[0].message).toContain('--include-hidden'); // got: 「非表示の行にも追加」を選んでください
});

test('an active 記入例 sheet (saved while viewing the example) gives way to the real sheet', async () => {
  const wb = exampleInFrontWorkbook();
  setActiveSheet(wb, 0);
  const file = path.join(tmp, 'example-active.xlsx');
  await wb.xlsx.writeFile(file);
  const report = JSON.parse(psheet(['validate', file, '--format', 'json', '--month', '10']).stdout) as Report;
  // The active sheet wins when it has a header, unless it is the example and a real sheet exists.
  expect(report.files[0].sheet).toBe('R7取組実施プロセスシート');
  expect(report.files[0].otherSheets).toEqual(['記入例']);
});

test('BUG 6 (minor): insert-month --out LINK --force, LINK a symlink to the input, rewrites the input (the "--out cannot be the input" rule is by path string)', async () => {
  const dir = path.join(tmp, 'links');
  await fs.mkdir(dir);
  const input = path.join(dir, 'real.xlsx');
  await fs.copyFile(FIXTURE, input);
  await fs.symlink('real.xlsx', path.join(dir, 'link.xlsx'));
  const before = await fs.readFile(input);
  const r = psheet(['insert-month', input, '--month', '11', '--out', path.join(dir, 'link.xlsx'), '--force']);
  expect(r.status).toBe(2); // got: 0, and real.xlsx rewritten without the --in-place checks
  expect((await fs.readFile(input)).equals(before)).toBe(true);
});
