/**
 * Other programs open the workbook: LibreOffice converts its first sheet to CSV (when soffice is installed; else
 * ExcelJS reads it), and Python's zipfile finds every CRC right.
 */
import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { writeWorkbook, type NewCell, type NewSheet } from '../../../src/host/file/new-workbook';
import { FIXED_DATE, pythonWith, readWithExcelJS, runPythonJson } from './helpers';

const HEADER = ['部署', '取組名', '進捗度', '進捗状況及び課題', '更新日', '件数'];
const rows: NewCell[][] = [HEADER];
for (let i = 1; i <= 40; i++) {
  rows.push([
    `部署${String(i).padStart(2, '0')}`,
    `地域防災力の向上 その${i}`,
    ['○', '△', '×'][i % 3],
    `4月:自主防災組織の訓練を実施した。\n5月:避難所運営マニュアルを改訂した。${'関係機関と協議した。'.repeat(i % 5)}`,
    { value: 45931 + i, numFmt: 'yyyy/m/d' },
    i * 3,
  ]);
}
rows.push(['=SUM(F2:F41)', '+81', null, null, null, 2460]);
const SHEETS: NewSheet[] = [
  {
    name: '全庁集約',
    rows,
    headerRows: 1,
    autoFilter: true,
    columns: [{ width: 10 }, { width: 30, wrap: true }, {}, { width: 60, wrap: true }],
    emphasisRows: [40],
  },
  {
    name: '集計',
    rows: [
      ['ファイル', '取組数'],
      ['総務課.xlsx', 40],
    ],
    headerRows: 1,
  },
  { name: '検証結果', rows: [['問題は見つかりませんでした。']] },
];
const bytes = writeWorkbook(SHEETS, { created: FIXED_DATE });

const soffice = spawnSync('which', ['soffice'], { encoding: 'utf8' }).stdout.trim();

test(
  soffice ? 'LibreOffice converts the first sheet to CSV with its Japanese text' : 'ExcelJS reads the first sheet (soffice is not installed)',
  async () => {
    if (!soffice) {
      const ws = (await readWithExcelJS(bytes)).worksheets[0];
      expect(ws.getCell('B2').value).toBe('地域防災力の向上 その1');
      expect(ws.getCell('A42').value).toBe('=SUM(F2:F41)');
      return;
    }
    const dir = mkdtempSync(path.join(os.tmpdir(), 'xlsx-writer-'));
    try {
      const file = path.join(dir, 'book.xlsx');
      writeFileSync(file, bytes);
      // 44,34,76: comma, double quotes, UTF-8.
      execFileSync(
        soffice,
        ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, file, '-env:UserInstallation=file:///tmp/lo-xlsx-writer'],
        {
          stdio: 'ignore',
          timeout: 120_000,
        },
      );
      const csv = readFileSync(path.join(dir, 'book.csv'), 'utf8');
      const lines = csv.split(/\r?\n(?=(?:[^"]*"[^"]*")*[^"]*$)/);
      expect(lines[0]).toBe(HEADER.join(','));
      expect(lines[1]).toBe(
        '部署01,地域防災力の向上 その1,△,"4月:自主防災組織の訓練を実施した。\n5月:避難所運営マニュアルを改訂した。関係機関と協議した。",2025/10/2,3',
      );
      // Text that looks like a formula stays text; the number is the one written, not a sum LibreOffice computed.
      expect(lines[41]).toBe('=SUM(F2:F41),+81,,,,2460');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  150_000,
);

test('Python zipfile: every entry passes testzip', () => {
  const python = pythonWith('zipfile');
  if (!python) throw new Error('python3 is required by this test (the machine has it)');
  const r = runPythonJson<{ bad: string | null; names: string[] }>(
    python,
    'import io, json, sys, zipfile\nz = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))\nprint(json.dumps({"bad": z.testzip(), "names": z.namelist()}))',
    bytes,
  );
  expect(r.bad).toBeNull();
  expect(r.names).toContain('xl/worksheets/sheet3.xml');
  expect(r.names).toHaveLength(11);
});
