import { useCallback, useEffect, useReducer, useRef } from 'react';
import { Config, DEFAULT_CONFIG } from '../../core/config';
import { detectHeader } from '../../core/header';
import type { FileReport, Severity } from '../../core/types';
import { reportingMonthFor, validateSheet } from '../../core/validate';
import type { WorkbookPort, WriteResult } from '../../host/port';
import type { Lang, UiStrings } from '../i18n';
import { otherProcessSheets, targetOf } from '../shell/session';
import type { Session } from '../shell/use-session';
import { reportDocument } from './report-document';
import { errorText } from '../error-text';

/** Sheets with at most this many initiative rows are checked again on their own after a change. */
export const AUTO_RECHECK_ROWS = 500;
/** Quiet time after the last change before that automatic check (typing goes on in bursts). */
export const AUTO_RECHECK_DELAY_MS = 600;

export type StaleReason = 'edited' | 'inserted';

/** What the 点検 tab shows; changed only through `reduce`, so it can be tested alone. */
export interface ValidationState {
  /** `loading` keeps the previous result on screen, marked as being updated. */
  status: 'idle' | 'loading' | 'done' | 'error';
  report?: FileReport;
  /** The sheet the result is about (by id), its name then, and when it was checked. */
  sheetId?: string;
  sheetName?: string;
  checkedAt?: Date;
  month?: number;
  /** The sheet changed since: the result is out of date. */
  stale?: StaleReason;
  error?: string;
  shown: Set<Severity>;
  writing: boolean;
  /** The last report-sheet write, shown under the verdict until the next check. */
  write?: WriteResult;
  /** The report sheet could not be written (an error, not a refusal). */
  writeError?: string;
  selectFailed?: boolean;
}

export type Action =
  | { type: 'start' }
  | { type: 'done'; report: FileReport; sheetId: string; sheetName: string; checkedAt: Date; month: number }
  | { type: 'failed'; error: string }
  | { type: 'stale'; reason: StaleReason }
  | { type: 'toggle'; severity: Severity }
  | { type: 'writing' }
  | { type: 'written'; result: WriteResult }
  | { type: 'write-failed'; error: string }
  | { type: 'select-failed'; failed: boolean };

export const initialState: ValidationState = {
  status: 'idle',
  shown: new Set<Severity>(['error', 'warning', 'info']),
  writing: false,
};

export function reduce(state: ValidationState, action: Action): ValidationState {
  switch (action.type) {
    case 'start':
      return { ...state, status: 'loading', error: undefined, selectFailed: undefined };
    case 'done':
      return {
        ...state,
        status: 'done',
        report: action.report,
        sheetId: action.sheetId,
        sheetName: action.sheetName,
        checkedAt: action.checkedAt,
        month: action.month,
        stale: undefined,
        write: undefined,
        writeError: undefined,
      };
    case 'failed':
      return { ...state, status: 'error', error: action.error };
    case 'stale':
      // Only a result can go out of date; the reason first given is kept until the next check.
      return state.report ? { ...state, stale: state.stale ?? action.reason } : state;
    case 'toggle': {
      const shown = new Set(state.shown);
      if (shown.has(action.severity)) shown.delete(action.severity);
      else shown.add(action.severity);
      return { ...state, shown };
    }
    case 'writing':
      return { ...state, writing: true, write: undefined, writeError: undefined };
    case 'written':
      return { ...state, writing: false, write: action.result };
    case 'write-failed':
      return { ...state, writing: false, writeError: action.error };
    case 'select-failed':
      return { ...state, selectFailed: action.failed };
  }
}

export interface ValidationDeps {
  port: WorkbookPort;
  lang: Lang;
  strings: UiStrings;
  config?: Config;
  session: Session;
}

/**
 * Checking the session's target sheet: reads it by id, validates it for the reporting month,
 * selects cells, writes the report sheet. Follows the workbook: a change to the target marks the
 * result out of date (and checks small sheets again on their own), a new target or month is
 * checked again once there is a result.
 */
