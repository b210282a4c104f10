import { parseAddress } from '../../core/table';
import type { CellMark, MarkResult } from '../port';
import { formatRange } from './a1';
import { blockAddress, verticalBlocks } from './cell-blocks';
import { badAddress, duplicateAddress } from './errors';

/**
 * Marking problem cells with a background colour, and removing exactly those marks. Only the
 * fill is ever touched: a cell that already has a fill of its own is not marked, and a mark is
 * removed only where the cell still carries that very colour (the user may have recoloured it).
 * Each costs two syncs: one to read the protection and the cells' fills
 * (`getCellProperties`, ExcelApi 1.9), one to write.
 */

interface Fill {
  color?: string;
  pattern?: string;
}

function cellsOf(marks: CellMark[]): { row: number; col: number }[] {
  const seen = new Set<string>();
  return marks.map((m) => {
    const p = parseAddress(m.address);
    if (!p) throw badAddress(m.address);
    const key = `${p.row}:${p.col}`;
    if (seen.has(key)) throw duplicateAddress(m.address);
    seen.add(key);
    return p;
  });
}

/** Sync 1: protection and every named cell's fill, in the order of `marks`. */
async function readFills(ctx: Excel.RequestContext, sheet: Excel.Worksheet, marks: CellMark[]): Promise<{ locked: boolean; fills: Fill[] }> {
  const cells = cellsOf(marks);
  const blocks = verticalBlocks(cells);
  sheet.protection.load('protected,options');
  const reads = blocks.map((block) => ({
    block,
    props: sheet.getRange(blockAddress(block)).getCellProperties({ format: { fill: { color: true, pattern: true } } }),
  }));
  await ctx.sync();
  const protection = sheet.protection;
  const locked = protection.protected && !protection.options?.allowFormatCells;
  const fills: Fill[] = new Array(marks.length);
  for (const { block, props } of reads) {
    block.members.forEach((index, k) => {
      fills[index] = props.value[k][0]?.format?.fill ?? {};
    });
  }
  return { locked, fills };
}

const hasOwnFill = (fill: Fill): boolean => !!fill.pattern && fill.pattern !== 'None';
const sameColor = (a: string | undefined, b: string): boolean => !!a && a.toUpperCase() === b.toUpperCase();

/** Vertical runs of cells with the same colour, as ranges to set at once. */
function runs(marks: CellMark[], indexes: number[]): { address: string; color: string }[] {
  const cells = cellsOf(marks);
  const out: { address: string; color: string }[] = [];
  for (const block of verticalBlocks(indexes.map((i) => cells[i]))) {
    let start = 0;
    for (let k = 1; k <= block.members.length; k++) {
      const here = marks[indexes[block.members[start]]].color.toUpperCase();
      if (k < block.members.length && marks[indexes[block.members[k]]].color.toUpperCase() === here) continue;
      out.push({ address: formatRange({ r0: block.rect.r0 + start, c0: block.rect.c0, r1: block.rect.r0 + k - 1, c1: block.rect.c0 }), color: here });
      start = k;
    }
  }
  return out;
}

export async function markCellsIn(ctx: Excel.RequestContext, sheetKey: string, marks: CellMark[]): Promise<MarkResult> {
  if (!marks.length) return { ok: true, changed: [], skipped: [] };
  const sheet = ctx.workbook.worksheets.getItem(sheetKey);
  sheet.load('name');
  const { locked, fills } = await readFills(ctx, sheet, marks);
  if (locked) return { ok: false, refusal: { reason: 'protected', sheet: sheet.name } };
  const todo = marks.map((_, i) => i).filter((i) => !hasOwnFill(fills[i]));
  for (const run of runs(marks, todo)) sheet.getRange(run.address).format.fill.color = run.color;
  if (todo.length) await ctx.sync();
  const marked = new Set(todo);
  return { ok: true, changed: todo.map((i) => marks[i].address), skipped: marks.filter((_, i) => !marked.has(i)).map((m) => m.address) };
}

export async function unmarkCellsIn(ctx: Excel.RequestContext, sheetKey: string, marks: CellMark[]): Promise<MarkResult> {
  if (!marks.length) return { ok: true, changed: [], skipped: [] };
  const sheet = ctx.workbook.worksheets.getItem(sheetKey);
  sheet.load('name');
  const { locked, fills } = await readFills(ctx, sheet, marks);
  const ours = marks.map((_, i) => i).filter((i) => fills[i].pattern === 'Solid' && sameColor(fills[i].color, marks[i].color));
  const gone = marks.map((_, i) => i).filter((i) => !hasOwnFill(fills[i]));
  if (ours.length && locked) return { ok: false, refusal: { reason: 'protected', sheet: sheet.name } };
  for (const run of runs(marks, ours)) sheet.getRange(run.address).format.fill.clear();
  if (ours.length) await ctx.sync();
  const done = new Set([...ours, ...gone]);
  return {
    ok: true,
    changed: marks.filter((_, i) => done.has(i)).map((m) => m.address),
    skipped: marks.filter((_, i) => !done.has(i)).map((m) => m.address),
  };
}
