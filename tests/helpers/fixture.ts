import path from 'path';
import { openWorkbook } from '../../src/host/file/open-workbook';
import { worksheetToTable } from '../../src/host/file/read-xlsx';
import { SheetTable } from '../../src/core/table';

export const FIXTURE_XLSX = path.join(__dirname, '..', 'fixtures', 'welfare-r7.xlsx');
export const FIXTURE_JSON = path.join(__dirname, '..', 'fixtures', 'welfare-r7.json');

export async function fixtureTable(): Promise<SheetTable> {
  const wb = await openWorkbook(FIXTURE_XLSX);
  return worksheetToTable(wb.worksheets[0]);
}
