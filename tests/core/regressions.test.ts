/**
 * Bugs found by the rule tests in src/core, kept as regression tests: each failed before its fix.
 */
import { DEFAULT_CONFIG, resolveConfig } from '../../src/core/config';
import { ColumnKey } from '../../src/core/columns';
import { detectHeader, headerMatcher } from '../../src/core/header';
import { insertionRows, planInsertion } from '../../src/core/insert-month';
import { classifyRow } from '../../src/core/rows';
import { chooseScale } from '../../src/core/scale';
import { SheetCell } from '../../src/core/table';
import { validateSheet } from '../../src/core/validate';
import { fiscalYearOf } from '../../src/core/fiscal-year';
import { HEADER, issuesWithCode, sheet, soundRow } from '../helpers/sheet';

describe('BUG 1 — src/core/scale.ts chooseScale: "the preset that covers most" counts distinct symbols, not cells', () => {
  // scale.ts says: "else the preset that covers most of them" (of the non-blank 進捗度 cells).
  const symbols = ['→', '→', '→', '◎', '○'];

  test('three → and one each of ◎ ○: arrows cover 3 of 5 cells, circles 2', () => {
    expect(chooseScale(DEFAULT_CONFIG, symbols).name).toBe('arrows'); // got 'circles'
  });

  test('so the sheet gets 2 symbol-invalid (◎, ○), not 3 (every →)', () => {
    const t = sheet(symbols.map((s, i) => soundRow({ 'No.': i + 1, 進捗度: s })));
    expect(issuesWithCode('symbol-invalid', t).map((i) => i.cell)).toEqual(['L6', 'L7']); // got ['L3', 'L4', 'L5']
  });
});

describe('BUG 2 — src/core/scale.ts chooseScale: with no symbol at all, the configured cannot-be-assessed value is dropped', () => {
  const config = resolveConfig({ symbols: { allowNotAssessable: true } });
  const blankSheet = () => sheet([soundRow({ 進捗度: '' })]);

  test('symbol-missing offers - when the configuration allows it, even on a sheet with every 進捗度 blank', () => {
    const [issue] = issuesWithCode('symbol-missing', blankSheet(), { config });
    // got: 'L3: 進捗度が空欄です。↗（計画以上）・→（計画どおり）・↘（遅れ）のいずれかを記入してください'
    expect(issue.message).toBe('L3: 進捗度が空欄です。↗（計画以上）・→（計画どおり）・↘（遅れ）・-（評価できない）のいずれかを記入してください');
  });

  test('the report’s scale lists it', () => {
    // got symbols ['↗', '→', '↘']
    expect(validateSheet(blankSheet(), { month: 10, config }).scale).toEqual({ name: 'arrows', symbols: ['↗', '→', '↘', '-'], source: 'default' });
  });
});

describe('BUG 3 (borderline) — src/core/rows.ts classifyRow: a section number in the No. column with its title merged across is taken for an unused template row', () => {
  const keyOf = new Map<number, ColumnKey>(DEFAULT_CONFIG.columns.map((c, i) => [i, c.key]));
  const matcher = headerMatcher(DEFAULT_CONFIG.columns);
  const W = HEADER.length;

  test('1 | 行政経営 (merged B…N) is a section title', () => {
    const row: (SheetCell | null)[] = [{ value: 1 }, { value: '行政経営' }, ...Array.from({ length: W - 2 }, () => ({ value: '行政経営', mergedFrom: 'B3' }))];
    expect(classifyRow(row, keyOf, matcher)).toBe('section'); // got 'template'
  });

  test('so its initiatives are grouped under it', () => {
    const t = sheet([soundRow({ 'No.': 1 })]);
    t.rows.splice(2, 0, [{ value: 1 }, { value: '行政経営' }, ...Array.from({ length: W - 2 }, () => ({ value: '行政経営', mergedFrom: 'B3' }))]);
    expect(validateSheet(t, { month: 10 }).skippedRows).toEqual([{ row: 3, kind: 'section', text: '行政経営' }]); // got [{ row: 3, kind: 'template' }]
  });
});

describe('BUG 4 — src/core/insert-month/rows.ts: InsertionRowsOptions.includeHidden is declared ("Offer hidden initiatives too") but never read', () => {
  test('insertionRows(table, header, { includeHidden: true }) lets the hidden initiative get its line', () => {
    const t = { ...sheet([soundRow({ 'No.': 1 }), soundRow({ 'No.': 2 })]), hiddenRows: [3] };
    const rows = insertionRows(t, detectHeader(t, DEFAULT_CONFIG)!);
    // got ['M3']: the rows still carry hidden: true and planInsertion skips them unless told again.
    expect(planInsertion(rows, 11).changes.map((c) => c.address)).toEqual(['M3']);
    expect(planInsertion(rows, 11, undefined, { includeHidden: true }).changes.map((c) => c.address)).toEqual(['M3', 'M4']);
  });
});

describe('BUG 5 — src/core/fiscal-year.ts fiscalYearOf: a date above the header (令和8年1月末時点) is read as fiscal year R8', () => {
  // January 2026 falls in fiscal year R7 (April 2025 – March 2026).
  test('the fiscal year of a title dated 令和8年1月 is 2025 (or none), not 2026', () => {
    expect(fiscalYearOf('取組実施プロセスシート（令和8年1月末時点）')).not.toBe(2026); // got 2026
  });

  test('so a sound sheet of 令和7年/令和8年 labels gets no month-missing', () => {
    const t = sheet([soundRow({ 進捗状況及び課題: '令和7年4月:a\n令和7年5月~12月:b\n令和8年1月:c' })], HEADER, '取組実施プロセスシート（令和8年1月末時点）');
    // got month-missing for 4月〜1月: every label is taken for another fiscal year
    expect(issuesWithCode('month-missing', t, { month: 1 })).toEqual([]);
  });
});
