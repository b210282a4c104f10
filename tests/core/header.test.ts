import { DEFAULT_CONFIG } from '../../src/core/config';
import { detectHeader } from '../../src/core/header';
import { SheetTable } from '../../src/core/table';
import { validateSheet } from '../../src/core/validate';
import { HEADER, issuesOf, MergeStyle, RowInput, sheet, soundRow, twoRowSheet } from '../helpers/sheet';

const col = (name: string) => HEADER.indexOf(name);
const report = (table: SheetTable, lang: 'ja' | 'en' = 'ja') => validateSheet(table, { month: 10, lang });

describe('header matching by name, never by position', () => {
  test('normalised names: line breaks, full width, spaces, No, a group prefix', () => {
    const header = HEADER.map((h) =>
      h === '進捗状況及び課題' ? '進捗状況\n及び課題' : h === 'No.' ? 'Ｎｏ' : h === '分野別目標' ? '総合計画 分野別目標' : h === '共同所管' ? '共同　所管' : h,
    );
    const r = soundRow();
    const row = { ...r, '進捗状況\n及び課題': r['進捗状況及び課題'], Ｎｏ: r['No.'] };
    expect(issuesOf([row], { month: 10 }, header)).toEqual([]);
    const info = detectHeader(sheet([row], header), DEFAULT_CONFIG)!;
    expect(info.columns).toMatchObject({ no: 0, fieldGoal: 3, progress: 12, coOwner: 13 });
    expect(info.written[12]).toBe('進捗状況\n及び課題');
  });

  test('columns in another order are found by name', () => {
    const header = [...HEADER].reverse();
    const info = detectHeader(sheet([soundRow()], header), DEFAULT_CONFIG)!;
    expect(info.columns.no).toBe(13);
    expect(info.columns.progress).toBe(1);
    expect(issuesOf([soundRow()], { month: 10 }, header).map((i) => i.code)).toEqual(['column-order']);
  });

  test('a single 総合計画 column is the 総合計画 column (分野別目標 and 計画施策 both)', () => {
    const header = HEADER.flatMap((h) => (h === '分野別目標' ? ['総合計画'] : h === '計画施策' ? [] : [h]));
    const info = detectHeader(sheet([soundRow()], header), DEFAULT_CONFIG)!;
    expect(info.combinedGroup).toBe(3);
    expect(info.columns.fieldGoal).toBe(3);
    expect(info.columns.policy).toBeUndefined();
    expect(info.unknown).toEqual([]);
  });
});

describe('one-row and two-row headers (DESIGN.md section 2)', () => {
  test('one-row header: row 2, data from row 3', () => {
    const info = detectHeader(sheet([soundRow()]), DEFAULT_CONFIG)!;
    expect([info.row, info.rowCount, info.dataStart]).toEqual([1, 1, 2]);
    expect(report(sheet([soundRow()]))).toMatchObject({ headerRow: 2, dataRows: 1, issues: [] });
  });

  test.each<[MergeStyle, number]>([
    // Resolved merges repeat every name on row 4: that row names the columns, 総合計画 above it is a group.
    ['resolved', 4],
    // Blank covered cells, or no merges: row 3 names the columns, row 4 adds the two leaves.
    ['blank', 3],
    ['none', 3],
  ])('two-row header with 総合計画 over 分野別目標/計画施策, merges %s: data from row 5', (merges, headerRow) => {
    const table = twoRowSheet([soundRow(), soundRow({ 'No.': 2, 進捗度: '' })], merges);
    const info = detectHeader(table, DEFAULT_CONFIG)!;
    expect(info.dataStart).toBe(4);
    expect(info.columns).toMatchObject({ no: 0, fieldGoal: 3, policy: 4, progress: 12 });
    expect(info.unknown).toEqual([]);
    const r = report(table);
    expect(r.headerRow).toBe(headerRow);
    expect(r.dataRows).toBe(2);
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([['symbol-missing', 'L6']]);
  });

  test('a leaf under a column that is not a group is written `top/leaf`', () => {
    const table = twoRowSheet([soundRow()], 'none', [...HEADER, '備考']);
    table.rows[3][14] = { value: '前年度' };
    const info = detectHeader(table, DEFAULT_CONFIG)!;
    expect(info.rowCount).toBe(2);
    expect(info.unknown).toEqual([{ col: 14, text: '備考/前年度' }]);
  });
});

describe('a row that merely repeats a header word is data, not a second header line', () => {
  /** The sheet's only initiative has the bare word 「概要」 as 取組の概要 (an alias of the column). */
  const only = (overrides: RowInput) => sheet([soundRow({ 取組の概要: '概要', ...overrides })]);

  test('one-row header: the initiative right under it is validated', () => {
    const info = detectHeader(only({}), DEFAULT_CONFIG)!;
    expect([info.rowCount, info.dataStart]).toEqual([1, 2]);
    expect(report(only({}))).toMatchObject({ headerRow: 2, dataRows: 1, issues: [] });
    const defect = report(only({ 進捗度: '' }), 'en');
    expect(defect.issues.map((i) => [i.code, i.cell, i.no])).toEqual([['symbol-missing', 'L3', 1]]);
  });

  test('a sparse initiative with 「概要」 is still data', () => {
    const table = sheet([{ 'No.': 1, 取組名: '見守り', 取組の概要: '概要' }]);
    const r = report(table);
    expect(r.dataRows).toBe(1);
    expect(r.issues.filter((i) => i.code === 'required-empty').map((i) => i.cell)).toEqual(['B3', 'C3', 'J3', 'K3', 'M3']);
  });

  test('several header words in one row (取組名 「取組名」, 年度計画 「計画」) are still data', () => {
    const table = sheet([soundRow({ 取組名: '取組名', 取組の概要: '概要', 年度計画: '計画', 進捗度: '' })]);
    const r = report(table);
    expect(r.dataRows).toBe(1);
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([['symbol-missing', 'L3']]);
    expect(r.issues[0].initiative).toBe('取組名');
  });

  test('two-row header: the initiative under it with 「概要」 is validated', () => {
    for (const merges of ['resolved', 'blank', 'none'] as const) {
      const r = report(twoRowSheet([soundRow({ 取組の概要: '概要', 進捗度: '' })], merges));
      expect(r.dataRows).toBe(1);
      expect(r.issues.map((i) => [i.code, i.cell])).toEqual([['symbol-missing', 'L5']]);
    }
  });

  test('the column of 「概要」 keeps its place', () => {
    const info = detectHeader(only({}), DEFAULT_CONFIG)!;
    expect(info.columns.overview).toBe(col('取組の概要'));
  });
});
