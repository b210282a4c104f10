import { SheetCell } from '../table';
import { OutCell } from './types';

/**
 * A sheet cell as it goes into the consolidated table, exactly: text as text, numbers as numbers
 * (with their number format, so dates stay dates), booleans, error values as errors; a formula
 * gives its last computed value (its references would point nowhere in the new workbook); a cell
 * covered by a merge carries the merged area's value.
 */
export function outCell(cell: SheetCell | null | undefined): OutCell {
  if (!cell) return null;
  if (cell.error !== undefined) return { error: cell.error };
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return cell.numFmt ? { value: v, numFmt: cell.numFmt } : v;
  return v;
}

/** The text of an output cell, as a CSV file shows it. */
export function outText(cell: OutCell): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return 'error' in cell ? cell.error : String(cell.value);
  return String(cell);
}
