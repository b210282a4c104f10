import { Config, DEFAULT_CONFIG } from '../config';
import { detectFiscalYear } from '../fiscal-year';
import { HeaderInfo, headerMatcher } from '../header';
import { classifyRows } from '../rows';
import { address, cellText, isBlank, SheetTable } from '../table';
import { InsertionRow } from './plan-insertion';

export interface InsertionRowsOptions {
  config?: Config;
}

/**
 * The progress cells of a sheet offered for insertion, one per initiative (the row model of
 * rows.ts: section titles, unused template rows and notes get no month lines): plain text,
 * formula and error flags, the row's No., 取組名 and 年度計画, the sheet's fiscal year when
 * written. Cells covered by a merge (not its top-left) are left out. Hidden initiatives come
 * with `hidden: true`; planInsertion skips them (saying so in the preview) unless its
 * `includeHidden` option is set.
 */
export function insertionRows(table: SheetTable, header: HeaderInfo, options: InsertionRowsOptions = {}): InsertionRow[] {
  const progress = header.columns.progress;
  if (progress === undefined) return [];
  const config = options.config ?? DEFAULT_CONFIG;
  const col = (key: keyof HeaderInfo['columns']) => header.columns[key];
  const model = classifyRows(table, header, headerMatcher(config.columns));
  const fiscalYear = detectFiscalYear(table, header.row);
  const rows: InsertionRow[] = [];
  for (const r of model.initiatives) {
    const row = table.rows[r] ?? [];
    const cell = row[progress];
    if (cell?.mergedFrom) continue;
    const no = col('no') !== undefined ? row[col('no')!] : undefined;
    const initiative = col('initiative') !== undefined ? cellText(row[col('initiative')!]).trim() : '';
    const entry: InsertionRow = {
      address: address(r, progress),
      row: r + 1,
      no: no && !isBlank(no) ? (typeof no.value === 'number' ? no.value : cellText(no).trim()) : undefined,
      initiative: initiative || undefined,
      text: cell?.error !== undefined ? cell.error : (cell?.value ?? null),
      isFormula: cell?.formula !== undefined,
      isError: cell?.error !== undefined,
      planText: col('plan') !== undefined ? cellText(row[col('plan')!]) : undefined,
    };
    if (model.get(r)?.hidden) entry.hidden = true;
    if (fiscalYear !== undefined) entry.fiscalYear = fiscalYear;
    rows.push(entry);
  }
  return rows;
}