export function useValidation({ port, lang, strings, config = DEFAULT_CONFIG, session }: ValidationDeps) {
  const [state, dispatch] = useReducer(reduce, initialState);
  const stateRef = useRef(state);
  stateRef.current = state;
  const runId = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The session object changes with its state; its methods used here do not.
  const { current, dispatch: tell, onTargetChanged, resurvey } = session;

  const run = useCallback(async () => {
    const id = ++runId.current;
    clearTimeout(timer.current);
    dispatch({ type: 'start' });
    try {
      // Without sheet events (below ExcelApi 1.7) the pane learns of a sheet switch when asked to check.
      if (!port.capabilities.sheetEvents) await resurvey();
      const target = targetOf(current());
      const table = await port.readSheet(target?.id);
      const header = detectHeader(table, config);
      tell({ type: 'read', sheetId: table.sheetId, name: table.sheetName, hasHeader: !!header });
      const month = current().month ?? reportingMonthFor(table, header).month;
      if (current().month === undefined) tell({ type: 'month', month, inferred: true });
      const otherSheets = otherProcessSheets(current())
        .filter((x) => x.id !== table.sheetId)
        .map((x) => x.name);
      const report = validateSheet(table, { month, lang, config, otherSheets });
      if (id !== runId.current) return;
      dispatch({ type: 'done', report, sheetId: table.sheetId, sheetName: table.sheetName, checkedAt: new Date(), month });
    } catch (e) {
      if (id === runId.current) dispatch({ type: 'failed', error: errorText(e) });
    }
  }, [port, lang, config, current, tell, resurvey]);

  /** The result is out of date; a small sheet is checked again after a quiet moment. */
  const markStale = useCallback(
    (reason: StaleReason) => {
      dispatch({ type: 'stale', reason });
      const report = stateRef.current.report;
      if (!report || report.dataRows > AUTO_RECHECK_ROWS) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void run(), AUTO_RECHECK_DELAY_MS);
    },
    [run],
  );

  useEffect(() => () => clearTimeout(timer.current), []);

  // Cells of the target changed (the user, another add-in, or this one).
  useEffect(() => onTargetChanged((change) => markStale(change.byThisAddin ? 'inserted' : 'edited')), [onTargetChanged, markStale]);

  // A new target (the user switched to another process sheet) or a new month: check again once there is a result.
  const { targetId, month } = session.state;
  useEffect(() => {
    const s = stateRef.current;
    if (s.status === 'idle' || s.status === 'loading') return;
    if ((targetId !== undefined && s.sheetId !== targetId) || (month !== undefined && s.month !== month)) void run();
  }, [targetId, month, run]);

  const select = useCallback(
    async (cell: string | undefined) => {
      const sheet = stateRef.current.sheetId;
      if (!cell || !sheet) return;
      try {
        await port.selectCell(sheet, cell);
        dispatch({ type: 'select-failed', failed: false });
      } catch {
        dispatch({ type: 'select-failed', failed: true });
      }
    },
    [port],
  );

  const writeReport = useCallback(async () => {
    const s = stateRef.current;
    if (!s.report || !s.sheetName || !s.checkedAt || s.month === undefined) return;
    dispatch({ type: 'writing' });
    try {
      const doc = reportDocument({
        report: s.report,
        sheetName: s.sheetName,
        workbook: current().workbook,
        month: s.month,
        checkedAt: s.checkedAt,
        lang,
        strings,
      });
      dispatch({ type: 'written', result: await port.writeReportSheet(doc) });
    } catch (e) {
      dispatch({ type: 'write-failed', error: errorText(e) });
    }
  }, [port, lang, strings, current]);

  const toggle = useCallback((severity: Severity) => dispatch({ type: 'toggle', severity }), []);

  return { state, run, select, writeReport, toggle, markStale };
}

export type Validation = ReturnType<typeof useValidation>;
