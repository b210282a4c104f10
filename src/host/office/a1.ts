import { address, columnLetters, parseAddress } from '../../core/table';

/**
 * A1 addresses as Excel writes them: rectangles, whole rows and columns, sheet-qualified
 * references and the comma-separated lists a RangeAreas reports. Pure helpers shared by the
 * Office adapter and the fake Excel host (both run in the browser).
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 0-based and inclusive. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses `A1`, `A1:B2`, `$A$1:$B$2`, whole rows `3:5000` and whole columns `A:C` (no sheet part). */
export function parseRange(a1: string): Rect | undefined {
  const text = a1.trim().replace(/\$/g, '');
  const [from, to = from, extra] = text.split(':');
  if (extra !== undefined || !from) return undefined;
  if (/^\d+$/.test(from) && /^\d+$/.test(to)) {
    const r0 = Number(from) - 1;
    const r1 = Number(to) - 1;
    if (r0 < 0 || r1 < 0 || r0 >= MAX_ROWS || r1 >= MAX_ROWS) return undefined;
    return { r0: Math.min(r0, r1), r1: Math.max(r0, r1), c0: 0, c1: MAX_COLUMNS - 1 };
  }
  if (/^[A-Za-z]{1,3}$/.test(from) && /^[A-Za-z]{1,3}$/.test(to)) {
    const c0 = columnNumber(from);
    const c1 = columnNumber(to);
    if (c0 >= MAX_COLUMNS || c1 >= MAX_COLUMNS) return undefined;
    return { r0: 0, r1: MAX_ROWS - 1, c0: Math.min(c0, c1), c1: Math.max(c0, c1) };
  }
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b) return undefined;
  if (a.row >= MAX_ROWS || b.row >= MAX_ROWS || a.col >= MAX_COLUMNS || b.col >= MAX_COLUMNS || a.row < 0 || b.row < 0) return undefined;
  return { r0: Math.min(a.row, b.row), c0: Math.min(a.col, b.col), r1: Math.max(a.row, b.row), c1: Math.max(a.col, b.col) };
}

/** `A1` for one cell, `A1:B2` otherwise. */
export function formatRange(rect: Rect): string {
  const first = address(rect.r0, rect.c0);
  return rect.r0 === rect.r1 && rect.c0 === rect.c1 ? first : `${first}:${address(rect.r1, rect.c1)}`;
}

/** Whole rows, 0-based inclusive: `rowsAddress(0, 4999)` → `1:5000`. */
export function rowsAddress(firstRow: number, lastRow: number): string {
  return `${firstRow + 1}:${lastRow + 1}`;
}

/** Column letters of a 0-based index (re-exported for callers that only need addresses). */
export { columnLetters };

/** The sheet name in single quotes, inner quotes doubled: always valid in a reference. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Whether Excel writes the sheet name quoted in a reference. */
export function sheetNameNeedsQuotes(name: string): boolean {
  if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name)) return true;
  // Names that read as a cell (A1, R1C1) are quoted too.
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
}

/** `Sheet1!A1:B2` or `'検証結果 (2)'!A1`, the way Excel reports an address. */
export function qualifiedAddress(sheet: string, a1: string): string {
  return `${sheetNameNeedsQuotes(sheet) ? quoteSheetName(sheet) : sheet}!${a1}`;
}

/** Splits `'It''s'!$A$1:$B$2` into the sheet name and the address; `sheet` is undefined when absent. */
export function splitQualified(ref: string): { sheet?: string; address: string } {
  let text = ref.trim();
  if (text.startsWith('=')) text = text.slice(1);
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < text.length) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += text[i];
      i++;
    }
    const rest = text.slice(i + 1);
    return rest.startsWith('!') ? { sheet: name, address: rest.slice(1) } : { address: text };
  }
  const bang = text.lastIndexOf('!');
  return bang < 0 ? { address: text } : { sheet: text.slice(0, bang), address: text.slice(bang + 1) };
}

/** Splits a list of references (`Sheet1!A1:B2, Sheet1!D4`) at the commas outside quoted sheet names. */
export function splitAreas(list: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let current = '';
  for (const ch of list) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      if (current.trim()) parts.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

export function rectContains(rect: Rect, row: number, col: number): boolean {
  return row >= rect.r0 && row <= rect.r1 && col >= rect.c0 && col <= rect.c1;
}

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function intersection(a: Rect, b: Rect): Rect | undefined {
  if (!rectsIntersect(a, b)) return undefined;
  return { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
}

export function rectRows(rect: Rect): number {
  return rect.r1 - rect.r0 + 1;
}

export function rectColumns(rect: Rect): number {
  return rect.c1 - rect.c0 + 1;
}
