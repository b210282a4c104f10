import { readFileSync } from 'fs';
import path from 'path';
import { SheetTable } from '../../src/core/table';
import { openXlsx, readSheet } from '../../src/host/file/xlsx';

export const FIXTURE_XLSX = path.join(__dirname, '..', 'fixtures', 'welfare-r7.xlsx');
export const FIXTURE_JSON = path.join(__dirname, '..', 'fixtures', 'welfare-r7.json');

/** The real department sheet, read with the product's own file layer. */
export async function fixtureTable(): Promise<SheetTable> {
  const book = openXlsx(new Uint8Array(readFileSync(FIXTURE_XLSX)));
  const read = readSheet(book, book.activeSheet);
  const table: SheetTable = { sheetName: read.sheetName, rows: read.rows };
  if (read.hiddenRows) table.hiddenRows = read.hiddenRows;
  return table;
}
