import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readdirSync, readFileSync, copyFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { buildCli, FIXTURE, psheet, STACK_LINE } from './cli-harness';

const PROGRESS_COL = 13; // M

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function text(v: ExcelJS.CellValue): string {
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return v === null || v === undefined ? '' : String(v);
}

/** Every cell of every sheet as address → value and style, except the cells named. */
function cells(wb: ExcelJS.Workbook, except: Set<string> = new Set()): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const key = `${ws.name}!${cell.address}`;
        if (!except.has(key)) out.set(key, [cell.value, cell.style]);
      }),
    );
  }
  return out;
}

function layout(wb: ExcelJS.Workbook) {
  return wb.worksheets.map((ws) => ({
    name: ws.name,
    merges: (ws.model as { merges?: string[] }).merges?.slice().sort(),
    widths: ws.columns?.map((c) => c.width),
    heights: Array.from({ length: ws.rowCount }, (_, i) => ws.getRow(i + 1).height),
  }));
}

describe('psheet insert-month', () => {
  let dir: string;
  beforeAll(() => {
    buildCli();
    dir = mkdtempSync(path.join(os.tmpdir(), 'psheet-insert-'));
  });

  test('--month 11 adds one 11月: line to each of the 11 progress cells, and nothing else changes', async () => {
    const out = path.join(dir, 'm11.xlsx');
    const r = psheet(['insert-month', FIXTURE, '--month', '11', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('11 件追加しました');
    const [before, after] = [await load(FIXTURE), await load(out)];
    const ws0 = before.worksheets[0];
    const ws1 = after.worksheets[0];
    const changed = new Set<string>();
    for (let row = 5; row <= 15; row++) {
      const old = text(ws0.getRow(row).getCell(PROGRESS_COL).value);
      expect(text(ws1.getRow(row).getCell(PROGRESS_COL).value)).toBe(`${old}\n11月:`);
      changed.add(`${ws0.name}!M${row}`);
    }
    expect(cells(after, changed)).toEqual(cells(before, changed));
    expect(layout(after)).toEqual(layout(before));
    expect(readFileSync(FIXTURE).length).toBeGreaterThan(0);

    const again = psheet(['insert-month', out, '--month', '11', '--out', path.join(dir, 'm11b.xlsx')]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('0 件追加しました');
  });

  test('--month 7 changes only No.5, after its 5月 entry', async () => {
    const out = path.join(dir, 'm7.xlsx');
    const r = psheet(['insert-month', FIXTURE, '--month', '7', '--out', out, '--format', 'json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.added).toEqual([{ cell: 'M9', row: 9, no: 5, initiative: '障がい者の雇用・就労支援拠点', line: '7月:' }]);
    expect(json.skipped).toHaveLength(10);
    const m9 = text((await load(out)).worksheets[0].getCell('M9').value);
    expect(m9.split('\n').map((l) => l.slice(0, 3))).toEqual(['4月:', '5月:', '7月:']);
  });

  test('rich text keeps its runs, formulas are skipped, --in-place replaces the file and leaves no temporary file', async () => {
    const file = path.join(dir, 'rich.xlsx');
    const wb = await load(FIXTURE);
    const ws = wb.worksheets[0];
    ws.getCell('M5').value = { richText: [{ text: '4月:準備。' }, { text: '課題あり', font: { bold: true, color: { argb: 'FFFF0000' } } }, { text: '\n5月:実施' }] };
    ws.getCell('M6').value = { formula: 'A1&""', result: '4月:式' };
    await wb.xlsx.writeFile(file);
    const r = psheet(['insert-month', file, '--month', '6', '--in-place']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/M6.*数式/);
    const after = (await load(file)).worksheets[0];
    const m5 = after.getCell('M5').value as ExcelJS.CellRichTextValue;
    expect(m5.richText.map((x) => x.text)).toEqual(['4月:準備。', '課題あり', '\n5月:実施', '\n6月:']);
    expect(m5.richText[1].font?.bold).toBe(true);
    expect(m5.richText[3].font).toBeUndefined();
    expect((after.getCell('M6').value as ExcelJS.CellFormulaValue).formula).toBe('A1&""');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('a protected sheet is refused before anything is written', async () => {
    const file = path.join(dir, 'protected.xlsx');
    const wb = await load(FIXTURE);
    await wb.worksheets[0].protect('', {});
    await wb.xlsx.writeFile(file);
    const bytes = readFileSync(file);
    const r = psheet(['insert-month', file, '--month', '11', '--in-place']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('保護されている');
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  test.each([
    [['--month', '11'], '--out'],
    [['--month', '13', '--out', 'x.xlsx'], '1〜12'],
    [['--out', 'x.xlsx'], '--month'],
    [['--month', '11', '--out', FIXTURE], '--in-place'],
    [['--month', '11', '--out', 'x.xlsx', '--template', '報告:'], 'テンプレート'],
  ])('usage mistakes are refused: %p', (args, words) => {
    const input = path.join(dir, 'input.xlsx');
    copyFileSync(FIXTURE, input);
    const r = psheet(['insert-month', args.includes(FIXTURE) ? FIXTURE : input, ...args.map((a) => (a === 'x.xlsx' ? path.join(dir, 'x.xlsx') : a))]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(words);
    expect(existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  });
});
