import { CellValue, EXCEL_ERROR_VALUES, SheetCell, SheetTable, address } from '../../core/table';
import { Rect } from './a1';

/**
 * From what Office.js returns (`values`, `formulas`, merged areas) to the engine's SheetTable,
 * shaped like the file adapter's tables: row 0 is worksheet row 1, blank cells are null, trailing
 * blanks trimmed, merged areas resolved to their top-left value.
 */

/** Error values as `Range.values` gives them. */
export const ERROR_VALUES = EXCEL_ERROR_VALUES;

/**
 * Whether a `formulas` entry is a formula: it starts with `=` and is not simply the cell's text
 * (a text cell that reads `=…` reports the same string in `values` and `formulas`).
 */
export function isFormula(formula: unknown, value: unknown): formula is string {
  return typeof formula === 'string' && formula.length > 1 && formula.startsWith('=') && formula !== value;
}

/**
 * One cell of a values/formulas pair; null for a blank cell without formula. With the cell's
 * `valueTypes` entry, only an `Error` cell is an error (a text cell may read `#N/A` too); without
 * it, a value that spells an error is taken for one.
 */
export function toSheetCell(value: unknown, formula: unknown, valueType?: unknown): SheetCell | null {
  const f = isFormula(formula, value) ? formula.slice(1) : undefined;
  const withFormula = (cell: SheetCell): SheetCell => (f !== undefined ? { ...cell, formula: f } : cell);
  const isError = valueType === undefined ? typeof value === 'string' && ERROR_VALUES.has(value) : valueType === 'Error';
  if (isError) return withFormula({ value: null, error: String(value) });
  if (value === '' || value === null || value === undefined) return f !== undefined ? { value: null, formula: f } : null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return withFormula({ value });
  return withFormula({ value: String(value) as CellValue });
}

/** Rows being assembled: rows[r][c], sparse until `finishTable`. */
export type RowGrid = (SheetCell | null | undefined)[][];

/** Puts a block read at (rowIndex, columnIndex) into the grid. */
export function placeBlock(grid: RowGrid, rowIndex: number, columnIndex: number, values: unknown[][], formulas: unknown[][], valueTypes?: unknown[][]): void {
  for (let i = 0; i < values.length; i++) {
    const vRow = values[i];
    const fRow = formulas[i] ?? [];
    const tRow = valueTypes?.[i];
    const r = rowIndex + i;
    let row = grid[r];
    for (let j = 0; j < vRow.length; j++) {
      const cell = toSheetCell(vRow[j], fRow[j], tRow ? tRow[j] : undefined);
      if (cell === null) continue;
      if (!row) row = grid[r] = [];
      row[columnIndex + j] = cell;
    }
  }
}

/**
 * Resolves merged areas: every cell of an area but the top-left one gets the top-left's value
 * (or error) and `mergedFrom`, as the file adapter gives them.
 */
export function resolveMerges(grid: RowGrid, merges: Rect[]): void {
  for (const m of merges) {
    const top = grid[m.r0]?.[m.c0] ?? null;
    const from = address(m.r0, m.c0);
    for (let r = m.r0; r <= m.r1; r++) {
      for (let c = m.c0; c <= m.c1; c++) {
        if (r === m.r0 && c === m.c0) continue;
        const cell: SheetCell = { value: top ? top.value : null, mergedFrom: from };
        if (top?.error !== undefined) cell.error = top.error;
        (grid[r] ??= [])[c] = cell;
      }
    }
  }
}

/** Fills holes with null and trims trailing blanks of each row and trailing empty rows. */
export function finishTable(sheetName: string, grid: RowGrid): SheetTable {
  const rows: (SheetCell | null)[][] = [];
  for (let r = 0; r < grid.length; r++) {
    const src = grid[r];
    const out: (SheetCell | null)[] = [];
    if (src) for (let c = 0; c < src.length; c++) out.push(src[c] ?? null);
    while (out.length && out[out.length - 1] === null) out.pop();
    rows.push(out);
  }
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return { sheetName, rows };
}
