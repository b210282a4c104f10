import ExcelJS from 'exceljs';
import { promises as fs, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { FileReport, Report } from '../../src/core/types';
import { buildCli, CliRun, FIXTURE, psheet, ROOT, STACK_LINE } from './cli-harness';
import { brokenBytes, CITY_COLUMNS, CITY_FILE, CITY_FIRST_ROW, CITY_ROWS, CITY_SHEET, cityPlanningWorkbook, excelLockFile } from './workbooks/departments';
import { COLUMNS } from './workbooks/progress-sheet';
import { cellText, loadWorkbook, parseCsv, sheetTexts } from './workbooks/read-back';

/**
 * Issue "Consolidate department workbooks": the welfare fixture, a department that lays its sheet
 * out its own way, and a file that is not a workbook, consolidated by the built `psheet` from a
 * folder (with Excel's lock file in it) and from a list of files. The output is read back with
 * ExcelJS and compared, value by value, with the inputs and with `psheet validate` of each file.
 */

const WELFARE = 'welfare.xlsx';
const BROKEN = 'broken.xlsx';
const WELFARE_SHEET = 'R7取組実施プロセスシート';
const LONG_COLUMNS = ['取組の概要', '年度目標', '年度計画', '進捗状況及び課題'];

let tmp: string;
let depts: string;
const inputPath = (name: string) => path.join(depts, name);

/** An initiative as it should appear in 全庁集約: header → text. */
type Expected = Map<string, string>;

/** Every initiative of the readable inputs, by `file#row`. */
const expected = new Map<string, Expected>();
/** `psheet validate --format json --month 10` of each input, by file name. */
const reports = new Map<string, FileReport>();

let folderRun: CliRun;
let folderOut: string;
let book: ExcelJS.Workbook;
let csvDir: string;

async function welfareInitiatives(): Promise<void> {
  // The transcription lists the sheet's columns, A to N.
  const transcription = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'fixtures', 'welfare-r7.json'), 'utf8')) as { columns: string[]; rows: unknown[] };
  expect(transcription.columns).toEqual([...COLUMNS]);
  const ws = (await loadWorkbook(FIXTURE)).getWorksheet(WELFARE_SHEET)!;
  for (let r = 5; r < 5 + transcription.rows.length; r++) {
    const e: Expected = new Map(COLUMNS.map((name, c) => [name, cellText(ws.getRow(r).getCell(c + 1).value)]));
    e.set('備考', '');
    e.set('非表示', '');
    e.set('出典ファイル', WELFARE);
    e.set('出典シート', WELFARE_SHEET);
    e.set('出典行', String(r));
    expected.set(`${WELFARE}#${r}`, e);
  }
}

async function cityInitiatives(): Promise<void> {
  const ws = (await loadWorkbook(inputPath(CITY_FILE))).getWorksheet(CITY_SHEET)!;
  CITY_ROWS.forEach((spec, i) => {
    if (spec.kind !== 'initiative') return;
    const r = CITY_FIRST_ROW + i;
    const e: Expected = new Map(COLUMNS.map((name) => [name, '']));
    CITY_COLUMNS.forEach((c, j) => e.set(c.column, cellText(ws.getRow(r).getCell(j + 1).value)));
    e.set('非表示', spec.hidden ? '非表示' : '');
    e.set('出典ファイル', CITY_FILE);
    e.set('出典シート', CITY_SHEET);
    e.set('出典行', String(r));
    expected.set(`${CITY_FILE}#${r}`, e);
  });
}

beforeAll(async () => {
  buildCli();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'psheet-consolidate-'));
  depts = path.join(tmp, 'depts');
  await fs.mkdir(depts);
  await fs.copyFile(FIXTURE, inputPath(WELFARE));
  await cityPlanningWorkbook().xlsx.writeFile(inputPath(CITY_FILE));
  await fs.writeFile(inputPath(BROKEN), brokenBytes());
  await fs.writeFile(inputPath(`~$${WELFARE}`), excelLockFile());
  await welfareInitiatives();
  await cityInitiatives();
  for (const name of [WELFARE, CITY_FILE, BROKEN]) {
    const r = psheet(['validate', inputPath(name), '--format', 'json', '--month', '10']);
    reports.set(name, (JSON.parse(r.stdout) as Report).files[0]);
  }
  folderOut = path.join(tmp, 'city.xlsx');
  csvDir = path.join(tmp, 'csv');
  folderRun = psheet(['consolidate', depts, '--out', folderOut, '--month', '10', '--csv', csvDir]);
  book = await loadWorkbook(folderOut);
}, 120_000);

