/**
 * Cell references as the worksheet XML writes them (`r="M9"`, `ref="A1:C3"`, `A:A`, `1:4`), and the grid's limits.
 */

/** The format's grid: 1,048,576 rows and 16,384 columns (A to XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Parsed reference of a cell, 0-based; -1 in both when the text is not a cell reference inside the grid. */
export interface CellPos {
  row: number;
  col: number;
}

/**
 * Parses `A1` / `$A$1` into `out` (0-based). Returns false when it is not a reference or lies outside the grid.
 * Written with char codes: it runs for every cell of a sheet.
 */
export function parseCellRef(ref: string, out: CellPos): boolean {
  let i = 0;
  const n = ref.length;
  if (i < n && ref.charCodeAt(i) === 36) i++;
  let col = 0;
  let letters = 0;
  while (i < n) {
    let c = ref.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    letters++;
    i++;
  }
  if (letters === 0 || letters > 3) return false;
  if (i < n && ref.charCodeAt(i) === 36) i++;
  let row = 0;
  let digits = 0;
  while (i < n) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
    digits++;
    i++;
  }
  if (digits === 0 || digits > 7 || i !== n) return false;
  if (row < 1 || row > MAX_ROWS || col > MAX_COLS) return false;
  out.row = row - 1;
  out.col = col - 1;
  return true;
}

/** An area, 0-based and inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function parseColumn(s: string): number {
  const m = /^\$?([A-Za-z]{1,3})$/.exec(s);
  if (!m) return -1;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col <= MAX_COLS ? col - 1 : -1;
}

function parseRow(s: string): number {
  const m = /^\$?(\d{1,7})$/.exec(s);
  if (!m) return -1;
  const row = Number(m[1]);
  return row >= 1 && row <= MAX_ROWS ? row - 1 : -1;
}

/**
 * Parses an area: `A1:C3`, a single cell `B2`, whole columns `A:C`, whole rows `1:4` (with or without `$`).
 * Returns undefined when the text is none of these or lies outside the grid. Corners are put in order.
 */
export function parseArea(ref: string): Area | undefined {
  const parts = ref.trim().split(':');
  if (parts.length > 2 || parts[0] === '') return undefined;
  const a = parts[0];
  const b = parts.length === 2 ? parts[1] : parts[0];
  const p: CellPos = { row: 0, col: 0 };
  const q: CellPos = { row: 0, col: 0 };
  if (parseCellRef(a, p) && parseCellRef(b, q)) return ordered(p.row, p.col, q.row, q.col);
  if (parts.length === 2) {
    const c1 = parseColumn(a);
    const c2 = parseColumn(b);
    if (c1 >= 0 && c2 >= 0) return ordered(0, c1, MAX_ROWS - 1, c2);
    const r1 = parseRow(a);
    const r2 = parseRow(b);
    if (r1 >= 0 && r2 >= 0) return ordered(r1, 0, r2, MAX_COLS - 1);
  }
  return undefined;
}

function ordered(r1: number, c1: number, r2: number, c2: number): Area {
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}
