import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { Config } from '../../core/config';
import { WORDS } from '../../core/consolidate/i18n';
import type { ConsolidationInput } from '../../core/consolidate';
import type { Lang } from '../../core/types';
import type { ConsolidationDocument, WorkbookPort } from '../../host/port';
import { consolidationDocument } from './consolidation-document';
import { initialConsolidation, reduceConsolidation } from './consolidation-state';
import type { FileSource } from './file-source';
import type { ReadFile } from './file-layer';
import { FileLayer, loadFileLayer } from './load-file-layer';

/** Lets the pane draw between two files (a file takes tens of milliseconds to read). */
const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export interface ConsolidationDeps {
  port: WorkbookPort;
  lang: Lang;
  config: Config;
  /** The pane's reporting month (undefined: each file's own, inferred). */
  month?: number;
  chartTitle: string;
  /** How the file layer is loaded (its own chunk in the pane; tests pass theirs). */
  loadLayer?: () => Promise<FileLayer>;
}

/**
 * Reading department files one after another with the file layer (loaded lazily), yielding to
 * the pane between files so each result shows as it comes; cancelling between two files;
 * consolidating those read; writing the three sheets and the chart into the open workbook, asking
 * first when sheets written earlier would be replaced. The files are read again when the pane's
 * reporting month or configuration changes.
 */
export function useConsolidation({ port, lang, config, month, chartTitle, loadLayer = loadFileLayer }: ConsolidationDeps) {
  const [state, dispatch] = useReducer(reduceConsolidation, initialConsolidation);
  const stateRef = useRef(state);
  stateRef.current = state;
  const sources = useRef(new Map<string, FileSource>());
  const results = useRef(new Map<string, ReadFile>());
  const cancelled = useRef(false);
  const running = useRef(false);
  const doc = useRef<ConsolidationDocument | undefined>(undefined);
  const settings = useRef({ lang, config, month });
  settings.current = { lang, config, month };
  /** The month and configuration the results were read with. */
  const readWith = useRef<{ config: Config; month?: number } | undefined>(undefined);
  const live = useRef(true);
  useEffect(
    () => () => {
      live.current = false;
    },
    [],
  );

  /** Reads every waiting file, in list order, then consolidates the files read. */
  const readAll = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    cancelled.current = false;
    dispatch({ type: 'start' });
    try {
      const layer = await loadLayer();
      const { lang: l, config: c, month: m } = settings.current;
      readWith.current = { config: c, month: m };
      for (;;) {
        const next = stateRef.current.files.find((f) => f.status === 'waiting');
        if (!next || cancelled.current || !live.current) break;
        dispatch({ type: 'reading', id: next.id });
        stateRef.current = reduceConsolidation(stateRef.current, { type: 'reading', id: next.id });
        let read: ReadFile;
        try {
          const bytes = await sources.current.get(next.id)!.bytes();
          read = layer.readFile(next.name, bytes, { month: m, lang: l, config: c });
        } catch (e) {
          // readFile never throws: the bytes could not be had.
          read = layer.unobtainable(next.name, errorText(e), l);
        }
        results.current.set(next.id, read);
        const action = read.reason
          ? ({ type: 'unreadable', id: next.id, reason: read.reason, skipped: read.skipped } as const)
          : ({
              type: 'read',
              id: next.id,
              entry: {
                sheet: read.report.sheet,
                initiatives: read.report.dataRows,
                counts: { error: read.report.summary.error, warning: read.report.summary.warning, info: read.report.summary.info },
              },
            } as const);
        dispatch(action);
        stateRef.current = reduceConsolidation(stateRef.current, action);
        await yieldToUi();
      }
      dispatch({ type: 'stopped' });
      stateRef.current = reduceConsolidation(stateRef.current, { type: 'stopped' });
      const inputs: ConsolidationInput[] = [];
      for (const f of stateRef.current.files) {
        const r = results.current.get(f.id);
        if (!r || r.skipped || (f.status !== 'read' && f.status !== 'unreadable')) continue;
        inputs.push({ file: f.name, table: r.table, report: r.report });
      }
      const result = inputs.length ? layer.consolidate(inputs, c, { lang: l }) : undefined;
      doc.current = result ? consolidationDocument(result, { chartTitle, departmentColumn: WORDS[l].summary.department }) : undefined;
      dispatch({ type: 'consolidated', result });
    } finally {
      running.current = false;
    }
  }, [loadLayer, chartTitle]);

  /** Adds files to the list (a file already there, same name and size, is left out) and reads them. */
  const add = useCallback(
    (files: FileSource[]) => {
      const known = stateRef.current.files;
      const added: { id: string; name: string; size: number }[] = [];
      const duplicates: string[] = [];
      for (const file of files) {
        if (file.size > 0 && [...known, ...added].some((f) => f.name === file.name && f.size === file.size)) {
          duplicates.push(file.name);
          continue;
        }
        let id = file.name;
        for (let n = 2; [...known, ...added].some((f) => f.id === id); n++) id = `${file.name}#${n}`;
        sources.current.set(id, file);
        added.push({ id, name: file.name, size: file.size });
      }
      const action = { type: 'add', files: added, duplicates } as const;
      dispatch(action);
      stateRef.current = reduceConsolidation(stateRef.current, action);
      if (added.length) void readAll();
    },
    [readAll],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
    dispatch({ type: 'cancel' });
  }, []);

  /** Reads the files a cancel left unread. */
  const resume = useCallback(() => {
    if (running.current) return;
    dispatch({ type: 'requeue', all: false });
    stateRef.current = reduceConsolidation(stateRef.current, { type: 'requeue', all: false });
    void readAll();
  }, [readAll]);

  const clear = useCallback(() => {
    if (running.current) return;
    sources.current.clear();
    results.current.clear();
    doc.current = undefined;
    dispatch({ type: 'clear' });
  }, []);

  // The pane's month or configuration changed after files were read: read them again.
  useEffect(() => {
    const before = readWith.current;
    if (!before || running.current || stateRef.current.files.length === 0) return;
    if (before.config === config && before.month === month) return;
    results.current.clear();
    dispatch({ type: 'requeue', all: true });
    stateRef.current = reduceConsolidation(stateRef.current, { type: 'requeue', all: true });
    void readAll();
  }, [config, month, readAll]);

  const send = useCallback(
    async (replace?: string[]) => {
      const d = doc.current;
      if (!d) return;
      dispatch({ type: 'writing' });
      try {
        const result = await port.writeConsolidation(d, replace ? { replace } : {});
        if (!result.ok && result.refusal.reason === 'confirm') dispatch({ type: 'ask', sheets: result.refusal.sheets });
        else dispatch({ type: 'written', result });
      } catch (e) {
        dispatch({ type: 'written', result: { ok: false, error: errorText(e) } });
      }
    },
    [port],
  );

  /** Writes the sheets; asks first (state.confirm) when sheets written earlier would be replaced. */
  const write = useCallback(() => send(), [send]);
  /** The user agreed to replace the sheets named. */
  const confirm = useCallback(() => send(stateRef.current.confirm?.map((s) => s.id) ?? []), [send]);
  const decline = useCallback(() => dispatch({ type: 'declined' }), []);

  return { state, add, cancel, resume, clear, write, confirm, decline };
}

export type ConsolidationHook = ReturnType<typeof useConsolidation>;
