/**
 * The engine's view of one worksheet: a grid of plain cells, row 0 = worksheet row 1,
 * column 0 = column A. Adapters (ExcelJS file, Office.js, in-memory) build it; the core
 * never sees a workbook library.
 */
export type CellValue = string | number | boolean | null;

export interface SheetCell {
  /** Plain value: rich text flattened, merged areas resolved to their top-left value, formulas as their cached result. */
  value: CellValue;
  /** Present when the cell holds a formula (without the leading `=`). */
  formula?: string;
  /** Present when the cell holds an error value such as `#N/A`. */
  error?: string;
  /** Address of the merged area's top-left cell when this cell is covered by a merge and is not that cell. */
  mergedFrom?: string;
  /**
   * Number format code of a numeric cell whose style gives one other than General (e.g.
   * `yyyy/m/d`, `#,##0`), so that dates and figures can be written back as they were.
   */
  numFmt?: string;
}

export interface SheetTable {
  sheetName: string;
  /** rows[r][c]; rows may be ragged, missing cells are blank. */
  rows: (SheetCell | null | undefined)[][];
  /** 0-based worksheet rows that are hidden (hidden rows or rows of zero height), ascending. */
  hiddenRows?: number[];
}

export function cellAt(table: SheetTable, row: number, col: number): SheetCell | undefined {
  const r = table.rows[row];
  if (!r) return undefined;
  return r[col] ?? undefined;
}

/** Column index (0-based) to letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 0-based row and column. */
export function address(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

/** Parses an A1 address (`M9`, `$M$9`) to 0-based row and column. */
export function parseAddress(a1: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Text of a cell as the user reads it: strings as they are, numbers and booleans as text, blanks as ''. */
export function cellText(cell: SheetCell | null | undefined): string {
  if (!cell) return '';
  if (cell.error !== undefined) return cell.error;
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  return String(v);
}

export function isBlank(cell: SheetCell | null | undefined): boolean {
  if (!cell) return true;
  if (cell.error !== undefined) return false;
  const v = cell.value;
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') {
    // Text starting with a character that is not white space is not blank: no need to trim it.
    if (v.length === 0) return true;
    const c = v.charCodeAt(0);
    if ((c > 32 && c < 0x7f) || (c >= 0x3001 && c <= 0x9fff)) return false;
    return v.trim() === '';
  }
  return false;
}

/** Excel's error values as Office.js and the file formats spell them. */
export const EXCEL_ERROR_VALUES: ReadonlySet<string> = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#PYTHON!',
  '#TIMEOUT!',
  '#EXTERNAL!',
]);
