import { resolveConfig } from '../../../src/core/config';
import { SheetTable } from '../../../src/core/table';
import { validateSheet } from '../../../src/core/validate';
import { cell, HEADER, ruleTester, sheet, soundRow } from '../../helpers/sheet';

/** `blank` rows of notes, then the header and one sound row. */
const headerAfter = (notes: number, name = 'S'): SheetTable => {
  const t = sheet([soundRow()]);
  return { sheetName: name, rows: [...Array.from({ length: notes }, (_, i) => [cell(`メモ ${i + 1}`)]), ...t.rows.slice(1)] };
};
const notFound = (sheetName: string, rows = 15) => ({
  ja: `シート「${sheetName}」の先頭${rows}行に見出し行（No.・取組名・進捗状況及び課題 など）が見つかりません`,
  en: `No header row (No., 取組名, 進捗状況及び課題, …) in the first ${rows} rows of sheet "${sheetName}"`,
});

ruleTester('header-not-found', {
  valid: [
    { name: 'a header on row 2', row: {} },
    { name: 'a header on row 15, the last row searched', table: headerAfter(14) },
    { name: 'the configuration searches further', table: headerAfter(18), config: resolveConfig({ headerSearchRows: 20 }) },
    { name: 'a header with only three template names is a header', header: ['No.', '取組名', '進捗状況及び課題'], noData: false },
  ],
  invalid: [
    { name: 'a sheet of notes', table: { sheetName: 'メモ', rows: Array.from({ length: 20 }, (_, i) => [cell(`メモ ${i}`)]) }, issues: [notFound('メモ')] },
    { name: 'a header on row 16 is too late', table: headerAfter(15, '福祉部'), issues: [notFound('福祉部')] },
    { name: 'an empty sheet', table: { sheetName: '表紙', rows: [] }, issues: [notFound('表紙')] },
    { name: 'two template names are not a header', table: sheet([soundRow()], ['No.', '取組名', '備考']), issues: [notFound('Sheet1')] },
    { name: 'the configured number of rows', table: headerAfter(8, 'S'), config: resolveConfig({ headerSearchRows: 5 }), issues: [notFound('S', 5)] },
  ],
});

describe('header-not-found: nothing else is checked', () => {
  test.each(['ja', 'en'] as const)('one issue and no data rows (%s)', (lang) => {
    const rows = [...Array.from({ length: 16 }, () => [cell('x')]), HEADER.map((h) => cell(h))];
    const r = validateSheet({ sheetName: 'S', rows }, { month: 10, lang, otherSheets: ['R7'] });
    expect(r.issues.map((i) => [i.code, i.severity, i.message])).toEqual([['header-not-found', 'error', notFound('S')[lang]]]);
    expect(r).toMatchObject({ headerRow: undefined, dataRows: 0, valid: false, otherSheets: ['R7'] });
  });
});
