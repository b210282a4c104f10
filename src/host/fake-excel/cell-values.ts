import { Rect, rectColumns, rectRows } from '../office/a1';
import { fakeError } from './errors';
import { CellScalar, FakeCell, FakeSheetState, FakeWorkbookState, keyCol, keyRow } from './workbook-state';

/**
 * How the fake host reads and writes cell contents: `values` and `formulas` grids, and the way
 * Excel takes a written entry (a leading `=` makes a formula, a leading `'` keeps text, a number
 * in text becomes a number, a Text-formatted cell keeps what it is given). Writing a value drops
 * the cell's text runs, as Excel does (office-js #4726).
 */

/** Excel caps a range read at five million cells. */
export const MAX_READ_CELLS = 5_000_000;

export function valueOf(cell: FakeCell | undefined): CellScalar {
  if (!cell || cell.value === null) return '';
  return cell.value;
}

export function formulaOf(cell: FakeCell | undefined): CellScalar {
  if (!cell) return '';
  if (cell.formula !== undefined) return cell.formula;
  return cell.value === null ? '' : cell.value;
}

export function textOf(cell: FakeCell | undefined): string {
  const v = valueOf(cell);
  return typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
}

function checkReadSize(rect: Rect): void {
  if (rectRows(rect) * rectColumns(rect) > MAX_READ_CELLS) {
    throw fakeError('RangeExceedsLimit', 'The range is too large to read at once (over 5,000,000 cells).');
  }
}

export function readGrid(state: FakeWorkbookState, sheet: FakeSheetState, rect: Rect, pick: (cell: FakeCell | undefined) => unknown): unknown[][] {
  checkReadSize(rect);
  const rows: unknown[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: unknown[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) row.push(pick(state.cell(sheet, r, c)));
    rows.push(row);
  }
  return rows;
}

/** The value a written formula shows; the fake evaluates only what the add-in writes. */
export function evaluateFormula(formula: string): CellScalar | null {
  const body = formula.slice(1).trim();
  const hyperlink = /^HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:,\s*"((?:[^"]|"")*)"\s*)?\)$/i.exec(body);
  if (hyperlink) return (hyperlink[2] ?? hyperlink[1]).replace(/""/g, '"');
  const text = /^"((?:[^"]|"")*)"$/.exec(body);
  if (text) return text[1].replace(/""/g, '"');
  if (/^[+-]?\d+(\.\d+)?$/.test(body)) return Number(body);
  return null;
}

/** Applies one written entry to a cell, the way Excel takes typed input. */
export function applyEntry(cell: FakeCell, entry: unknown): void {
  delete cell.runs;
  if (entry === '' || entry === null || entry === undefined) {
    cell.value = null;
    delete cell.formula;
    return;
  }
  if (typeof entry === 'number' || typeof entry === 'boolean') {
    cell.value = entry;
    delete cell.formula;
    return;
  }
  const text = String(entry);
  if (cell.numberFormat === '@') {
    cell.value = text;
    delete cell.formula;
    return;
  }
  if (text.startsWith("'")) {
    cell.value = text.slice(1) === '' ? null : text.slice(1);
    delete cell.formula;
    return;
  }
  if (text.length > 1 && text.startsWith('=')) {
    cell.formula = text;
    cell.value = evaluateFormula(text);
    return;
  }
  delete cell.formula;
  cell.value = /^[+-]?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text;
}

/** Calls `each` for every cell of `rect` with the entry of `grid` (a 2-D array of its size, or one value). */
export function forEachEntry(rect: Rect, grid: unknown, each: (row: number, col: number, entry: unknown) => void): void {
  const rows = rectRows(rect);
  const cols = rectColumns(rect);
  const single = !Array.isArray(grid) || (grid.length === 1 && Array.isArray(grid[0]) && grid[0].length === 1);
  if (!single) {
    const g = grid as unknown[][];
    if (g.length !== rows || g.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw fakeError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
      );
    }
  } else checkReadSize(rect);
  const one = Array.isArray(grid) ? (grid as unknown[][])[0][0] : grid;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) each(rect.r0 + r, rect.c0 + c, single ? one : (grid as unknown[][])[r][c]);
  }
}

export function writeGrid(state: FakeWorkbookState, sheet: FakeSheetState, rect: Rect, grid: unknown, apply: (cell: FakeCell, entry: unknown) => void): void {
  forEachEntry(rect, grid, (row, col, entry) => {
    // null in a values grid leaves the cell as it is.
    if (entry === null || entry === undefined) return;
    apply(state.ensureCell(sheet, row, col), entry);
    state.tidy(sheet, row, col);
  });
}

export type ClearScope = 'All' | 'Contents' | 'Formats';

export function clearRect(state: FakeWorkbookState, sheet: FakeSheetState, rect: Rect, scope: ClearScope = 'All'): void {
  for (const [key, cell] of [...sheet.cells]) {
    const row = keyRow(key);
    const col = keyCol(key);
    if (row < rect.r0 || row > rect.r1 || col < rect.c0 || col > rect.c1) continue;
    if (scope === 'All') {
      sheet.cells.delete(key);
      continue;
    }
    if (scope === 'Contents') {
      cell.value = null;
      delete cell.formula;
      delete cell.runs;
    } else {
      delete cell.numberFormat;
      delete cell.font;
      delete cell.wrapText;
      delete cell.runs;
    }
    state.tidy(sheet, row, col);
  }
}
