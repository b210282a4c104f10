import type { TableCell, TableSheet } from '../port';
import { GENERAL_FORMAT, TEXT_FORMAT } from './report-grid';
import { textEntry } from './text-edits';

/**
 * A table sheet (header row, then rows) as the entries `Range.values` and `Range.numberFormat`
 * take, written exactly: text as text (the Text format, and the quote prefix where Excel would
 * read a formula, number, date or boolean: the report sheet's guard, `textEntry`), numbers with
 * their number format (a date stays a date), booleans as booleans. An error value is written as
 * its text (`#N/A`) in a Text cell and listed, so the adapter can mark it (red italics): Excel
 * would otherwise take `#N/A` for a new error of its own.
 */

export interface TableGrid {
  /** Header row first; a rectangle of `width` columns. */
  values: (string | number | boolean)[][];
  formats: string[][];
  /** 0-based grid rows and columns of the error cells. */
  errors: { row: number; col: number }[];
  width: number;
}

function put(cell: TableCell | undefined): [value: string | number | boolean, format: string, error: boolean] {
  if (cell === null || cell === undefined || cell === '') return ['', GENERAL_FORMAT, false];
  if (typeof cell === 'string') return [textEntry(cell), TEXT_FORMAT, false];
  if (typeof cell === 'boolean') return [cell, GENERAL_FORMAT, false];
  if (typeof cell === 'number') return Number.isFinite(cell) ? [cell, GENERAL_FORMAT, false] : [textEntry(String(cell)), TEXT_FORMAT, false];
  if ('error' in cell) return [textEntry(cell.error), TEXT_FORMAT, true];
  return Number.isFinite(cell.value) ? [cell.value, cell.numFmt || GENERAL_FORMAT, false] : [textEntry(String(cell.value)), TEXT_FORMAT, false];
}

export function tableGrid(sheet: TableSheet): TableGrid {
  const width = Math.max(1, sheet.header.length, ...sheet.rows.map((r) => r.length));
  const values: (string | number | boolean)[][] = [];
  const formats: string[][] = [];
  const errors: { row: number; col: number }[] = [];
  const add = (cells: readonly TableCell[]): void => {
    const v: (string | number | boolean)[] = [];
    const f: string[] = [];
    for (let c = 0; c < width; c++) {
      const [value, format, error] = put(cells[c]);
      v.push(value);
      f.push(format);
      if (error) errors.push({ row: values.length, col: c });
    }
    values.push(v);
    formats.push(f);
  };
  add(sheet.header);
  for (const row of sheet.rows) add(row);
  return { values, formats, errors, width };
}

/** Points from Excel character widths (the default font's digit is 7 px, plus 5 px of padding; 96 px make 72 pt). */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 4) / 4;
}
