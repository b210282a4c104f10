import { HeaderInfo } from '../header';
import { address, cellText, isBlank, SheetTable } from '../table';
import { InsertionRow } from './plan-insertion';

/**
 * The progress cells of a sheet offered for insertion, one per data row: plain text, formula
 * and error flags, the row's No., 取組名 and 年度計画. Cells covered by a merge (not its top-left) are left out.
 */
export function insertionRows(table: SheetTable, header: HeaderInfo): InsertionRow[] {
  const progress = header.columns.progress;
  if (progress === undefined) return [];
  const col = (key: keyof HeaderInfo['columns']) => header.columns[key];
  const rows: InsertionRow[] = [];
  for (let r = header.dataStart; r < table.rows.length; r++) {
    const row = table.rows[r] ?? [];
    if (!row.some((c) => !isBlank(c))) continue;
    const cell = row[progress];
    if (cell?.mergedFrom) continue;
    const no = col('no') !== undefined ? row[col('no')!] : undefined;
    const initiative = col('initiative') !== undefined ? cellText(row[col('initiative')!]).trim() : '';
    rows.push({
      address: address(r, progress),
      row: r + 1,
      no: no && !isBlank(no) ? (typeof no.value === 'number' ? no.value : cellText(no).trim()) : undefined,
      initiative: initiative || undefined,
      text: cell?.error !== undefined ? cell.error : (cell?.value ?? null),
      isFormula: cell?.formula !== undefined,
      isError: cell?.error !== undefined,
      planText: col('plan') !== undefined ? cellText(row[col('plan')!]) : undefined,
    });
  }
  return rows;
}
