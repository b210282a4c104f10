import { parseAddress } from '../../core/table';
import type { Issue } from '../../core/types';
import type { CellMark } from '../../host/port';

/**
 * Which cells to colour for a check's issues, and the list of coloured cells kept in the
 * workbook's settings (so the marks can be removed in one click, also after the pane was closed).
 */

/** Excel's "bad" light red and "neutral" light yellow. */
export const MARK_COLORS = { error: '#FFC7CE', warning: '#FFEB9C' } as const;

/** The workbook setting holding the list. */
export const MARKS_SETTING = 'psheet.marks';

export interface SheetMarks {
  sheetId: string;
  sheetName: string;
  cells: CellMark[];
}

/** Errors red, warnings yellow, one mark a cell (the more severe wins); notes and whole-sheet issues are not marked. */
export function marksFor(issues: readonly Issue[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const i of issues) {
    if (!i.cell || !parseAddress(i.cell) || (i.severity !== 'error' && i.severity !== 'warning')) continue;
    const known = byCell.get(i.cell);
    if (!known || (i.severity === 'error' && known.color !== MARK_COLORS.error)) byCell.set(i.cell, { address: i.cell, color: MARK_COLORS[i.severity] });
  }
  return [...byCell.values()];
}

function isMark(x: unknown): x is CellMark {
  const m = x as CellMark;
  return !!m && typeof m.address === 'string' && typeof m.color === 'string' && /^#[0-9A-Fa-f]{6}$/.test(m.color);
}

/** The stored list; anything unreadable counts as no list. */
export function parseMarks(text: string | undefined): SheetMarks[] {
  if (!text) return [];
  try {
    const raw = JSON.parse(text) as { sheets?: unknown };
    if (!Array.isArray(raw.sheets)) return [];
    return raw.sheets
      .filter((s): s is SheetMarks => !!s && typeof s.sheetId === 'string' && typeof s.sheetName === 'string' && Array.isArray(s.cells))
      .map((s) => ({ sheetId: s.sheetId, sheetName: s.sheetName, cells: s.cells.filter(isMark) }))
      .filter((s) => s.cells.length > 0);
  } catch {
    return [];
  }
}

export function serializeMarks(list: SheetMarks[]): string {
  return JSON.stringify({ v: 1, sheets: list.filter((s) => s.cells.length) });
}

/** The list with `cells` added to the sheet's entry (a cell marked again keeps one entry). */
export function withMarks(list: SheetMarks[], sheetId: string, sheetName: string, cells: CellMark[]): SheetMarks[] {
  const others = list.filter((s) => s.sheetId !== sheetId);
  const mine = list.find((s) => s.sheetId === sheetId)?.cells ?? [];
  const byAddress = new Map(mine.map((c) => [c.address, c]));
  for (const c of cells) byAddress.set(c.address, c);
  return [...others, { sheetId, sheetName, cells: [...byAddress.values()] }];
}

/** The list without `addresses` of the sheet. */
export function withoutMarks(list: SheetMarks[], sheetId: string, addresses: readonly string[]): SheetMarks[] {
  const drop = new Set(addresses);
  return list.map((s) => (s.sheetId === sheetId ? { ...s, cells: s.cells.filter((c) => !drop.has(c.address)) } : s)).filter((s) => s.cells.length);
}
