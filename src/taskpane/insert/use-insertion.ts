import { useCallback, useRef, useState } from 'react';
import { Config, DEFAULT_CONFIG } from '../../core/config';
import { nextFiscalMonth } from '../../core/fiscal';
import { detectHeader } from '../../core/header';
import { DEFAULT_TEMPLATE, InsertionPlan, insertionRows, planInsertion } from '../../core/insert-month';
import type { CellChange, WorkbookPort, WriteResult } from '../../host/port';

export interface InsertionState {
  status: 'idle' | 'loading' | 'preview' | 'writing' | 'written' | 'error';
  sheet?: string;
  plan?: InsertionPlan;
  /** Cells to change whose in-cell formatting the host would flatten (no ExcelApi 1.18). */
  flattened: string[];
  write?: WriteResult;
  error?: string;
}

/** The default month to add: the one after the reporting month (April after March). */
export function defaultInsertMonth(reportingMonth: number | undefined): number {
  if (reportingMonth === undefined) return 4;
  return nextFiscalMonth(reportingMonth) ?? 4;
}

export function toCellChanges(plan: InsertionPlan): CellChange[] {
  return plan.changes.map((c) => ({ address: c.address, before: c.before, after: c.after, insert: { at: c.at, text: c.inserted } }));
}

/**
 * Month insertion against a workbook port: preview (read, plan, find cells whose formatting
 * would be flattened), then one write of exactly the previewed cells, which the adapter
 * refuses when the sheet is protected or the cells changed since the preview.
 */
export function useInsertion(port: WorkbookPort, config: Config = DEFAULT_CONFIG, includeHidden = false) {
  const [state, setState] = useState<InsertionState>({ status: 'idle', flattened: [] });
  const template = useRef(DEFAULT_TEMPLATE);

  const preview = useCallback(
    async (month: number, templateText: string, write?: WriteResult) => {
      template.current = templateText;
      setState((s) => ({ ...s, status: 'loading', write, error: undefined }));
      try {
        const table = await port.readSheet();
        const header = detectHeader(table, config);
        const plan = header
          ? planInsertion(insertionRows(table, header, { config }), month, templateText || DEFAULT_TEMPLATE, { includeHidden })
          : { month, changes: [], skipped: [] };
        const flattened =
          plan.changes.length && !port.capabilities.keepsTextRuns
            ? await port.richTextCells(
                table.sheetName,
                plan.changes.map((c) => c.address),
              )
            : [];
        setState({ status: 'preview', sheet: table.sheetName, plan, flattened, write, error: header ? undefined : 'header' });
      } catch (e) {
        setState({ status: 'error', flattened: [], error: e instanceof Error ? e.message : String(e) });
      }
    },
    [port, config, includeHidden],
  );

  const insert = useCallback(async () => {
    const { plan, sheet } = state;
    if (!plan || !sheet || plan.changes.length === 0) return;
    setState((s) => ({ ...s, status: 'writing' }));
    try {
      const write = await port.writeCells(sheet, toCellChanges(plan));
      // Show the sheet as it is now: after a write, a second insertion would add nothing.
      await preview(plan.month, template.current, write);
    } catch (e) {
      setState((s) => ({ ...s, status: 'error', error: e instanceof Error ? e.message : String(e) }));
    }
  }, [port, state, preview]);

  return { state, preview, insert };
}
