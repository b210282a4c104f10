/**
 * Cell references as the parts write them: `A1`, `P1501`, `$A$2:$P$1501`, `$1:$2`.
 */
import { MAX_COLS, MAX_ROWS } from '../xlsx/cell-ref';

export { MAX_COLS, MAX_ROWS };

const letters: string[] = [];

/** Column letters of a 0-based column index (0 → A, 25 → Z, 26 → AA). Memoised: every cell asks. */
export function columnName(col: number): string {
  let name = letters[col];
  if (name === undefined) {
    name = '';
    for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    letters[col] = name;
  }
  return name;
}

/** `A1` for a 0-based row and column. */
export function cellName(row: number, col: number): string {
  return columnName(col) + (row + 1);
}

/** `A1:C3`, or `A1` for a single cell (0-based, inclusive). */
export function areaName(top: number, left: number, bottom: number, right: number): string {
  const a = cellName(top, left);
  return top === bottom && left === right ? a : `${a}:${cellName(bottom, right)}`;
}

/** `$A$1:$C$3` (0-based, inclusive). */
export function absoluteArea(top: number, left: number, bottom: number, right: number): string {
  return `$${columnName(left)}$${top + 1}:$${columnName(right)}$${bottom + 1}`;
}