afterAll(async () => {
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

/** A sheet as records: header text → cell text, one a row under the header. */
function records(ws: ExcelJS.Worksheet): { header: string[]; rows: Map<string, string>[] } {
  const [header, ...rows] = sheetTexts(ws, ws.getRow(1).cellCount);
  return { header, rows: rows.map((r) => new Map(header.map((h, c) => [h, r[c]]))) };
}

const RANK: Record<string, number> = { エラー: 0, 警告: 1, 情報: 2 };

describe('a folder: the welfare fixture, a department laid out its own way, a broken file, a lock file', () => {
  test('exit 2 for the broken file; the others are consolidated; the lock file is skipped', () => {
    expect(folderRun.status).toBe(2);
    expect(folderRun.stderr).not.toMatch(STACK_LINE);
    expect(folderRun.stdout.split('\n')[0]).toContain('3 ファイルを集約しました: 取組 15 件');
    expect(folderRun.stdout).not.toContain('~$');
  });

  test('stdout ends with one line per department, then the tally', () => {
    const lines = folderRun.stdout.trimEnd().split('\n');
    const [broken, city, welfare, tally] = lines.slice(-4);
    expect(broken).toContain(BROKEN);
    expect(broken).toContain('読めません');
    const counts = (r: FileReport) => [`取組 ${r.dataRows}`, `エラー ${r.summary.error}`, `警告 ${r.summary.warning}`, `情報 ${r.summary.info}`];
    expect(city).toContain(`都市政策部（${CITY_FILE}）: 提出できます`);
    for (const c of counts(reports.get(CITY_FILE)!)) expect(city).toContain(c);
    expect(welfare).toContain(`福祉部（${WELFARE}）: 要修正`);
    for (const c of counts(reports.get(WELFARE)!)) expect(welfare).toContain(c);
    expect(welfare).toContain('記入漏れ 1 件');
    expect(tally).toBe('提出できます 1・要修正 1・読めません 1');
  });

  test('the workbook has the sheets 全庁集約, 集計, 点検結果', () => {
    expect(book.worksheets.map((ws) => ws.name)).toEqual(['全庁集約', '集計', '点検結果']);
  });

  test('全庁集約: every initiative once, each value under its header, section and template rows never', () => {
    const { header, rows } = records(book.getWorksheet('全庁集約')!);
    expect(header).toEqual(expect.arrayContaining([...COLUMNS, '備考', '非表示', '出典ファイル', '出典シート', '出典行']));
    expect(header.slice(0, COLUMNS.length)).toEqual([...COLUMNS]);
    expect(rows).toHaveLength(expected.size);
    const seen = new Set<string>();
    for (const row of rows) {
      const key = `${row.get('出典ファイル')}#${row.get('出典行')}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      const want = expected.get(key);
      expect(want).toBeDefined();
      // Every header, the extra column and the source columns included, and nothing under another header.
      expect(Object.fromEntries(header.map((h) => [h, row.get(h)]))).toEqual(Object.fromEntries(header.map((h) => [h, want!.get(h) ?? ''])));
    }
    expect([...seen].sort()).toEqual([...expected.keys()].sort());
    // The city sheet's section titles (rows 3, 7) and unused template rows (9, 10) are not there.
    const cityRows = rows.filter((r) => r.get('出典ファイル') === CITY_FILE).map((r) => Number(r.get('出典行')));
    expect(cityRows).toEqual([4, 5, 6, 8]);
    expect(rows.filter((r) => r.get('非表示') === '非表示').map((r) => `${r.get('出典ファイル')}#${r.get('出典行')}`)).toEqual([`${CITY_FILE}#6`]);
  });

  test('全庁集約 is formatted for reading and printing: frozen header, autofilter, print titles, A3 landscape, long columns wrapped', () => {
    const ws = book.getWorksheet('全庁集約')!;
    const width = ws.getRow(1).cellCount;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe(`A1:${ws.getRow(1).getCell(width).address.replace(/\d+$/, '')}${expected.size + 1}`);
    expect(ws.pageSetup.printTitlesRow).toBe('1:1');
    expect(ws.pageSetup.paperSize).toBe(8);
    expect(ws.pageSetup.orientation).toBe('landscape');
    const header = sheetTexts(ws, width)[0];
    for (const name of LONG_COLUMNS) {
      const c = header.indexOf(name) + 1;
      for (let r = 2; r <= expected.size + 1; r++) expect(ws.getRow(r).getCell(c).alignment?.wrapText).toBe(true);
      expect(ws.getColumn(c).width).toBeGreaterThanOrEqual(30);
    }
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
  });

  test('集計: per file, the initiatives, each 進捗度 symbol, blanks, the issues of psheet validate, the verdict and missing months; then 合計', () => {
    const { header, rows } = records(book.getWorksheet('集計')!);
    expect(header).toEqual(expect.arrayContaining(['ファイル', '取組数', '↗', '→', '↘', '空欄', 'エラー', '警告', '情報', '判定', '記入漏れ']));
    expect(rows.map((r) => r.get('ファイル'))).toEqual([BROKEN, CITY_FILE, WELFARE, '合計']);
    const numeric = ['取組数', '↗', '→', '↘', '空欄', 'エラー', '警告', '情報', '記入漏れ'];
    const totals = new Map(numeric.map((n) => [n, 0]));
    for (const row of rows.slice(0, 3)) {
      const file = row.get('ファイル')!;
      const report = reports.get(file)!;
      const mine = [...expected.values()].filter((e) => e.get('出典ファイル') === file);
      const symbols = mine.map((e) => e.get('進捗度'));
      const want: Record<string, number> = {
        取組数: mine.length,
        '↗': symbols.filter((s) => s === '↗').length,
        '→': symbols.filter((s) => s === '→').length,
        '↘': symbols.filter((s) => s === '↘').length,
        空欄: symbols.filter((s) => s === '').length,
        エラー: report.summary.error,
        警告: report.summary.warning,
        情報: report.summary.info,
        記入漏れ: new Set(report.issues.filter((i) => i.code === 'month-missing').map((i) => i.row)).size,
      };
      if (file !== BROKEN) expect(report.dataRows).toBe(mine.length);
      expect(Object.fromEntries(numeric.map((n) => [n, Number(row.get(n))]))).toEqual(want);
      for (const n of numeric) totals.set(n, totals.get(n)! + want[n]);
      const unreadable = report.issues.some((i) => i.code === 'file-unreadable');
      expect(row.get('判定')).toBe(unreadable ? '読めません' : report.valid ? '提出できます' : '要修正');
    }
    expect(rows[2].get('記入漏れ')).toBe('1');
    const total = rows[3];
    expect(Object.fromEntries(numeric.map((n) => [n, Number(total.get(n))]))).toEqual(Object.fromEntries(totals));
  });

  test('点検結果: every issue of every file, sorted by file then severity, the broken file’s file-unreadable among them', () => {
    const { header, rows } = records(book.getWorksheet('点検結果')!);
    expect(header).toEqual(expect.arrayContaining(['ファイル', '重要度', 'セル', '内容', 'コード']));
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1], rows[i]];
      const order = a.get('ファイル')!.localeCompare(b.get('ファイル')!, 'ja');
      expect(order).toBeLessThanOrEqual(0);
      if (order === 0) expect(RANK[a.get('重要度')!]).toBeLessThanOrEqual(RANK[b.get('重要度')!]);
    }
    for (const [file, report] of reports) {
      const mine = rows.filter((r) => r.get('ファイル') === file).map((r) => [r.get('コード'), r.get('セル'), r.get('内容')].join(' | '));
      const want = report.issues.map((i) => [i.code, i.cell ?? '', i.message].join(' | '));
      expect(mine.sort()).toEqual(want.sort());
    }
    const broken = rows.filter((r) => r.get('ファイル') === BROKEN);
    expect(broken).toHaveLength(1);
    expect(broken[0].get('コード')).toBe('file-unreadable');
    expect(broken[0].get('重要度')).toBe('エラー');
    expect(rows).toHaveLength([...reports.values()].reduce((n, r) => n + r.issues.length, 0));
  });

  test('--csv writes the three tables with a UTF-8 byte-order mark, the same cells as the sheets', async () => {
    expect((await fs.readdir(csvDir)).sort()).toEqual(['全庁集約.csv', '点検結果.csv', '集計.csv'].sort());
    for (const ws of book.worksheets) {
      const bytes = await fs.readFile(path.join(csvDir, `${ws.name}.csv`));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const parsed = parseCsv(bytes.subarray(3).toString('utf8'));
      const width = ws.getRow(1).cellCount;
      expect(parsed.every((r) => r.length === width)).toBe(true);
      expect(parsed).toEqual(sheetTexts(ws, width));
    }
  });
});

