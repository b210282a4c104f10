import { DEFAULT_CONFIG } from '../../../src/core/config';
import { detectHeader } from '../../../src/core/header';
import { insertionRows, planInsertion } from '../../../src/core/insert-month';
import { SheetTable } from '../../../src/core/table';
import { validateSheet } from '../../../src/core/validate';
import { HEADER, sheet, soundRow } from '../../helpers/sheet';

const progressCol = HEADER.indexOf('進捗状況及び課題');
const full = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** Labels with a year, as staff write them, and the label insert-month adds for `month` under them. */
const STYLES: { label: (m: number, y: number) => string; added: Record<number, string> }[] = [
  { label: (m, y) => `令和${y - 2018}年${m}月:`, added: { 11: '令和7年11月:', 1: '令和8年1月:' } },
  { label: (m, y) => `R${y - 2018}.${m}月：`, added: { 11: 'R7.11月：', 1: 'R8.1月：' } },
  { label: (m, y) => `【令和${full(y - 2018)}年${full(m)}月】`, added: { 11: '【令和７年１１月】', 1: '【令和８年１月】' } },
  { label: (m, y) => `${y}年${m}月\u3000`, added: { 11: '2025年11月\u3000', 1: '2026年1月\u3000' } },
  // Copied from last year's sheet (R6 on an R7 sheet): the new label has no year, so it counts.
  { label: (m, y) => `令和${y - 2019}年${m}月:`, added: { 11: '11月:', 1: '1月:' } },
];

/** An R7 sheet, one initiative a style, progress written for April to `upTo`. */
function eraSheet(upTo: number): SheetTable {
  const months = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3].slice(0, [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3].indexOf(upTo) + 1);
  const year = (m: number) => (m <= 3 ? 2026 : 2025);
  return sheet(STYLES.map((s, i) => soundRow({ 'No.': i + 1, 進捗状況及び課題: months.map((m) => `${s.label(m, year(m))}実施${m}`).join('\n') })));
}

const issues = (t: SheetTable, month: number) => validateSheet(t, { month }).issues.map((i) => [i.code, i.cell, i.months?.join(',')]);

describe('insert-month on a sheet whose labels carry a year (R7 sheet)', () => {
  test.each([
    [11, 10, '4,5,6,7,8,9,10'],
    [1, 12, '4,5,6,7,8,9,10,11,12'],
  ])('month %i after month %i: each cell gets its own year form, and validation finds only the month to fill in', (month, upTo, earlier) => {
    const table = eraSheet(upTo);
    const header = detectHeader(table, DEFAULT_CONFIG)!;
    // Before: the month is missing everywhere; the copied cell's months of another year count for nothing.
    expect(issues(table, month)).toEqual([
      ['month-missing', 'M3', `${month}`],
      ['month-missing', 'M4', `${month}`],
      ['month-missing', 'M5', `${month}`],
      ['month-missing', 'M6', `${month}`],
      ['month-missing', 'M7', `${earlier},${month}`],
    ]);
    const plan = planInsertion(insertionRows(table, header), month);
    expect(plan.skipped).toEqual([]);
    expect(plan.changes.map((c) => c.line)).toEqual(STYLES.map((s) => s.added[month]));
    for (const c of plan.changes) {
      expect(c.after).toBe(`${c.before}\n${c.line}`);
      table.rows[c.row - 1][progressCol] = { value: c.after };
    }
    // After: nothing new; the month is no longer missing anywhere, each new line is an entry to fill in.
    expect(issues(table, month)).toEqual([
      ['month-empty', 'M3', `${month}`],
      ['month-empty', 'M4', `${month}`],
      ['month-empty', 'M5', `${month}`],
      ['month-empty', 'M6', `${month}`],
      ['month-missing', 'M7', earlier],
      ['month-empty', 'M7', `${month}`],
    ]);
    // A second run adds nothing.
    expect(planInsertion(insertionRows(table, header), month).changes).toEqual([]);
  });
});
