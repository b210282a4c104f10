import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Config } from '../../core/config';
import { detectHeader } from '../../core/header';
import { reportingMonthFor } from '../../core/validate';
import type { SheetList, WorkbookEvent, WorkbookPort } from '../../host/port';
import { initialSession, reduceSession, SessionAction, SessionState, SheetEntry, targetOf } from './session';
import { errorText } from '../error-text';

/** The workbook setting that remembers the reporting month. */
export const MONTH_SETTING = 'reportingMonth';

export interface TargetChange {
  address: string;
  byThisAddin: boolean;
}

export interface Session {
  state: SessionState;
  /** The latest state, for callbacks that outlive a render. */
  current(): SessionState;
  dispatch(action: SessionAction): void;
  /** The user picks the sheet to check. */
  choose(sheetId: string): void;
  setMonth(month: number): Promise<void>;
  /** Calls `listener` when cells of the target sheet change (the user's edits and the add-in's writes). */
  onTargetChanged(listener: (change: TargetChange) => void): () => void;
  /** Reads the sheets again (after sheets were added or deleted). */
  resurvey(): Promise<void>;
}

/** The list's sheets, each with whether its first rows hold a header (unknown without them). */
export function surveyed(list: SheetList, config: Config): SessionAction {
  const sheets: SheetEntry[] = list.sheets.map((s) => ({
    id: s.id,
    name: s.name,
    visible: s.visible,
    hasHeader: s.head ? detectHeader(s.head, config) !== undefined : undefined,
  }));
  return { type: 'surveyed', sheets, activeId: list.activeId, workbook: list.workbook };
}

/**
 * The shared state of the pane against a workbook port: surveys the sheets on start and when
 * sheets are added or deleted, follows sheet switches, tells the tabs when the target's cells
 * change, and keeps the reporting month (saved in the workbook, else inferred from the sheet).
 */
export function useSession(port: WorkbookPort, config: Config): Session {
  const [state, dispatch] = useReducer(reduceSession, initialSession);
  const stateRef = useRef(state);
  stateRef.current = state;
  const listeners = useRef(new Set<(change: TargetChange) => void>());
  const surveying = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const headRows = config.headerSearchRows + 1;

  const resurvey = useCallback((): Promise<void> => {
    if (surveying.current) {
      again.current = true;
      return surveying.current;
    }
    const work = (async () => {
      do {
        again.current = false;
        const list = await port.listSheets({ headRows });
        const action = surveyed(list, config);
        dispatch(action);
        stateRef.current = reduceSession(stateRef.current, action);
      } while (again.current);
    })();
    surveying.current = work.finally(() => {
      surveying.current = null;
    });
    return surveying.current;
  }, [port, config, headRows]);

  // Start: the sheets and the target, then the month (saved, else inferred from the target).
  useEffect(() => {
    let live = true;
    (async () => {
      try {
        await resurvey();
        if (!live) return;
        let saved = NaN;
        try {
          saved = Number(await port.getSetting(MONTH_SETTING));
        } catch {
          // Settings need ExcelApi 1.4; the month is inferred instead.
        }
        if (Number.isInteger(saved) && saved >= 1 && saved <= 12) {
          dispatch({ type: 'month', month: saved, inferred: false });
          return;
        }
        const target = targetOf(stateRef.current);
        const table = await port.readSheet(target?.id);
        if (!live) return;
        const header = detectHeader(table, config);
        dispatch({ type: 'read', sheetId: table.sheetId, name: table.sheetName, hasHeader: !!header });
        if (stateRef.current.month === undefined) dispatch({ type: 'month', month: reportingMonthFor(table, header).month, inferred: true });
      } catch (e) {
        if (live) dispatch({ type: 'failed', error: errorText(e) });
      }
    })();
    return () => {
      live = false;
    };
  }, [port, config, resurvey]);

  // Follow the workbook while the pane is open.
  const onEvent = useRef<(e: WorkbookEvent) => void>(() => undefined);
  onEvent.current = (e: WorkbookEvent) => {
    if (e.type === 'sheets') {
      void resurvey().catch(() => undefined);
      return;
    }
    if (e.type === 'activated') {
      dispatch({ type: 'activated', sheetId: e.sheetId });
      const known = stateRef.current.sheets.find((s) => s.id === e.sheetId);
      if (!known || known.hasHeader === undefined) void resurvey().catch(() => undefined);
      return;
    }
    if (e.sheetId === stateRef.current.targetId) for (const l of [...listeners.current]) l({ address: e.address, byThisAddin: e.byThisAddin });
  };
  useEffect(() => {
    let live = true;
    let stop: (() => Promise<void>) | undefined;
    port
      .watch((e) => onEvent.current(e))
      .then(
        (unsubscribe) => {
          if (live) stop = unsubscribe;
          else void unsubscribe().catch(() => undefined);
        },
        () => undefined,
      );
    return () => {
      live = false;
      void stop?.().catch(() => undefined);
    };
  }, [port]);

  const choose = useCallback((sheetId: string) => dispatch({ type: 'choose', sheetId }), []);

  const setMonth = useCallback(
    async (month: number) => {
      dispatch({ type: 'month', month, inferred: false });
      try {
        await port.setSetting(MONTH_SETTING, String(month));
      } catch {
        // The month still applies to this session.
      }
    },
    [port],
  );

  const onTargetChanged = useCallback((listener: (change: TargetChange) => void) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);

  const current = useCallback(() => stateRef.current, []);

  return useMemo(
    () => ({ state, current, dispatch, choose, setMonth, onTargetChanged, resurvey }),
    [state, current, choose, setMonth, onTargetChanged, resurvey],
  );
}