describe('the same files named one by one', () => {
  test('the same consolidation, in the order given', async () => {
    const out = path.join(tmp, 'by-files.xlsx');
    const r = psheet(['consolidate', inputPath(WELFARE), inputPath(CITY_FILE), inputPath(BROKEN), '--out', out, '--month', '10']);
    expect(r.status).toBe(2);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(-4, -1).map((l) => l.includes(WELFARE) || l.includes(CITY_FILE) || l.includes(BROKEN))).toEqual([true, true, true]);
    expect(lines.slice(-4, -1)[0]).toContain(WELFARE);
    const byFiles = await loadWorkbook(out);
    expect(byFiles.worksheets.map((ws) => ws.name)).toEqual(['全庁集約', '集計', '点検結果']);
    const sorted = (ws: ExcelJS.Worksheet) =>
      sheetTexts(ws, ws.getRow(1).cellCount)
        .map((row) => row.join('\u0001'))
        .sort();
    expect(sorted(byFiles.getWorksheet('全庁集約')!)).toEqual(sorted(book.getWorksheet('全庁集約')!));
    expect(sorted(byFiles.getWorksheet('点検結果')!)).toEqual(sorted(book.getWorksheet('点検結果')!));
    expect(records(byFiles.getWorksheet('集計')!).rows.map((x) => x.get('ファイル'))).toEqual([WELFARE, CITY_FILE, BROKEN, '合計']);
  });
});

