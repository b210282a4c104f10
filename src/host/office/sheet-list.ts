import type { ListSheetsOptions, SheetInfo, SheetList } from '../port';
import { MAX_ROWS, parseRange, splitAreas, splitQualified, Rect } from './a1';
import { finishTable, placeBlock, RowGrid, resolveMerges } from './cell-mapping';
import type { ExcelFeatures } from './requirements';

/**
 * The workbook's sheets with their ids, visibility and the active sheet in one sync; with
 * `headRows`, each sheet's first rows in a second sync, so the pane can tell the sheets holding a
 * header from the others (cover, instructions, its own report) without reading them whole.
 */

interface HeadRead {
  used: Excel.Range;
  merged?: Excel.RangeAreas;
}

function mergeRects(areas: Excel.RangeAreas | undefined): Rect[] {
  if (!areas || areas.isNullObject) return [];
  return splitAreas(areas.address)
    .map((ref) => parseRange(splitQualified(ref).address))
    .filter((r): r is Rect => !!r);
}

async function readHeads(ctx: Excel.RequestContext, sheets: SheetInfo[], rows: number, merges: boolean): Promise<void> {
  const ws = ctx.workbook.worksheets;
  const reads: HeadRead[] = sheets.map((s) => {
    const top = ws.getItem(s.id).getRange(`1:${rows}`);
    const used = top.getUsedRangeOrNullObject(true);
    used.load('values,formulas,valueTypes,rowIndex,columnIndex');
    const merged = merges ? top.getMergedAreasOrNullObject() : undefined;
    merged?.load('address');
    return { used, merged };
  });
  await ctx.sync();
  sheets.forEach((s, i) => {
    const { used, merged } = reads[i];
    const grid: RowGrid = [];
    if (!used.isNullObject) placeBlock(grid, used.rowIndex, used.columnIndex, used.values, used.formulas, used.valueTypes);
    resolveMerges(grid, mergeRects(merged));
    s.head = finishTable(s.name, grid);
  });
}

export async function listSheetsIn(ctx: Excel.RequestContext, features: ExcelFeatures, options: ListSheetsOptions = {}): Promise<SheetList> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/id,items/name,items/visibility');
  const active = sheets.getActiveWorksheet();
  active.load('id');
  if (features.workbookName) ctx.workbook.load('name');
  await ctx.sync();
  const list: SheetList = {
    sheets: sheets.items.map((s) => ({ id: s.id, name: s.name, visible: s.visibility === 'Visible' })),
    activeId: active.id,
  };
  if (features.workbookName && ctx.workbook.name) list.workbook = ctx.workbook.name;
  const rows = Math.min(MAX_ROWS, Math.floor(options.headRows ?? 0));
  if (rows > 0 && list.sheets.length) {
    try {
      await readHeads(ctx, list.sheets, rows, features.mergedAreas);
    } catch {
      // More than 512 merged areas, or a response too large: the heads without merges, else none
      // (the pane then reads a sheet whole when it needs to know).
      try {
        await readHeads(ctx, list.sheets, rows, false);
      } catch {
        for (const s of list.sheets) delete s.head;
      }
    }
  }
  return list;
}
