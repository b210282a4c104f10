import { chooseSheet } from '../../core/sheet-choice';

/**
 * What the pane works on, shared by every tab: the workbook's sheets (by id, with whether each
 * holds a header), the active sheet, the sheet the pane checks and fills (the target) and the
 * reporting month. Changed only through `reduceSession`, so it can be tested alone.
 *
 * The target follows Excel: whenever the active sheet holds a header it becomes the target. A
 * sheet without one (a cover, instructions, the pane's own report sheet) never does: the pane
 * keeps its target, says so, and offers the sheets that hold a header. With no target yet, it is
 * chosen the way the CLI chooses (sheet-choice.ts): the active sheet if it has a header, else the
 * first visible one that is not an example or cover, else the first with a header, else the active
 * sheet (which then reports that it has none).
 */

export interface SheetEntry {
  id: string;
  name: string;
  visible: boolean;
  /** Whether the sheet holds a header; undefined until known. */
  hasHeader?: boolean;
}

export interface SessionState {
  phase: 'starting' | 'ready' | 'failed';
  sheets: SheetEntry[];
  activeId?: string;
  targetId?: string;
  /** The workbook's file name, when the host tells it. */
  workbook?: string;
  month?: number;
  monthInferred: boolean;
  error?: string;
}

export type SessionAction =
  | { type: 'surveyed'; sheets: SheetEntry[]; activeId: string; workbook?: string }
  | { type: 'activated'; sheetId: string }
  /** The user chose the sheet to check in the pane. */
  | { type: 'choose'; sheetId: string }
  /** A sheet was read whole: its current name, and whether it holds a header. */
  | { type: 'read'; sheetId: string; name: string; hasHeader: boolean }
  | { type: 'month'; month: number; inferred: boolean }
  | { type: 'failed'; error: string };

export const initialSession: SessionState = { phase: 'starting', sheets: [], monthInferred: false };

function entry(state: SessionState, id: string | undefined): SheetEntry | undefined {
  return id === undefined ? undefined : state.sheets.find((s) => s.id === id);
}

/** The target for a fresh list of sheets: the active sheet with a header, else the one kept, else the CLI's choice. */
function targetFor(sheets: SheetEntry[], activeId: string, kept: string | undefined): string | undefined {
  const active = sheets.find((s) => s.id === activeId);
  if (active?.hasHeader) return active.id;
  const keep = sheets.find((s) => s.id === kept);
  if (keep && keep.visible && keep.hasHeader !== false) return keep.id;
  if (!sheets.length) return undefined;
  const index = Math.max(
    0,
    sheets.findIndex((s) => s.id === activeId),
  );
  const choice = chooseSheet(
    sheets.map((s) => ({ name: s.name, hidden: !s.visible })),
    index,
    (i) => sheets[i].hasHeader === true,
  );
  return sheets[choice.index]?.id;
}

export function reduceSession(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'surveyed': {
      // What was learnt by reading a sheet whole stays known when a new list lacks its head.
      const sheets = action.sheets.map((s) => (s.hasHeader === undefined ? { ...s, hasHeader: entry(state, s.id)?.hasHeader } : s));
      const targetId = targetFor(sheets, action.activeId, state.targetId);
      return { ...state, phase: 'ready', sheets, activeId: action.activeId, targetId, workbook: action.workbook ?? state.workbook, error: undefined };
    }
    case 'activated': {
      const active = entry(state, action.sheetId);
      return { ...state, activeId: action.sheetId, targetId: active?.hasHeader ? active.id : state.targetId };
    }
    case 'choose':
      return entry(state, action.sheetId) ? { ...state, targetId: action.sheetId } : state;
    case 'read': {
      const known = entry(state, action.sheetId);
      if (!known) return state;
      const sheets = state.sheets.map((s) => (s.id === action.sheetId ? { ...s, name: action.name, hasHeader: action.hasHeader } : s));
      return { ...state, sheets };
    }
    case 'month':
      return { ...state, month: action.month, monthInferred: action.inferred };
    case 'failed':
      return { ...state, phase: state.phase === 'starting' ? 'failed' : state.phase, error: action.error };
  }
}

/** The sheet the pane works on. */
export function targetOf(state: SessionState): SheetEntry | undefined {
  return entry(state, state.targetId);
}

export function activeOf(state: SessionState): SheetEntry | undefined {
  return entry(state, state.activeId);
}

/** Visible sheets holding a header, other than the target: offered to check instead, and named in the report. */
export function otherProcessSheets(state: SessionState): SheetEntry[] {
  return state.sheets.filter((s) => s.visible && s.hasHeader && s.id !== state.targetId);
}

/** Visible sheets holding a header, the target included: the choices of the sheet picker. */
export function processSheets(state: SessionState): SheetEntry[] {
  return state.sheets.filter((s) => (s.visible && s.hasHeader) || s.id === state.targetId);
}

/**
 * What the pane says about the active sheet: nothing when it is the target; `other` when it has no
 * header and the pane checks another sheet; `none` when no sheet of the workbook has a header.
 */
export function activeNotice(state: SessionState): { kind: 'other'; active: string; target: string } | { kind: 'none'; active: string } | undefined {
  const active = activeOf(state);
  const target = targetOf(state);
  if (!active || active.hasHeader !== false) return undefined;
  if (target && target.id !== active.id && target.hasHeader !== false) return { kind: 'other', active: active.name, target: target.name };
  return { kind: 'none', active: active.name };
}
