import { consolidate, ConsolidationInput, outText } from '../../../src/core/consolidate';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { SheetCell, SheetTable } from '../../../src/core/table';
import { FileReport } from '../../../src/core/types';
import { validateSheet } from '../../../src/core/validate';
import { HEADER, soundRow, RowInput } from '../../helpers/sheet';

const c = (v: SheetCell['value'] | undefined, extra: Partial<SheetCell> = {}): SheetCell | null => (v === undefined || v === null ? null : { value: v, ...extra });

/** A sheet with a title row, the given header, and rows (values by header name; cells by index when given as SheetCell). */
function table(name: string, header: string[], rows: RowInput[], extra: (SheetCell | null)[][] = []): SheetTable {
  return { sheetName: name, rows: [[c('R7取組実施プロセスシート')], header.map((h) => c(h)), ...rows.map((r) => header.map((h) => c(r[h]))), ...extra] };
}

function input(file: string, t: SheetTable): ConsolidationInput {
  return { file, table: t, report: validateSheet(t, { month: 10, file }) };
}

const unreadable: ConsolidationInput = {
  file: 'broken.xlsx',
  report: {
    file: 'broken.xlsx',
    dataRows: 0,
    valid: false,
    summary: { error: 1, warning: 0, info: 0 },
    stats: { issues: 1, byCode: { 'file-unreadable': 1 } },
    issues: [{ code: 'file-unreadable', severity: 'error', message: 'broken.xlsx: ファイルが壊れています' }],
  } satisfies FileReport,
};

