import type { Consolidation } from '../../core/consolidate';
import type { ConsolidationWriteResult } from '../../host/port';

/**
 * What the 集約 tab shows: the files chosen, each read in turn with its outcome (initiatives and
 * issue counts, or why it could not be read), the consolidation of those read, the question
 * before sheets written earlier are replaced, and what the write did. Changed only through
 * `reduceConsolidation`, so it can be tested alone.
 */

export type FileStatus = 'waiting' | 'reading' | 'read' | 'unreadable' | 'skipped' | 'cancelled';

export interface FileEntry {
  /** Unique in the list (the name, and a number for a second file of that name). */
  id: string;
  name: string;
  size: number;
  status: FileStatus;
  /** The sheet read, when the file could be read. */
  sheet?: string;
  /** Initiatives (rows read as initiatives). */
  initiatives?: number;
  counts?: { error: number; warning: number; info: number };
  /** Why the file was not read or not used, in both languages. */
  reason?: { ja: string; en: string };
}

export type WriteOutcome = ConsolidationWriteResult | { ok: false; declined: true } | { ok: false; error: string };

export interface ConsolidationState {
  files: FileEntry[];
  /** Reading files; `stopping` once the user asked to cancel (the file under way finishes). */
  phase: 'idle' | 'reading' | 'stopping' | 'done' | 'confirm' | 'writing';
  /** The consolidation of the files read (undefined while reading or with none read). */
  result?: Consolidation;
  /** Sheets written earlier that the write would replace: the user is asked. */
  confirm?: { id: string; name: string }[];
  write?: WriteOutcome;
  /** Files left out of the last choice because they were in the list already. */
  duplicates?: string[];
}

export type ConsolidationAction =
  | { type: 'add'; files: { id: string; name: string; size: number }[]; duplicates: string[] }
  | { type: 'start' }
  | { type: 'reading'; id: string }
  | { type: 'read'; id: string; entry: Pick<FileEntry, 'sheet' | 'initiatives' | 'counts'> }
  | { type: 'unreadable'; id: string; reason: { ja: string; en: string }; skipped?: boolean }
  | { type: 'cancel' }
  /** The reading loop ended: files still waiting after a cancel are marked as not read. */
  | { type: 'stopped' }
  /** Files not read (cancelled), or all of them (the month or the settings changed), are read again. */
  | { type: 'requeue'; all: boolean }
  | { type: 'consolidated'; result: Consolidation | undefined }
  | { type: 'clear' }
  | { type: 'writing' }
  | { type: 'ask'; sheets: { id: string; name: string }[] }
  | { type: 'declined' }
  | { type: 'written'; result: WriteOutcome };

export const initialConsolidation: ConsolidationState = { files: [], phase: 'idle' };

/** Files whose reading is over (read, unreadable or skipped). */
export function finished(files: readonly FileEntry[]): number {
  return files.filter((f) => f.status === 'read' || f.status === 'unreadable' || f.status === 'skipped').length;
}

function update(state: ConsolidationState, id: string, change: Partial<FileEntry>): ConsolidationState {
  return { ...state, files: state.files.map((f) => (f.id === id ? { ...f, ...change } : f)) };
}

export function reduceConsolidation(state: ConsolidationState, action: ConsolidationAction): ConsolidationState {
  switch (action.type) {
    case 'add':
      return {
        ...state,
        files: [...state.files, ...action.files.map((f) => ({ ...f, status: 'waiting' as const }))],
        duplicates: action.duplicates.length ? action.duplicates : undefined,
        write: undefined,
      };
    case 'start':
      return { ...state, phase: 'reading', result: undefined, confirm: undefined, write: undefined };
    case 'reading':
      return update(state, action.id, { status: 'reading' });
    case 'read':
      return update(state, action.id, { status: 'read', ...action.entry, reason: undefined });
    case 'unreadable':
      return update(state, action.id, { status: action.skipped ? 'skipped' : 'unreadable', reason: action.reason, initiatives: undefined, counts: undefined });
    case 'cancel':
      return state.phase === 'reading' ? { ...state, phase: 'stopping' } : state;
    case 'stopped':
      return {
        ...state,
        files: state.files.map((f) => (f.status === 'waiting' || f.status === 'reading' ? { ...f, status: 'cancelled' } : f)),
      };
    case 'requeue':
      return {
        ...state,
        files: state.files.map((f) => (f.status === 'cancelled' || (action.all && f.status !== 'waiting') ? { ...f, status: 'waiting' } : f)),
        result: action.all ? undefined : state.result,
      };
    case 'consolidated':
      return { ...state, phase: 'done', result: action.result };
    case 'clear':
      return initialConsolidation;
    case 'writing':
      return { ...state, phase: 'writing', confirm: undefined, write: undefined };
    case 'ask':
      return { ...state, phase: 'confirm', confirm: action.sheets };
    case 'declined':
      return { ...state, phase: 'done', confirm: undefined, write: { ok: false, declined: true } };
    case 'written':
      return { ...state, phase: 'done', confirm: undefined, write: action.result };
  }
}
