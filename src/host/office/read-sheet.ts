import { SheetTable } from '../../core/table';
import { MAX_ROWS, Rect, formatRange, parseRange, rowsAddress, splitAreas, splitQualified } from './a1';
import { RowGrid, finishTable, placeBlock, resolveMerges } from './cell-mapping';
import { hasCode, payloadTooLarge, sheetNotFound } from './errors';
import { isPayloadError, valueBytes } from './payload';

/**
 * Reads a worksheet's used range into a SheetTable.
 *
 * A sheet that fits one request costs exactly one `context.sync()`: the batch asks at once for
 * the used range's size, the values, formulas and value types (so that a text cell reading `#N/A`
 * is not taken for an error) of the first block of rows (5,000 by default)
 * and, on ExcelApi 1.13, the merged areas in those rows. Only when the sheet is longer, or that
 * first request is refused (too large, or more than 512 merged areas), are the rows read in
 * further blocks, each sized from the bytes per row seen so far to stay well under the 5 MB limit.
 */

export interface ReadSheetOptions {
  /** Resolve merged areas (ExcelApi 1.13). */
  mergedAreas: boolean;
  payloadLimit: number;
  /** Rows asked for in the first request. */
  firstBlockRows: number;
  /** Upper bound of rows per later request. */
  maxBlockRows: number;
}

export const DEFAULT_READ_OPTIONS: ReadSheetOptions = {
  mergedAreas: true,
  payloadLimit: 5 * 1024 * 1024,
  firstBlockRows: 5_000,
  maxBlockRows: 20_000,
};

/** Cells per request, well under Excel's cap of five million cells per range read. */
const MAX_CELLS_PER_READ = 1_000_000;
/** Share of the payload limit a planned block may use (JSON and the second grid add overhead). */
const BLOCK_BUDGET_SHARE = 0.5;
/** What a cell costs in a response at the least, empty or not: `"",` in values and formulas, `"Empty",` in valueTypes. */
const MIN_CELL_BYTES = 14;
/** Merged areas Excel returns for one range at most. */
const MAX_MERGED_AREAS = 512;

type MergeMode = 'block' | 'windows' | 'off';

interface UsedDims {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

function dimsOf(range: Excel.Range): UsedDims | undefined {
  if (range.isNullObject) return undefined;
  return { r0: range.rowIndex, c0: range.columnIndex, r1: range.rowIndex + range.rowCount - 1, c1: range.columnIndex + range.columnCount - 1 };
}

function mergeRects(areas: Excel.RangeAreas[]): Rect[] {
  const out: Rect[] = [];
  for (const a of areas) {
    if (a.isNullObject) continue;
    for (const ref of splitAreas(a.address)) {
      const rect = parseRange(splitQualified(ref).address);
      if (rect) out.push(rect);
    }
  }
  return out;
}

class TableReader {
  private readonly grid: RowGrid = [];
  private readonly merges = new Map<string, Rect>();
  private mergeMode: MergeMode;
  private bytesPerRow = 0;

  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly sheet: Excel.Worksheet,
    private readonly options: ReadSheetOptions,
  ) {
    this.mergeMode = options.mergedAreas ? 'block' : 'off';
  }

  /** After a refused first request that was not about size: read merged areas in small windows. */
  mergesInWindows(): void {
    if (this.mergeMode === 'block') this.mergeMode = 'windows';
  }

  private addMerges(rects: Rect[]): void {
    for (const m of rects) this.merges.set(formatRange(m), m);
  }

  private noteBytes(rows: number, ...grids: unknown[][][]): void {
    const bytes = grids.reduce((n, g) => n + valueBytes(g), 0);
    this.bytesPerRow = Math.max(this.bytesPerRow, bytes / Math.max(1, rows));
  }

  /**
   * Rows per block for the next request, from the bytes per row seen so far, and never more than
   * the rows whose cells, even empty, fit the budget (before anything was read, too).
   */
  private plannedRows(columns: number, fallback: number): number {
    const byCells = Math.max(1, Math.floor(MAX_CELLS_PER_READ / Math.max(1, columns)));
    const budget = this.options.payloadLimit * BLOCK_BUDGET_SHARE;
    const byEmptyCells = Math.floor(budget / (Math.max(1, columns) * MIN_CELL_BYTES));
    const byBytes = this.bytesPerRow > 0 ? Math.floor(budget / this.bytesPerRow) : fallback;
    return Math.max(1, Math.min(byCells, byBytes, byEmptyCells, this.options.maxBlockRows));
  }

