import { useCallback, useEffect, useReducer, useRef } from 'react';
import { Config, DEFAULT_CONFIG } from '../../core/config';
import { detectHeader } from '../../core/header';
import type { SheetTable } from '../../core/table';
import type { FileReport, Severity } from '../../core/types';
import { reportingMonthFor, validateSheet } from '../../core/validate';
import type { WorkbookPort, WriteResult } from '../../host/port';
import type { Lang } from '../i18n';
import { reportRows } from './report-rows';

export const MONTH_SETTING = 'reportingMonth';

/** What the validation tab shows; changed only through `reduce`, so it can be tested alone. */
export interface ValidationState {
  status: 'idle' | 'loading' | 'done' | 'error';
  sheet?: string;
  month?: number;
  monthInferred: boolean;
  report?: FileReport;
  error?: string;
  shown: Set<Severity>;
  writing: boolean;
  write?: WriteResult;
}

export type Action =
  | { type: 'start' }
  | { type: 'month'; month: number; inferred: boolean; sheet?: string }
  | { type: 'done'; report: FileReport; sheet: string }
  | { type: 'failed'; error: string }
  | { type: 'toggle'; severity: Severity }
  | { type: 'writing' }
  | { type: 'written'; result: WriteResult };

export const initialState: ValidationState = {
  status: 'idle',
  monthInferred: false,
  shown: new Set<Severity>(['error', 'warning', 'info']),
  writing: false,
};

export function reduce(state: ValidationState, action: Action): ValidationState {
  switch (action.type) {
    case 'start':
      return { ...state, status: 'loading', error: undefined, write: undefined };
    case 'month':
      return { ...state, month: action.month, monthInferred: action.inferred, sheet: action.sheet ?? state.sheet };
    case 'done':
      return { ...state, status: 'done', report: action.report, sheet: action.sheet, write: undefined };
    case 'failed':
      return { ...state, status: 'error', error: action.error };
    case 'toggle': {
      const shown = new Set(state.shown);
      if (shown.has(action.severity)) shown.delete(action.severity);
      else shown.add(action.severity);
      return { ...state, shown };
    }
    case 'writing':
      return { ...state, writing: true, write: undefined };
    case 'written':
      return { ...state, writing: false, write: action.result };
  }
}

function defaultMonth(table: SheetTable, config: Config): number {
  return reportingMonthFor(table, detectHeader(table, config)).month;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Validation against a workbook port: reads the active sheet, validates it for the reporting
 * month (remembered in the workbook's settings, else inferred), selects cells, writes the report.
 */
export function useValidation(port: WorkbookPort, lang: Lang, config: Config = DEFAULT_CONFIG) {
  const [state, dispatch] = useReducer(reduce, initialState);
  const monthRef = useRef<number | undefined>(undefined);

  // On start: the sheet's name and the month to show (saved, else inferred from the sheet).
  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const saved = Number(await port.getSetting(MONTH_SETTING));
        const table = await port.readSheet();
        if (!live) return;
        const valid = Number.isInteger(saved) && saved >= 1 && saved <= 12;
        const month = valid ? saved : defaultMonth(table, config);
        monthRef.current = month;
        dispatch({ type: 'month', month, inferred: !valid, sheet: table.sheetName });
      } catch (e) {
        if (live) dispatch({ type: 'failed', error: errorText(e) });
      }
    })();
    return () => {
      live = false;
    };
  }, [port, config]);

  const run = useCallback(
    async (month = monthRef.current) => {
      dispatch({ type: 'start' });
      try {
        const table = await port.readSheet();
        const m = month ?? defaultMonth(table, config);
        if (monthRef.current === undefined) {
          monthRef.current = m;
          dispatch({ type: 'month', month: m, inferred: true, sheet: table.sheetName });
        }
        const report = validateSheet(table, { month: m, lang, config });
        dispatch({ type: 'done', report, sheet: table.sheetName });
      } catch (e) {
        dispatch({ type: 'failed', error: errorText(e) });
      }
    },
    [port, lang, config],
  );

  const setMonth = useCallback(
    async (month: number) => {
      monthRef.current = month;
      dispatch({ type: 'month', month, inferred: false });
      try {
        await port.setSetting(MONTH_SETTING, String(month));
      } catch {
        // Settings need ExcelApi 1.4; the month still applies to this session.
      }
      if (state.status === 'done' || state.status === 'error') await run(month);
    },
    [port, run, state.status],
  );

  const select = useCallback(
    async (cell: string | undefined) => {
      if (!cell || !state.sheet) return;
      await port.selectCell(state.sheet, cell);
    },
    [port, state.sheet],
  );

  const writeReport = useCallback(async () => {
    if (!state.report || !state.sheet) return;
    dispatch({ type: 'writing' });
    try {
      const result = await port.writeReportSheet('検証結果', reportRows(state.sheet, state.report.issues), lang);
      dispatch({ type: 'written', result });
    } catch (e) {
      dispatch({ type: 'failed', error: errorText(e) });
    }
  }, [port, state.report, state.sheet, lang]);

  const toggle = useCallback((severity: Severity) => dispatch({ type: 'toggle', severity }), []);

  return { state, run, setMonth, select, writeReport, toggle };
}