describe('consolidate', () => {
  const welfare = table('福祉', HEADER, [soundRow({ 'No.': 1, 取組名: '見守り' }), soundRow({ 'No.': 2, 取組名: '就労支援', 進捗度: '↘' })]);
  // Another department: columns reordered, one extra column, 共同所管 absent, a section title and a template row.
  const reordered = ['No.', '取組名', '所管部', '課', '進捗状況及び課題', '進捗度', '年度計画', '年度目標', '備考'];
  const health = table(
    '健康',
    reordered,
    [
      soundRow({ 'No.': 1, 所管部: '健康部', 課: '健康増進課', 取組名: '健診の受診勧奨', 備考: '重点' }),
      soundRow({ 'No.': 2, 所管部: '健康部', 課: '健康増進課', 取組名: '見守り', 進捗度: '', 進捗状況及び課題: '4月:a' }),
    ],
    [[c('２　健康づくり'), ...Array.from({ length: 8 }, () => ({ value: '２　健康づくり', mergedFrom: 'A5' }) as SheetCell)], [c(3, { formula: 'ROW()-4' }), null, c('健康部')]],
  );
  health.hiddenRows = [3];
  const result = consolidate([input('welfare.xlsx', welfare), input('health.xlsx', health), unreadable], DEFAULT_CONFIG);

  test('every initiative once, each value under the right header, template columns first, then the others, then the sources', () => {
    expect(result.all.header).toEqual([...HEADER, '備考', '非表示', '出典ファイル', '出典シート', '出典行']);
    expect(result.all.rows).toHaveLength(4);
    const col = (name: string) => result.all.header.indexOf(name);
    const byName = (n: string) => result.all.rows.filter((r) => r[col('取組名')] === n);
    expect(byName('健診の受診勧奨')[0][col('所管部')]).toBe('健康部');
    expect(byName('健診の受診勧奨')[0][col('備考')]).toBe('重点');
    expect(byName('健診の受診勧奨')[0][col('出典ファイル')]).toBe('health.xlsx');
    expect(byName('健診の受診勧奨')[0][col('出典シート')]).toBe('健康');
    expect(byName('健診の受診勧奨')[0][col('出典行')]).toBe(3);
    expect(byName('健診の受診勧奨')[0][col('共同所管')]).toBeNull();
    // The same name in two departments: two rows, never merged.
    expect(byName('見守り').map((r) => r[col('出典ファイル')])).toEqual(['welfare.xlsx', 'health.xlsx']);
    // Hidden initiatives are consolidated and marked.
    expect(byName('見守り')[1][col('非表示')]).toBe('非表示');
    // Section titles and unused template rows are not initiatives.
    expect(result.all.rows.some((r) => r.some((v) => v === '２　健康づくり'))).toBe(false);
  });

  test('values are kept exactly: numbers with their format, errors, formulas as their value', () => {
    const t = table('S', HEADER, [soundRow({ 'No.': 7 })]);
    t.rows[2][HEADER.indexOf('課')] = { value: 45931, numFmt: 'yyyy/m/d' };
    t.rows[2][HEADER.indexOf('細事業名')] = { value: null, error: '#N/A' };
    t.rows[2][HEADER.indexOf('事業名')] = { value: '合計 3件', formula: 'A1&" 3件"' };
    const r = consolidate([input('a.xlsx', t)]);
    const row = r.all.rows[0];
    expect(row[HEADER.indexOf('課')]).toEqual({ value: 45931, numFmt: 'yyyy/m/d' });
    expect(row[HEADER.indexOf('細事業名')]).toEqual({ error: '#N/A' });
    expect(row[HEADER.indexOf('事業名')]).toBe('合計 3件');
    expect(outText(row[HEADER.indexOf('課')])).toBe('45931');
  });

  test('the same initiative name in two files is reported as info, on the later file', () => {
    const dup = result.reports[1].issues.filter((i) => i.code === 'initiative-duplicate');
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ severity: 'info', cell: 'B4', no: 2, initiative: '見守り' });
    expect(dup[0].message).toContain('福祉部（welfare.xlsx No.1）');
    expect(result.reports[0].issues.filter((i) => i.code === 'initiative-duplicate')).toEqual([]);
  });

  test('集計: one row per file with department, month, counts per symbol, blanks, severities, verdict, missing months; then 合計', () => {
    const s = result.summary;
    expect(s.header).toEqual(['ファイル', 'シート', '所管部', '報告月', '取組数', '↗', '→', '↘', '空欄', 'エラー', '警告', '情報', '判定', '記入漏れ']);
    const row = (file: string) => s.rows.find((r) => r[0] === file)!;
    expect(row('welfare.xlsx')).toEqual(['welfare.xlsx', '福祉', '福祉部', 10, 2, 0, 1, 1, 0, 0, 0, 0, '提出できます', 0]);
    const h = row('health.xlsx');
    expect(h.slice(0, 9)).toEqual(['health.xlsx', '健康', '健康部', 10, 2, 0, 1, 0, 1]);
    expect(h[12]).toBe('要修正');
    expect(h[13]).toBe(1);
    expect(row('broken.xlsx')).toEqual(['broken.xlsx', null, 'broken.xlsx', null, 0, 0, 0, 0, 0, 1, 0, 0, '読めません', 0]);
    const total = s.rows[s.rows.length - 1];
    expect(total[0]).toBe('合計');
    expect(total[4]).toBe(4);
    expect(total[12]).toBe('提出できます 1 / 要修正 1 / 読めません 1');
  });

  test('点検結果: every file’s issues with the file name, sorted by file, then severity', () => {
    const rows = result.issues.rows;
    expect(result.issues.header).toEqual(['ファイル', 'シート', '重要度', 'セル', 'No.', '取組名', '内容', 'コード']);
    expect([...new Set(rows.map((r) => r[0]))]).toEqual(['broken.xlsx', 'health.xlsx', 'welfare.xlsx'].filter((f) => rows.some((r) => r[0] === f)));
    const health = rows.filter((r) => r[0] === 'health.xlsx').map((r) => r[2]);
    expect(health).toEqual([...health].sort((a, b) => ['エラー', '警告', '情報'].indexOf(String(a)) - ['エラー', '警告', '情報'].indexOf(String(b))));
    expect(rows.find((r) => r[7] === 'file-unreadable')?.[0]).toBe('broken.xlsx');
  });

  test('English names with --lang en', () => {
    const r = consolidate([input('welfare.xlsx', welfare)], DEFAULT_CONFIG, { lang: 'en' });
    expect([r.all.name, r.summary.name, r.issues.name]).toEqual(['All departments', 'Summary', 'Check results']);
    expect(r.all.header.slice(-4)).toEqual(['Hidden', 'Source file', 'Source sheet', 'Source row']);
  });

  test('data under no header and a second copy of a template column are kept in columns of their own', () => {
    const header = [...HEADER, '進捗度'];
    const t = table('S', header, [soundRow({ 'No.': 1 })]);
    t.rows[2][header.length - 1] = c('↗');
    t.rows[2][header.length + 1] = c('メモ');
    const r = consolidate([input('a.xlsx', t)]);
    expect(r.all.header).toContain('進捗度（O列）');
    expect(r.all.header).toContain('（見出しなし Q列）');
    expect(r.all.rows[0][r.all.header.indexOf('（見出しなし Q列）')]).toBe('メモ');
    expect(r.all.rows[0][r.all.header.indexOf('進捗度（O列）')]).toBe('↗');
  });
});
