import { DEFAULT_CONFIG } from '../../../src/core/config';
import { detectHeader } from '../../../src/core/header';
import { insertionRows, planInsertion } from '../../../src/core/insert-month';
import { HEADER, sheet, soundRow } from '../../helpers/sheet';

describe('insertionRows feeding planInsertion', () => {
  const progressCol = HEADER.indexOf('進捗状況及び課題');

  test('one row per data row, with No., 取組名, 年度計画 and flags; error and formula cells are never changed', () => {
    const table = sheet([
      soundRow(),
      soundRow({ 'No.': 2, 取組名: '数式', 進捗状況及び課題: '4月:a' }),
      soundRow({ 'No.': 3, 取組名: 'エラー', 進捗状況及び課題: null }),
    ]);
    table.rows[3][progressCol] = { value: '4月:a', formula: 'A1&""' };
    table.rows[4][progressCol] = { value: null, error: '#N/A' };
    const header = detectHeader(table, DEFAULT_CONFIG)!;
    const rows = insertionRows(table, header);
    expect(rows.map((r) => [r.address, r.row, r.no, r.initiative, r.isFormula, r.isError])).toEqual([
      ['M3', 3, 1, 'テスト取組', false, false],
      ['M4', 4, 2, '数式', true, false],
      ['M5', 5, 3, 'エラー', false, true],
    ]);
    expect(rows[0].planText).toBe('4月:準備\n10月:評価');
    const plan = planInsertion(rows, 11);
    expect(plan.changes.map((c) => [c.address, c.after.split('\n').pop()])).toEqual([['M3', '11月:']]);
    expect(plan.skipped.map((s) => [s.address, s.reason])).toEqual([
      ['M4', 'formula'],
      ['M5', 'not-text'],
    ]);
  });
});
