import { cellText, parseAddress } from '../../core/table';
import type { CellChange, WriteResult } from '../port';
import { formatRange } from './a1';
import { CellBlock, blockAddress, groupBySize, splitBlocks, verticalBlocks } from './cell-blocks';
import { isFormula, toSheetCell } from './cell-mapping';
import { badAddress, duplicateAddress, hasCode, sheetNotFound } from './errors';
import { isPayloadError, utf8Length } from './payload';
import { insertPlainRun } from '../../core/text-runs';
import { Insertion, MAX_CELL_CHARS, additiveInsertion, textEntry } from './text-edits';

/**
 * writeCells and richTextCells on Excel.
 *
 * writeCells first checks what needs no round trip (length, additivity), then in ONE sync reads
 * the sheet's protection and the named cells' values and formulas (and, on ExcelApi 1.18, their
 * text runs); it refuses before writing anything if the sheet is protected, a cell holds a
 * formula, or a cell's text differs from the preview. The second sync writes: one 2-D array per
 * vertical block of plain cells, `setCellProperties` text runs for cells with mixed formatting.
 * More syncs happen only when the cells do not fit one request (about 5 MB).
 */

export interface WriteCellsOptions {
  /** ExcelApi 1.18: keep text runs of cells with mixed formatting. */
  textRuns: boolean;
  payloadLimit: number;
}

/** What one text run's font adds to a request or response (its properties as JSON, with room to spare). */
const RUN_FONT_BYTES = 256;

interface Current {
  value: unknown;
  formula: unknown;
  runs?: Excel.RangeTextRun[];
}

function parseCells(addresses: string[]): { row: number; col: number }[] {
  const seen = new Set<string>();
  return addresses.map((a) => {
    const p = parseAddress(a);
    if (!p) throw badAddress(a);
    const key = `${p.row}:${p.col}`;
    if (seen.has(key)) throw duplicateAddress(a);
    seen.add(key);
    return p;
  });
}

async function syncOn(ctx: Excel.RequestContext, sheetName: string): Promise<void> {
  try {
    await ctx.sync();
  } catch (e) {
    if (hasCode(e, 'ItemNotFound')) throw sheetNotFound(sheetName);
    throw e;
  }
}

function isRich(current: Current | undefined): boolean {
  return !!current?.runs && current.runs.length > 1;
}

export async function writeCellsIn(ctx: Excel.RequestContext, sheetName: string, changes: CellChange[], options: WriteCellsOptions): Promise<WriteResult> {
  if (!changes.length) return { ok: true, written: 0 };
  const cells = parseCells(changes.map((c) => c.address));

  const tooLong = changes.filter((c) => c.after.length > MAX_CELL_CHARS).map((c) => c.address);
  if (tooLong.length) return { ok: false, refusal: { reason: 'too-long', addresses: tooLong } };
  const insertions = changes.map(additiveInsertion);
  const notAdditive = changes.filter((_, i) => !insertions[i]).map((c) => c.address);
  if (notAdditive.length) return { ok: false, refusal: { reason: 'not-additive', addresses: notAdditive } };

  const budget = options.payloadLimit * 0.5;
  const readFactor = options.textRuns ? 4 : 2;
  // Text runs come back with their font (ten properties), which weighs more than a short text.
  const readExtra = options.textRuns ? RUN_FONT_BYTES : 0;
  const memberSize = (i: number): number => Math.max(readFactor * utf8Length(changes[i].before) + readExtra, 3 * utf8Length(changes[i].after)) + 64;
  const blocks = splitBlocks(verticalBlocks(cells), memberSize, budget);
  const memberRead = (i: number): number => readFactor * utf8Length(changes[i].before) + readExtra + 64;
  const readSize = (b: CellBlock): number => b.members.reduce((n, i) => n + memberRead(i), 0);

  // Sync 1 (more only for very large writes): protection and the cells as they are now.
  const sheet = ctx.workbook.worksheets.getItem(sheetName);
  const current: Current[] = new Array(changes.length);
  let readBudget = budget;
  let readGroups = groupBySize(blocks, readSize, readBudget);
  for (let g = 0; g < readGroups.length; g++) {
    if (g === 0) sheet.protection.load('protected');
    const reads = readGroups[g].map((block) => {
      const range = sheet.getRange(blockAddress(block));
      range.load('values,formulas');
      const props = options.textRuns ? range.getCellProperties({ textRuns: true }) : undefined;
      return { block, range, props };
    });
    try {
      await syncOn(ctx, sheetName);
    } catch (e) {
      // Cells with many text runs (each with its font) weigh more than planned: read the rest in smaller requests.
      if (!isPayloadError(e) || readBudget < 1_000) throw e;
      readBudget /= 4;
      readGroups = [...readGroups.slice(0, g), ...groupBySize(splitBlocks(readGroups.slice(g).flat(), memberRead, readBudget), readSize, readBudget)];
      g--;
      continue;
    }
    if (g === 0 && sheet.protection.protected) return { ok: false, refusal: { reason: 'protected', sheet: sheetName } };
    for (const { block, range, props } of reads) {
      block.members.forEach((index, k) => {
        current[index] = { value: range.values[k][0], formula: range.formulas[k][0], runs: props?.value[k][0]?.textRuns };
      });
      range.untrack();
    }
  }

  const formulas = changes.filter((_, i) => isFormula(current[i].formula, current[i].value)).map((c) => c.address);
  if (formulas.length) return { ok: false, refusal: { reason: 'formula', addresses: formulas } };
  const changed = changes.filter((c, i) => cellText(toSheetCell(current[i].value, current[i].formula)) !== c.before).map((c) => c.address);
  if (changed.length) return { ok: false, refusal: { reason: 'changed', addresses: changed } };

  // Sync 2: the writes.
  const memberWrite = (i: number): number => {
    const runs = isRich(current[i]) ? current[i].runs!.length + 1 : 0;
    return (runs ? 3 : 1) * utf8Length(changes[i].after) + runs * RUN_FONT_BYTES + 64;
  };
  const writeSize = (b: CellBlock): number => b.members.reduce((n, i) => n + memberWrite(i), 0);
  for (const group of groupBySize(splitBlocks(blocks, memberWrite, budget), writeSize, budget)) {
    for (const block of group) queueBlockWrite(sheet, block, changes, insertions as Insertion[], current);
    await syncOn(ctx, sheetName);
  }
  return { ok: true, written: changes.length };
}

