import { DEFAULT_CONFIG } from '../../../src/core/config';
import { detectHeader } from '../../../src/core/header';
import { insertionRows, planInsertion } from '../../../src/core/insert-month';
import { SheetCell, SheetTable } from '../../../src/core/table';
import { cell, HEADER, RowInput, sheet, soundRow, twoRowSheet } from '../../helpers/sheet';

const progressCol = HEADER.indexOf('進捗状況及び課題');
const row = (values: RowInput): (SheetCell | null)[] => HEADER.map((h) => cell(values[h]));
const mergedAcross = (text: string, at: string): (SheetCell | null)[] => [{ value: text }, ...HEADER.slice(1).map(() => ({ value: text, mergedFrom: at }))];

describe('insertionRows feeding planInsertion', () => {
  test('one row per initiative, with No., 取組名, 年度計画 and flags; error and formula cells are never changed', () => {
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

describe('insertion with the row model (DESIGN.md section 2)', () => {
  /**
   * Title, header (row 2), section merged across (3), initiative No.1 (4), unused template row with
   * a No. formula and 所管部 copied down (5), note (6), section in the No. column (7), the header
   * repeated (8), initiative No.2 (9, hidden), initiative No.3 (10).
   */
  function departmentSheet(): SheetTable {
    const t = sheet([]);
    t.rows.push(
      mergedAcross('１　行政経営', 'A3'),
      row(soundRow({ 'No.': 1 })),
      HEADER.map((h) => (h === 'No.' ? { value: 2, formula: 'ROW()-3' } : h === '所管部' ? cell('福祉部') : null)),
      row({ 'No.': '※記入例です' }),
      row({ 'No.': '２　福祉' }),
      HEADER.map((h) => cell(h)),
      row(soundRow({ 'No.': 2, 取組名: '終了した取組' })),
      row(soundRow({ 'No.': 3, 取組名: '見守り' })),
    );
    t.hiddenRows = [8];
    return t;
  }
  const rowsOf = (t: SheetTable) => insertionRows(t, detectHeader(t, DEFAULT_CONFIG)!);

  test('only initiatives are offered: never section, template, note or header rows', () => {
    const rows = rowsOf(departmentSheet());
    expect(rows.map((r) => [r.address, r.no, r.hidden])).toEqual([
      ['M4', 1, undefined],
      ['M9', 2, true],
      ['M10', 3, undefined],
    ]);
  });

  test('hidden initiatives are skipped with reason hidden, in both languages', () => {
    const plan = planInsertion(rowsOf(departmentSheet()), 11);
    expect(plan.changes.map((c) => [c.address, c.line])).toEqual([
      ['M4', '11月:'],
      ['M10', '11月:'],
    ]);
    expect(plan.skipped).toEqual([
      expect.objectContaining({
        address: 'M9',
        row: 9,
        no: 2,
        initiative: '終了した取組',
        reason: 'hidden',
        message: {
          ja: '非表示の行です（終了した取組と見なして追加しません）',
          en: 'hidden row (taken for a finished initiative: not changed)',
        },
      }),
    ]);
  });

  test('includeHidden adds lines to hidden initiatives too, and still none to the other rows', () => {
    const plan = planInsertion(rowsOf(departmentSheet()), 11, undefined, { includeHidden: true });
    expect(plan.changes.map((c) => c.address)).toEqual(['M4', 'M9', 'M10']);
    expect(plan.skipped).toEqual([]);
  });

  test('a hidden row that is not an initiative is not offered at all', () => {
    const t = departmentSheet();
    t.hiddenRows = [4, 5];
    expect(rowsOf(t).map((r) => r.address)).toEqual(['M4', 'M9', 'M10']);
    expect(planInsertion(rowsOf(t), 11, undefined, { includeHidden: true }).changes.map((c) => c.address)).toEqual(['M4', 'M9', 'M10']);
  });

  test('on the template’s two-row header, data from row 5', () => {
    const t = twoRowSheet([soundRow({ 'No.': 1 })], 'resolved');
    t.rows.push(row({ 'No.': 2 }), row({ 'No.': '※記入例' }));
    expect(rowsOf(t).map((r) => r.address)).toEqual(['M5']);
  });

  test('the new line follows the cell’s label style', () => {
    const t = sheet([soundRow({ 進捗状況及び課題: '【4月】a\n【5月】b' }), soundRow({ 'No.': 2, 進捗状況及び課題: '４月：a\n５月：b' })]);
    expect(planInsertion(rowsOf(t), 6).changes.map((c) => c.line)).toEqual(['【6月】', '６月：']);
  });
});
