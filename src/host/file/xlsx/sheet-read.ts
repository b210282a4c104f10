/**
 * One worksheet part streamed into the engine's table.
 *
 * - Rows and cells may omit `r`: a row without `r` is the previous row + 1 (the first is row 1), a cell without `r`
 *   the previous cell's column + 1 within its row (the first is column A). A cell's `r` is taken as written (row and
 *   column). A reference outside the grid (1,048,576 rows × 16,384 columns) is 'malformed'.
 * - Values: see cell-value.ts. `<f>` present → `formula`, its text without a leading `=`; a shared formula's
 *   dependent cell (`<f t="shared" si="3"/>`, no text) gets `formula: ''` (it holds a formula; its text would have to
 *   be translated from the master's, which the engine never needs). Numbers whose style has a number format other
 *   than General get `numFmt`.
 * - Hidden rows: `hidden="1"`, or `ht="0"` with `customHeight="1"`.
 * - Merges: each covered cell (not the top-left) becomes `{ value, error?, mergedFrom }` of the top-left cell, as the
 *   ExcelJS adapter gave. Every merge is first clipped to the used extent (the rows and columns of the `<c>` elements
 *   present), so `A:A` or `A1:XFD1048576` cost no more than the cells there are; in all, merges may fill at most
 *   MAX_MERGE_FILL cells ('too-large' beyond). The grid itself is capped at MAX_GRID_SLOTS.
 * - `<sheetProtection sheet="1">` → protected.
 * - Elements of other namespaces are skipped with everything inside them: content wrapped in `mc:AlternateContent`
 *   is not read (Excel does not write cells that way). Data validations, conditional formats, drawings and the like
 *   are tokenized (they are in the same part) but nothing is kept; the parts they point to are never opened.
 * - Trailing blank cells of each row and trailing empty rows are trimmed, as the ExcelJS adapter did.
 */
import { address, type SheetCell, type SheetTable } from '../../../core/table';
import type { ZipEntry } from '../zip';
import { MAX_COLS, MAX_ROWS, parseArea, parseCellRef, type Area, type CellPos } from './cell-ref';
import { cellContent, NO_INDEX, sharedIndex, sharedIndexProblem, type CellContent } from './cell-value';
import { XlsxError } from './errors';
import { PlainTextCollector } from './strings';
import { NS_SML, parsePartStream, type PartSource, type XmlSink } from './xml';

/** Most cells merges may fill in one sheet (after clipping): Office.js' own cap on a range read. */
export const MAX_MERGE_FILL = 5_000_000;

/**
 * Default for the most grid slots (cells and the blanks before them in their rows) one table may hold: a few bytes
 * of XML can place a value at column XFD, which costs 16,384 slots; 20 million slots are about 160 MB of row arrays
 * ('too-large' beyond). A 100,000-row sheet of 14 columns takes 1.4 million.
 */
export const MAX_GRID_SLOTS = 20_000_000;

/** Counts the slots the rows grow by. */
class SlotBudget {
  private used = 0;
  constructor(private readonly limit: number) {}
  grow(cells: unknown[], to: number): void {
    if (to <= cells.length) return;
    this.used += to - cells.length;
    if (this.used > this.limit) throw new XlsxError('too-large', `the sheet's cells spread over more than ${this.limit} grid positions`);
    while (cells.length < to) cells.push(null);
  }
}

/** Holds the place of a plain t="s" cell until the shared strings come (never left in a table). */
const PENDING: SheetCell = Object.freeze({ value: null });

/**
 * The t="s" cells read before the shared strings are there: row, column and string index in one growing typed
 * array, in the order read. The plain ones (their place held by PENDING) are made into cells at the end, in one go:
 * while the sheet is parsed, the young generation then holds only the tokenizer's short-lived objects, not tens of
 * thousands of cells to copy at every collection.
 */
class PendingCells {
  private data = new Int32Array(3 * 1024);
  private length = 0;