/** Plain cells of a block as 2-D arrays per contiguous run; rich cells through their text runs. */
function queueBlockWrite(sheet: Excel.Worksheet, block: CellBlock, changes: CellChange[], insertions: Insertion[], current: Current[]): void {
  let plain: number[] = [];
  let plainStart = block.rect.r0;
  const flush = (): void => {
    if (!plain.length) return;
    const rect = { r0: plainStart, c0: block.rect.c0, r1: plainStart + plain.length - 1, c1: block.rect.c0 };
    sheet.getRange(formatRange(rect)).values = plain.map((i) => [textEntry(changes[i].after)]);
    plain = [];
  };
  block.members.forEach((index, k) => {
    const row = block.rect.r0 + k;
    const cur = current[index];
    if (isRich(cur)) {
      flush();
      const ins = insertions[index];
      const runs = insertPlainRun(cur.runs!, ins.at, ins.text) as Excel.RangeTextRun[];
      sheet.getRange(formatRange({ r0: row, c0: block.rect.c0, r1: row, c1: block.rect.c0 })).setCellProperties([[{ textRuns: runs }]]);
      return;
    }
    if (!plain.length) plainStart = row;
    plain.push(index);
  });
  flush();
}

/** Addresses among `addresses` whose cells have more than one text run (ExcelApi 1.18). */
export async function richTextCellsIn(ctx: Excel.RequestContext, sheetName: string, addresses: string[], chunkCells = 2_000): Promise<string[]> {
  if (!addresses.length) return [];
  const cells = parseCells(addresses);
  const blocks = verticalBlocks(cells);
  const sheet = ctx.workbook.worksheets.getItem(sheetName);
  const rich: string[] = [];
  let size = chunkCells;
  let pending = blocks;
  while (pending.length) {
    const group = groupBySize(pending, (b) => b.members.length, size)[0];
    const reads = group.map((block) => ({ block, props: sheet.getRange(blockAddress(block)).getCellProperties({ textRuns: true }) }));
    try {
      await syncOn(ctx, sheetName);
    } catch (e) {
      if (isPayloadError(e) && size > 1) {
        size = Math.max(1, Math.floor(size / 4));
        continue;
      }
      throw e;
    }
    for (const { block, props } of reads) {
      block.members.forEach((index, k) => {
        if ((props.value[k][0]?.textRuns?.length ?? 0) > 1) rich.push(addresses[index]);
      });
    }
    pending = pending.slice(group.length);
  }
  const order = new Map(addresses.map((a, i) => [a, i]));
  return rich.sort((a, b) => order.get(a)! - order.get(b)!);
}
