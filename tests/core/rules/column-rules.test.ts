import { HEADER, issuesOf, soundRow } from '../../helpers/sheet';
import { validateSheet } from '../../../src/core/validate';
import { SheetTable } from '../../../src/core/table';

const without = (name: string) => HEADER.filter((h) => h !== name);

describe('column-missing', () => {
  test('a required column is an error', () => {
    const issues = issuesOf([soundRow()], { month: 10 }, without('取組名')).filter((i) => i.code === 'column-missing');
    expect(issues).toHaveLength(1);
    expect(issues[0].severity).toBe('error');
    expect(issues[0].message).toContain('必須列「取組名」がありません');
  });
  test('an optional column is a warning', () => {
    const issues = issuesOf([soundRow()], { month: 10 }, without('共同所管')).filter((i) => i.code === 'column-missing');
    expect(issues.map((i) => i.severity)).toEqual(['warning']);
  });
  test('the rules of a missing column are not run', () => {
    const codes = issuesOf([soundRow()], { month: 10 }, without('進捗状況及び課題')).map((i) => i.code);
    expect(codes).toEqual(['column-missing']);
  });
});

describe('header matching by name, never by position', () => {
  test('normalised names: line breaks, full-width, spaces, No', () => {
    const header = HEADER.map((h) => (h === '進捗状況及び課題' ? '進捗状況\n及び課題' : h === 'No.' ? 'Ｎｏ' : h === '分野別目標' ? '総合計画 分野別目標' : h));
    const r = soundRow();
    const row = { ...r, '進捗状況\n及び課題': r['進捗状況及び課題'], Ｎｏ: r['No.'], '総合計画 分野別目標': 'x' };
    expect(issuesOf([row], { month: 10 }, header)).toEqual([]);
  });
  test('columns in another order are found, with one info', () => {
    const header = [...HEADER].reverse();
    const issues = issuesOf([soundRow()], { month: 10 }, header);
    expect(issues.map((i) => i.code)).toEqual(['column-order']);
    expect(issues[0].severity).toBe('info');
  });
  test('an unknown column is kept and reported as info', () => {
    const issues = issuesOf([soundRow()], { month: 10 }, [...HEADER, '備考']);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['column-unknown', 'O2']]);
  });
  test('a duplicated column is an error on the second', () => {
    const issues = issuesOf([soundRow()], { month: 10 }, [...HEADER, '取組名']);
    expect(issues.map((i) => [i.code, i.cell, i.severity])).toEqual([['column-duplicate', 'O2', 'error']]);
  });
});

describe('two-row headers', () => {
  const leaf = HEADER.map((h) => ({ value: h }));
  const top = HEADER.map((h) => ({ value: h === '分野別目標' || h === '計画施策' ? '総合計画' : h }));
  const data = HEADER.map((h) => ({ value: soundRow()[h] ?? null }));
  test('merged group header with vertically merged others (merges resolved)', () => {
    const table: SheetTable = { sheetName: 'S', rows: [[{ value: 'R7取組実施プロセスシート' }], [{ value: '福祉部' }], top, leaf, data] };
    const r = validateSheet(table, { month: 10 });
    expect(r.issues).toEqual([]);
    expect(r.dataRows).toBe(1);
  });
  test('leaf row written without the vertical merges', () => {
    const sparse = HEADER.map((h) => (h === '分野別目標' || h === '計画施策' ? { value: h } : null));
    const table: SheetTable = { sheetName: 'S', rows: [[{ value: 'R7取組実施プロセスシート' }], top, sparse, data] };
    const r = validateSheet(table, { month: 10 });
    expect(r.issues).toEqual([]);
    expect(r.headerRow).toBe(2);
    expect(r.dataRows).toBe(1);
  });
});

describe('header-not-found', () => {
  test('no header in the first 15 rows', () => {
    const rows = Array.from({ length: 20 }, (_, i) => [{ value: `メモ ${i}` }]);
    const r = validateSheet({ sheetName: 'メモ', rows }, { month: 10 });
    expect(r.issues.map((i) => i.code)).toEqual(['header-not-found']);
    expect(r.issues[0].message).toContain('シート「メモ」');
  });
  test('a header on row 16 is too late', () => {
    const rows = [...Array.from({ length: 15 }, () => [{ value: 'x' }]), HEADER.map((h) => ({ value: h }))];
    expect(validateSheet({ sheetName: 'S', rows }, { month: 10 }).issues[0].code).toBe('header-not-found');
  });
  test('an empty sheet', () => {
    expect(validateSheet({ sheetName: 'S', rows: [] }).issues[0].code).toBe('header-not-found');
  });
});
