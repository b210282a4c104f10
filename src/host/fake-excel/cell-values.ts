import { Rect, rectColumns, rectRows } from '../office/a1';
import { fakeError, invalidArgument } from './errors';
import { formulaSyntaxError } from './formula-syntax';
import { displayNumber, typedEntry } from './typed-entry';
import { CellScalar, FakeCell, FakeSheetState, FakeWorkbookState, cellKey, keyCol, keyRow } from './workbook-state';

/**
 * How the fake host reads and writes cell contents: `values`, `formulas`, `text` and
 * `valueTypes` grids, and the way Excel takes a written entry (typed-entry.ts: a formula, a
 * number, a date, a boolean, an error value or text; a leading `'` keeps text; a Text-formatted
 * cell keeps what it is given). Cells covered by a merge, other than its top-left one, read as
 * empty and drop what is written to them. Writing a value drops the cell's text runs, as Excel
 * does (office-js #4726).
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
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return displayNumber(v, cell?.numberFormat);
  return v;
}

/** `Range.valueTypes`: Excel reports every number as Double. */
export function valueTypeOf(cell: FakeCell | undefined): string {
  if (!cell || cell.value === null || cell.value === '') return 'Empty';
  if (cell.error) return 'Error';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return 'String';
}

function checkReadSize(rect: Rect): void {
  if (rectRows(rect) * rectColumns(rect) > MAX_READ_CELLS) {
    throw fakeError('RangeExceedsLimit', 'The cell count in the range has exceeded the maximum supported number.');
  }
}

/**
 * A grid of `pick` over `rect`. Cells a merge covers (all but its top-left cell) read as empty
 * unless `mergedAsEmpty` is false (formats belong to every cell).
 */
export function readGrid(
  state: FakeWorkbookState,
  sheet: FakeSheetState,
  rect: Rect,
  pick: (cell: FakeCell | undefined) => unknown,
  mergedAsEmpty = true,
): unknown[][] {
  checkReadSize(rect);
  const covered = mergedAsEmpty ? state.coveredCells(sheet, rect) : undefined;
  const rows: unknown[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: unknown[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) row.push(pick(covered?.has(cellKey(r, c)) ? undefined : state.cell(sheet, r, c)));
    rows.push(row);
  }
  return rows;
}

function unquote(text: string): string {
  return text.replace(/""/g, '"');
}

/** The value a written formula shows; the fake evaluates only simple formulas and unknown names. */
export function evaluateFormula(formula: string, isName: (name: string) => boolean = () => false): { value: CellScalar | null; error?: true } {
  const body = formula.slice(1).trim();
  const hyperlink = /^HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:,\s*"((?:[^"]|"")*)"\s*)?\)$/i.exec(body);
  if (hyperlink) return { value: unquote(hyperlink[2] ?? hyperlink[1]) };
  const text = /^"((?:[^"]|"")*)"$/.exec(body);
  if (text) return { value: unquote(text[1]) };
  if (/^[+-]?\d+(\.\d+)?$/.test(body)) return { value: Number(body) };
  if (/^(TRUE|FALSE)$/i.test(body)) return { value: body.toUpperCase() === 'TRUE' };
  // A lone name that is neither a cell reference nor a defined name: #NAME?.
  const name = /^[+\-@\s]*([\p{L}_\\][\p{L}\p{N}_.\\]*)$/u.exec(body);
  if (name && !/^[A-Za-z]{1,3}\d+$/.test(name[1]) && !isName(name[1])) return { value: '#NAME?', error: true };
  return { value: null };
}

/** What applying an entry needs to know about the workbook. */
export interface EntryContext {
  /** The year of dates typed without one. */
  year: number;
  isName(name: string): boolean;
  /** Where the entry goes, for error messages (`Sheet1!B5`). */
  where: string;
  /** The API that writes (`Range.values`), for error messages. */
  api: string;
}

function setFormula(cell: FakeCell, formula: string, ctx: EntryContext): void {
  const problem = formulaSyntaxError(formula);
  if (problem) throw invalidArgument(ctx.api, `${ctx.where}: Excel cannot take ${JSON.stringify(formula)} as a formula (${problem}).`);
  const result = evaluateFormula(formula, ctx.isName);
  cell.formula = formula;
  cell.value = result.value;
  if (result.error) cell.error = true;
}

/** Applies one written entry to a cell, the way Excel takes typed input. */
export function applyEntry(cell: FakeCell, entry: unknown, ctx: EntryContext): void {
  delete cell.quotePrefix;
  delete cell.runs;
  delete cell.formula;
  delete cell.error;
  if (entry === '' || entry === null || entry === undefined) {
    cell.value = null;
    return;
  }
  if (typeof entry === 'number' || typeof entry === 'boolean') {
    cell.value = entry;
    return;
  }
  const text = String(entry);
  // A leading apostrophe keeps the rest as text, whatever it looks like; Excel drops the apostrophe
  // and keeps the cell's quote prefix (so editing it later keeps it text, whatever its format).
  if (text.startsWith("'")) {
    cell.value = text.slice(1) === '' ? null : text.slice(1);
    cell.quotePrefix = true;
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = text;
    return;
  }
  const typed = typedEntry(text, ctx.year);
  switch (typed.kind) {
    case 'formula':
      setFormula(cell, typed.formula, ctx);
      return;
    case 'number':
      cell.value = typed.value;
      if (typed.format && cell.numberFormat === undefined) cell.numberFormat = typed.format;
      return;
    case 'error':
      cell.value = typed.value;
      cell.error = true;
      return;
    case 'boolean':
      cell.value = typed.value;
      return;
    case 'text':
      cell.value = typed.text;
  }
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

/** Writes a grid of entries; cells a merge covers (not its top-left) drop theirs, as in Excel. */
export function writeGrid(state: FakeWorkbookState, sheet: FakeSheetState, rect: Rect, grid: unknown, apply: (cell: FakeCell, entry: unknown) => void): void {
  const covered = state.coveredCells(sheet, rect);
  forEachEntry(rect, grid, (row, col, entry) => {
    // null in a values grid leaves the cell as it is.
    if (entry === null || entry === undefined || covered.has(cellKey(row, col))) return;
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
      delete cell.error;
      delete cell.formula;
      delete cell.runs;
    } else {
      delete cell.numberFormat;
      delete cell.font;
      delete cell.wrapText;
      delete cell.fill;
      delete cell.verticalAlignment;
      delete cell.quotePrefix;
      delete cell.runs;
    }
    state.tidy(sheet, row, col);
  }
  // Clearing formats gives the cells back the default: locked.
  if (scope !== 'Contents' && sheet.locks.length) state.setLocked(sheet, rect, true);
}
