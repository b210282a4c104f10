import { useCallback, useRef, useState } from 'react';
import { Config, DEFAULT_CONFIG } from '../../core/config';
import { nextFiscalMonth } from '../../core/fiscal';
import { detectHeader } from '../../core/header';
import { DEFAULT_TEMPLATE, InsertionPlan, insertionRows, planInsertion } from '../../core/insert-month';
import type { CellChange, WorkbookPort, WriteResult } from '../../host/port';
import { errorText } from '../error-text';

export interface InsertionState {
  status: 'idle' | 'loading' | 'preview' | 'writing' | 'error';
  /** The sheet previewed (by id) and its name then. */
  sheetId?: string;
  sheet?: string;
  plan?: InsertionPlan;
  /** The sheet has no header: nothing can be added, and the tab says why. */
  noHeader?: boolean;
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

export interface InsertionDeps {
  port: WorkbookPort;
  config?: Config;
  includeHidden?: boolean;
  /** The sheet to fill (id or name); the active sheet when undefined. */
  sheet?: string;
  /** Called after a write that changed cells (the 点検 result is then out of date). */
  onWritten?(sheetId: string, addresses: string[]): void;
}

/**
 * Month insertion against a workbook port: preview (read the target sheet by id, plan, find
 * cells whose formatting would be flattened), then one write of exactly the previewed cells,
 * which the adapter refuses when the sheet is protected or the cells changed since the preview;
 * then the changed cells are selected, and the preview shows the sheet as it is now.
 */
export function useInsertion({ port, config = DEFAULT_CONFIG, includeHidden = false, sheet, onWritten }: InsertionDeps) {
  const [state, setState] = useState<InsertionState>({ status: 'idle', flattened: [] });
  const last = useRef({ month: 4, template: DEFAULT_TEMPLATE });
  const seq = useRef(0);

  const preview = useCallback(
    async (month: number, templateText: string, write?: WriteResult) => {
      last.current = { month, template: templateText };
      const id = ++seq.current;
      setState((s) => ({ ...s, status: 'loading', write, error: undefined }));
      try {
        const table = await port.readSheet(sheet);
        const header = detectHeader(table, config);
        const plan = header
          ? planInsertion(insertionRows(table, header, { config }), month, templateText || DEFAULT_TEMPLATE, { includeHidden })
          : { month, changes: [], skipped: [] };
        const flattened =
          plan.changes.length && !port.capabilities.keepsTextRuns
            ? await port.richTextCells(
                table.sheetId,
                plan.changes.map((c) => c.address),
              )
            : [];
        if (id !== seq.current) return;
        setState({ status: 'preview', sheetId: table.sheetId, sheet: table.sheetName, plan, flattened, write, noHeader: !header });
      } catch (e) {
        if (id === seq.current) setState({ status: 'error', flattened: [], write, error: errorText(e) });
      }
    },
    [port, config, includeHidden, sheet],
  );

  const insert = useCallback(async () => {
    const { plan, sheetId } = state;
    if (!plan || !sheetId || plan.changes.length === 0) return;
    setState((s) => ({ ...s, status: 'writing' }));
    try {
      const write = await port.writeCells(sheetId, toCellChanges(plan));
      if (write.ok) {
        const addresses = plan.changes.map((c) => c.address);
        onWritten?.(sheetId, addresses);
        try {
          await port.selectCells(sheetId, addresses);
        } catch {
          // The lines are written; not being able to select them is no failure.
        }
      }
      // Show the sheet as it is now: after a write, a second insertion would add nothing.
      await preview(plan.month, last.current.template, write);
    } catch (e) {
      setState((s) => ({ ...s, status: 'error', error: errorText(e) }));
    }
  }, [port, state, preview, onWritten]);

  /** The preview again with the month and template last used (after the sheet changed). */
  const refresh = useCallback(() => preview(last.current.month, last.current.template, state.write), [preview, state.write]);

  return { state, preview, insert, refresh };
}