  add(row: number, col: number, index: number): void {
    if (this.length + 3 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = row;
    this.data[this.length++] = col;
    this.data[this.length++] = index;
  }

  /** The first cell read whose index is `limit` or beyond. */
  firstIndexFrom(limit: number): { row: number; col: number; index: number } | undefined {
    const d = this.data;
    for (let k = 0; k < this.length; k += 3) if (d[k + 2] >= limit) return { row: d[k], col: d[k + 1], index: d[k + 2] };
    return undefined;
  }

  /**
   * Makes the cells whose place is still held. Taken from the last read to the first: of two plain t="s" cells at the
   * same reference, the later one is kept, as it would have replaced the earlier.
   */
  fill(rows: (SheetCell | null)[][], strings: readonly string[]): void {
    const d = this.data;
    for (let k = this.length - 3; k >= 0; k -= 3) {
      const cells = rows[d[k]];
      if (cells[d[k + 1]] === PENDING) cells[d[k + 1]] = { value: strings[d[k + 2]] };
    }
  }
}

/** A sheet as read: the engine's table and whether the sheet is protected. */
export interface SheetRead extends SheetTable {
  protected: boolean;
}

export interface SheetReadContext {
  sheetName: string;
  /**
   * The book's shared strings, or a function that hands them over once the sheet is read (they are being read
   * elsewhere meanwhile: see OpenOptions.sharedStrings): t="s" cells then keep their index until the end.
   */
  shared: readonly string[] | (() => readonly string[]);
  /** Number format code per cellXfs index (undefined: General). */
  formats: readonly (string | undefined)[];
  date1904: boolean;
  /** Most grid slots (default MAX_GRID_SLOTS). */
  maxGridSlots?: number;
}

const TEXT_NONE = 0;
const TEXT_V = 1;
const TEXT_F = 2;
const TEXT_IS = 3;

function isTrue(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

/** A row's number from its `r`, or -1 when it is not an integer inside the grid. */
export function parseRowNumber(r: string): number {
  if (!/^\d{1,7}$/.test(r)) return -1;
  const n = Number(r);
  return n >= 1 && n <= MAX_ROWS ? n - 1 : -1;
}

export function readSheetPart(src: PartSource, entry: ZipEntry, part: string, ctx: SheetReadContext): SheetRead {
  const rows: (SheetCell | null)[][] = [];
  const hiddenRows: number[] = [];
  const merges: Area[] = [];
  let isProtected = false;
  let maxRow = -1;
  let maxCol = -1;

  let foreign = 0;
  let depth = 0;
  /** Depth of the `<c>` being read, 0 outside cells. */
  let cellDepth = 0;
  let inSheetData = false;
  let inRow = false;
  let row = -1;
  let prevCol = -1;
  let cellRow = 0;
  let cellCol = 0;
  let cellT: string | undefined;
  let cellS: string | undefined;
  let textMode = TEXT_NONE;
  let vText: string | undefined;
  let fText: string | undefined;
  let isDepth = 0;
  let inline: string | undefined;
  const collector = new PlainTextCollector();
  const pos: CellPos = { row: 0, col: 0 };
  const { formats, date1904 } = ctx;
  const later = typeof ctx.shared === 'function' ? ctx.shared : undefined;
  const shared = typeof ctx.shared === 'function' ? [] : ctx.shared;
  /** With the shared strings still coming: every t="s" cell's place and string index, in the order read… */
  const pending = new PendingCells();
  /** …and the cells among them that hold a formula, made at once with their string's index as value until then. */
  const waiting: SheetCell[] = [];
  const reused: CellContent = { value: null, numeric: false, text: false };
  const slots = new SlotBudget(ctx.maxGridSlots ?? MAX_GRID_SLOTS);

  const fail = (detail: string, cell?: string): never => {
    throw new XlsxError('malformed', detail, { part, cell, sheet: ctx.sheetName });
  };

  const finishCell = (): void => {
    if (later !== undefined && cellT === 's') {
      finishWaitingCell();
      return;
    }
    const content = cellContent(cellT, vText, inline, shared, date1904, reused);
    if (content.problem) fail(content.problem, address(cellRow, cellCol));
    if (cellRow > maxRow) maxRow = cellRow;
    if (cellCol > maxCol) maxCol = cellCol;
    if (content.value === null && content.error === undefined && fText === undefined) return;
    const cell: SheetCell = { value: content.value };
    if (fText !== undefined) cell.formula = fText.charCodeAt(0) === 61 ? fText.slice(1) : fText;
    if (content.error !== undefined) cell.error = content.error;
    if (content.numeric && typeof content.value === 'number' && cellS !== undefined) {
      const fmt = formats[Number(cellS)];
      if (fmt !== undefined) cell.numFmt = fmt;
    }
    while (rows.length <= cellRow) rows.push([]);
    const cells = rows[cellRow];
    slots.grow(cells, cellCol);
    cells[cellCol] = cell;
  };

  /** The shared strings put into the cells waiting for them (the first index past them, in the order read, fails). */
  const resolveWaiting = (strings: readonly string[]): void => {
    const bad = pending.firstIndexFrom(strings.length);
    if (bad !== undefined) fail(sharedIndexProblem(String(bad.index)), address(bad.row, bad.col));
    for (let k = 0; k < waiting.length; k++) waiting[k].value = strings[waiting[k].value as number];
    pending.fill(rows, strings);
  };

  /** A t="s" cell while the shared strings are still coming: cellContent's reading, the string put in at the end. */
  const finishWaitingCell = (): void => {
    const index = sharedIndex(vText);
    if (index === undefined) fail(sharedIndexProblem(vText), address(cellRow, cellCol));
    if (cellRow > maxRow) maxRow = cellRow;
    if (cellCol > maxCol) maxCol = cellCol;
    if (index === NO_INDEX && fText === undefined) return;
    while (rows.length <= cellRow) rows.push([]);
    const cells = rows[cellRow];
    slots.grow(cells, cellCol);
    if (index !== NO_INDEX) pending.add(cellRow, cellCol, index!);
    if (fText === undefined) {
      // Its place is held (a later cell at the same reference still replaces it), the cell made once the strings come.
      cells[cellCol] = PENDING;
      return;
    }
    const cell: SheetCell = { value: index === NO_INDEX ? null : index!, formula: fText.charCodeAt(0) === 61 ? fText.slice(1) : fText };
    if (index !== NO_INDEX) waiting.push(cell);
    cells[cellCol] = cell;
  };

  const sink: XmlSink = {
    open(ns, local, a) {
      depth++;
      if (foreign > 0 || ns !== NS_SML) {
        foreign++;
        return;
      }
      if (isDepth > 0) {
        isDepth++;
        collector.open(ns, local);
        return;
      }
      if (cellDepth > 0) {
        if (local === 'v') {
          textMode = TEXT_V;
          vText = '';
        } else if (local === 'f') {
          textMode = TEXT_F;
          fText = '';
        } else if (local === 'is') {
          isDepth = 1;
          textMode = TEXT_IS;
          collector.reset();
        }
        return;
      }
      if (inRow) {
        if (local !== 'c') return;
        const r = a.r;
        if (r !== undefined) {
          if (!parseCellRef(r, pos)) fail(`cell reference "${r.slice(0, 40)}"`);
          cellRow = pos.row;
          cellCol = pos.col;
        } else {
          cellRow = row;
          cellCol = prevCol + 1;
          if (cellCol >= MAX_COLS) fail('a cell beyond column XFD', `${address(row, MAX_COLS - 1)}+`);
        }
        prevCol = cellCol;
        cellDepth = depth;
        cellT = a.t;
        cellS = a.s;
        vText = undefined;
        fText = undefined;
        inline = undefined;
        return;
      }
      if (inSheetData) {
        if (local !== 'row') return;
        const r = a.r;
        if (r !== undefined) {
          row = parseRowNumber(r);
          if (row < 0) fail(`row number "${r.slice(0, 40)}"`);
        } else {
          row++;
          if (row >= MAX_ROWS) fail('a row beyond row 1,048,576');
        }
        inRow = true;
        prevCol = -1;
        if (isTrue(a.hidden) || (isTrue(a.customHeight) && a.ht !== undefined && Number(a.ht) === 0)) hiddenRows.push(row);
        return;
      }
      if (local === 'sheetData') inSheetData = true;
      else if (local === 'sheetProtection') isProtected = isTrue(a.sheet);
      else if (local === 'mergeCell' && a.ref !== undefined) {
        const area = parseArea(a.ref);
        if (!area) fail(`merged area "${a.ref.slice(0, 40)}"`);
        else merges.push(area);
      }
    },
    close(ns, local) {
      const d = depth--;
      if (foreign > 0) {
        foreign--;
        return;
      }
      if (isDepth > 0) {
        if (--isDepth === 0) {
          inline = collector.value;
          textMode = TEXT_NONE;
        } else collector.close(ns, local);
        return;
      }
      if (cellDepth > 0) {
        if (d === cellDepth) {
          cellDepth = 0;
          finishCell();
        }
        textMode = TEXT_NONE;
        return;
      }
      if (inRow) {
        if (local === 'row') inRow = false;
        return;
      }
      if (local === 'sheetData') inSheetData = false;
    },
    text(t) {
      if (textMode === TEXT_NONE) return;
      if (textMode === TEXT_V) vText += t;
      else if (textMode === TEXT_F) fText += t;
      else collector.text(t);
    },
  };
  if (later === undefined) parsePartStream(src, entry, part, sink);
  else {
    try {
      parsePartStream(src, entry, part, sink);
    } catch (e) {
      // Read in place, the strings come first, then each index is checked as its cell is read: a failure of
      // theirs, or an index past them in a cell before this failure, is what the user would have been told.
      if (e instanceof XlsxError) resolveWaiting(later());
      throw e;
    }
    resolveWaiting(later());
  }

  fillMerges(rows, merges, maxRow, maxCol, slots);
  for (const cells of rows) while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  const table: SheetRead = { sheetName: ctx.sheetName, rows, protected: isProtected };
  if (hiddenRows.length > 0) table.hiddenRows = [...new Set(hiddenRows)].sort((x, y) => x - y);
  return table;
}

function fillMerges(rows: (SheetCell | null)[][], merges: readonly Area[], maxRow: number, maxCol: number, slots: SlotBudget): void {
  let filled = 0;
  for (const m of merges) {
    if (m.top > maxRow || m.left > maxCol) continue;
    const bottom = Math.min(m.bottom, maxRow);
    const right = Math.min(m.right, maxCol);
    const master = rows[m.top]?.[m.left] ?? null;
    const from = address(m.top, m.left);
    const value = master ? master.value : null;
    const error = master?.error;
    for (let r = m.top; r <= bottom; r++) {
      while (rows.length <= r) rows.push([]);
      const cells = rows[r];
      for (let c = r === m.top ? m.left + 1 : m.left; c <= right; c++) {
        if (++filled > MAX_MERGE_FILL) throw new XlsxError('too-large', `merged areas cover more than ${MAX_MERGE_FILL} cells`);
        slots.grow(cells, c);
        const cell: SheetCell = { value, mergedFrom: from };
        if (error !== undefined) cell.error = error;
        cells[c] = cell;
      }
    }
  }
}