  /**
   * The optimistic first request. Returns the used range (undefined for an empty sheet) and the
   * first row not read yet, or `failed` with the error when the request was refused.
   */
  async first(): Promise<{ used?: UsedDims; next: number } | { failed: unknown }> {
    const rows = Math.min(this.options.firstBlockRows, MAX_ROWS);
    const used = this.sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const top = this.sheet.getRange(rowsAddress(0, rows - 1));
    const part = top.getUsedRangeOrNullObject(true);
    part.load('values,formulas,valueTypes,rowIndex,columnIndex');
    const merged = this.mergeMode !== 'off' ? top.getMergedAreasOrNullObject() : undefined;
    merged?.load('address');
    try {
      await this.ctx.sync();
    } catch (e) {
      if (hasCode(e, 'ItemNotFound')) throw e;
      return { failed: e };
    }
    const dims = dimsOf(used);
    if (!part.isNullObject) {
      placeBlock(this.grid, part.rowIndex, part.columnIndex, part.values, part.formulas, part.valueTypes);
      this.noteBytes(part.values.length, part.values, part.formulas, part.valueTypes);
    }
    if (merged) this.addMerges(mergeRects([merged]));
    return { used: dims, next: rows };
  }

  /** Only the used range's size, after the first request was refused. */
  async probe(): Promise<UsedDims | undefined> {
    this.sheet.load('id,name');
    const used = this.sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    await this.ctx.sync();
    return dimsOf(used);
  }

  /** Reads rows `from`..used.r1 of the used columns in blocks. */
  async rest(used: UsedDims, from: number, initialRows: number): Promise<void> {
    const columns = used.c1 - used.c0 + 1;
    let rows = Math.min(initialRows, this.plannedRows(columns, initialRows));
    let start = Math.max(from, used.r0);
    while (start <= used.r1) {
      const end = Math.min(used.r1, start + rows - 1);
      const rect: Rect = { r0: start, c0: used.c0, r1: end, c1: used.c1 };
      const range = this.sheet.getRange(formatRange(rect));
      range.load('values,formulas,valueTypes');
      const areas = this.requestMerges(rect, columns);
      try {
        await this.ctx.sync();
      } catch (e) {
        if (isPayloadError(e) || hasCode(e, 'RangeExceedsLimit')) {
          if (rows === 1) throw payloadTooLarge(`row ${start + 1}`);
          rows = Math.max(1, Math.floor(rows / 4));
          continue;
        }
        if (areas.length && this.mergeMode !== 'off') {
          this.mergeMode = this.mergeMode === 'block' ? 'windows' : 'off';
          continue;
        }
        throw e;
      }
      placeBlock(this.grid, start, used.c0, range.values, range.formulas, range.valueTypes);
      this.noteBytes(end - start + 1, range.values, range.formulas, range.valueTypes);
      this.addMerges(mergeRects(areas));
      range.untrack();
      start = end + 1;
      rows = this.plannedRows(columns, rows);
    }
  }

  /** Merged-area requests for a block: the whole block, or windows small enough for 512 areas each. */
  private requestMerges(rect: Rect, columns: number): Excel.RangeAreas[] {
    if (this.mergeMode === 'off') return [];
    const windowRows = this.mergeMode === 'block' ? rect.r1 - rect.r0 + 1 : Math.max(1, Math.floor((2 * MAX_MERGED_AREAS) / columns));
    const areas: Excel.RangeAreas[] = [];
    for (let r = rect.r0; r <= rect.r1; r += windowRows) {
      const w: Rect = { ...rect, r0: r, r1: Math.min(rect.r1, r + windowRows - 1) };
      const a = this.sheet.getRange(formatRange(w)).getMergedAreasOrNullObject();
      a.load('address');
      areas.push(a);
    }
    return areas;
  }

  table(name: string): SheetTable {
    resolveMerges(this.grid, [...this.merges.values()]);
    return finishTable(name, this.grid);
  }
}

/** Reads the sheet named by id or name, or the active one, within one Excel.run. */
export async function readSheetTable(
  ctx: Excel.RequestContext,
  name: string | undefined,
  options: ReadSheetOptions,
): Promise<SheetTable & { sheetId: string }> {
  const sheet = name === undefined ? ctx.workbook.worksheets.getActiveWorksheet() : ctx.workbook.worksheets.getItem(name);
  sheet.load('id,name');
  const reader = new TableReader(ctx, sheet, options);
  try {
    const first = await reader.first();
    if ('failed' in first) {
      const tooLarge = isPayloadError(first.failed) || hasCode(first.failed, 'RangeExceedsLimit');
      if (!tooLarge) reader.mergesInWindows();
      const used = await reader.probe();
      if (used) {
        const rows = tooLarge ? Math.max(1, Math.floor(options.firstBlockRows / 8)) : options.firstBlockRows;
        await reader.rest(used, used.r0, rows);
      }
    } else if (first.used && first.used.r1 >= first.next) {
      await reader.rest(first.used, first.next, options.maxBlockRows);
    }
  } catch (e) {
    if (name !== undefined && hasCode(e, 'ItemNotFound')) throw sheetNotFound(name);
    throw e;
  }
  return { ...reader.table(sheet.name), sheetId: sheet.id };
}