describe('usage', () => {
  test('--out naming an existing file: exit 2 and the file untouched, unless --force', async () => {
    const out = path.join(tmp, 'existing.xlsx');
    await fs.writeFile(out, 'keep me');
    const args = ['consolidate', inputPath(WELFARE), inputPath(CITY_FILE), '--out', out, '--month', '10'];
    const r = psheet(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(out);
    expect(r.stderr).toContain('--force');
    expect(await fs.readFile(out, 'utf8')).toBe('keep me');
    const forced = psheet([...args, '--force']);
    expect(forced.status).toBe(1); // the welfare sheet has errors; nothing is unreadable
    expect((await loadWorkbook(out)).worksheets.map((ws) => ws.name)).toEqual(['全庁集約', '集計', '点検結果']);
  });

  test('no file: a usage error, exit 2, nothing written', async () => {
    const out = path.join(tmp, 'nothing.xlsx');
    const r = psheet(['consolidate', '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('.xlsx');
    expect(r.stderr).not.toMatch(STACK_LINE);
    await expect(fs.access(out)).rejects.toThrow();
  });

  test('--lang en: English sheet names and lines', async () => {
    const out = path.join(tmp, 'english.xlsx');
    const r = psheet(['consolidate', depts, '--out', out, '--month', '10', '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('unreadable');
    expect((await loadWorkbook(out)).worksheets.map((ws) => ws.name)).toEqual(['All departments', 'Summary', 'Check results']);
  });
});
