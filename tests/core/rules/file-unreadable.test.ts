import { RULES, ruleFor } from '../../../src/core/rules';
import { validateSheet } from '../../../src/core/validate';
import { cell, sheet, soundRow } from '../../helpers/sheet';

/**
 * file-unreadable is reported by the file layer (CLI, consolidation), not by a row or sheet rule:
 * the rule is here for its code, severity and description, and validateSheet never gives it.
 */
describe('file-unreadable', () => {
  const rule = ruleFor('file-unreadable');

  test('exists once, with its metadata', () => {
    expect(RULES.filter((r) => r.code === 'file-unreadable')).toEqual([rule]);
    expect(rule.severity).toBe('error');
    expect(rule.description.ja).toBe('ファイルを読めない（xlsx でない・暗号化・破損・サイズ超過）');
    expect(rule.description.en).toBe('not an .xlsx, encrypted, corrupt, or over the size limits');
  });

  test('has no sheet or row check: a sheet that was read is readable', () => {
    expect(rule.sheet).toBeUndefined();
    expect(rule.row).toBeUndefined();
  });

  test.each([
    ['a sound sheet', sheet([soundRow()])],
    ['a sheet of defects', sheet([soundRow({ 'No.': 'x', 進捗度: '', 進捗状況及び課題: '??' })])],
    ['an empty sheet', { sheetName: 'S', rows: [] }],
    ['a sheet without header', { sheetName: 'S', rows: [[cell('メモ')]] }],
  ])('validateSheet never reports it: %s', (_name, table) => {
    for (const lang of ['ja', 'en'] as const) {
      expect(validateSheet(table, { month: 10, lang }).issues.filter((i) => i.code === 'file-unreadable')).toEqual([]);
    }
  });
});
