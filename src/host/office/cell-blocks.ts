import { Rect, formatRange } from './a1';

/**
 * Groups named cells into vertical blocks (same column, consecutive rows) so each block is read
 * and written as one 2-D array, and only the named cells are touched.
 */

export interface CellBlock {
  rect: Rect;
  /** Indices into the caller's list, top to bottom. */
  members: number[];
}

export function verticalBlocks(cells: { row: number; col: number }[]): CellBlock[] {
  const order = cells.map((_, i) => i).sort((a, b) => cells[a].col - cells[b].col || cells[a].row - cells[b].row);
  const blocks: CellBlock[] = [];
  let current: CellBlock | undefined;
  for (const i of order) {
    const { row, col } = cells[i];
    if (current && current.rect.c0 === col && current.rect.r1 + 1 === row) {
      current.rect.r1 = row;
      current.members.push(i);
      continue;
    }
    current = { rect: { r0: row, c0: col, r1: row, c1: col }, members: [i] };
    blocks.push(current);
  }
  return blocks;
}

/** Cuts blocks whose members together exceed `budget` into shorter blocks. */
export function splitBlocks(blocks: CellBlock[], memberSize: (index: number) => number, budget: number): CellBlock[] {
  const out: CellBlock[] = [];
  for (const block of blocks) {
    let part: CellBlock | undefined;
    let bytes = 0;
    block.members.forEach((index, k) => {
      const row = block.rect.r0 + k;
      const n = memberSize(index);
      if (!part || bytes + n > budget) {
        part = { rect: { r0: row, c0: block.rect.c0, r1: row, c1: block.rect.c1 }, members: [] };
        out.push(part);
        bytes = 0;
      }
      part.rect.r1 = row;
      part.members.push(index);
      bytes += n;
    });
  }
  return out;
}

/** Splits blocks into groups whose estimated size stays within `budget`. */
export function groupBySize<T>(items: T[], size: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const n = size(item);
    if (group.length && bytes + n > budget) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(item);
    bytes += n;
  }
  if (group.length) groups.push(group);
  return groups;
}

export function blockAddress(block: CellBlock): string {
  return formatRange(block.rect);
}
