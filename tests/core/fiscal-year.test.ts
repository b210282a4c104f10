import { detectFiscalYear, fiscalYearOf } from '../../src/core/fiscal-year';
import { SheetTable } from '../../src/core/table';
import { cell, HEADER, sheet, soundRow } from '../helpers/sheet';

describe('fiscalYearOf: the calendar year of the fiscal year’s April', () => {
  test.each<[string, number | undefined]>([
    ['R7取組実施プロセスシート', 2025],
    ['令和7年度 取組実施プロセスシート', 2025],
    ['令和７年度', 2025],
    ['Ｒ７', 2025],
    ['R07', 2025],
    ['R 8 年度', 2026],
    ['令和8年度（10月末時点）', 2026],
    ['2025年度', 2025],
    ['２０２６年度 進捗', 2026],
    ['取組実施プロセスシート', undefined],
    ['PR7 推進', undefined],
    ['CR7シート', undefined],
    ['福祉部', undefined],
    ['2025年10月作成', 2025],
    ['2026年2月作成', 2025],
    ['', undefined],
  ])('%p → %p', (text, year) => {
    expect(fiscalYearOf(text)).toBe(year);
  });
});

describe('detectFiscalYear: from the title rows above the header, else the sheet name', () => {
  test('the title row', () => {
    const t = sheet([soundRow()]);
    expect(detectFiscalYear(t, 1)).toBe(2025);
  });

  test('the department row may come between', () => {
    const t: SheetTable = { sheetName: 'S', rows: [[cell('福祉部')], [null, cell('令和8年度 取組実施プロセスシート')], HEADER.map(cell)] };
    expect(detectFiscalYear(t, 2)).toBe(2026);
  });

  test('rows from the header down are not read', () => {
    const t = sheet([soundRow({ 取組名: 'R6年度からの継続' })], HEADER, '取組実施プロセスシート');
    expect(detectFiscalYear(t, 1)).toBeUndefined();
    expect(detectFiscalYear(t, 3)).toBe(2024);
  });

  test('cells covered by a merge and long texts are not read', () => {
    const t: SheetTable = {
      sheetName: 'S',
      rows: [[cell('取組実施プロセスシート'), { value: 'R6', mergedFrom: 'A1' }], [cell('あ'.repeat(80) + ' R6')], HEADER.map(cell)],
    };
    expect(detectFiscalYear(t, 2)).toBeUndefined();
  });

  test('the sheet name when the title names no year', () => {
    const t = { ...sheet([soundRow()], HEADER, '取組実施プロセスシート'), sheetName: 'R7福祉部' };
    expect(detectFiscalYear(t, 1)).toBe(2025);
    expect(detectFiscalYear({ ...t, sheetName: 'Sheet1' }, 1)).toBeUndefined();
  });

  test('the title wins over the sheet name', () => {
    const t = { ...sheet([soundRow()], HEADER, 'R8取組実施プロセスシート'), sheetName: 'R7' };
    expect(detectFiscalYear(t, 1)).toBe(2026);
  });
});
