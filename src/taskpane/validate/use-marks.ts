import { useCallback, useEffect, useState } from 'react';
import type { Issue } from '../../core/types';
import type { WorkbookPort, WriteRefusal } from '../../host/port';
import { MARKS_SETTING, marksFor, parseMarks, serializeMarks, SheetMarks, withMarks, withoutMarks } from './marks';
import { errorText } from '../error-text';

export type MarksNote =
  | { kind: 'marked'; count: number; skipped: string[] }
  | { kind: 'unmarked'; count: number; kept: string[] }
  | { kind: 'nothing' }
  | { kind: 'refused'; refusal: WriteRefusal }
  | { kind: 'failed'; error: string };

export interface MarksState {
  list: SheetMarks[];
  busy: boolean;
  note?: MarksNote;
}

/**
 * Colouring the problem cells of a check, and removing exactly those colours in one click. The
 * list of coloured cells lives in the workbook's settings.
 */
export function useMarks(port: WorkbookPort) {
  const [state, setState] = useState<MarksState>({ list: [], busy: false });

  useEffect(() => {
    let live = true;
    port.getSetting(MARKS_SETTING).then(
      (text) => live && setState((s) => ({ ...s, list: parseMarks(text) })),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [port]);

  const save = useCallback(
    async (list: SheetMarks[]) => {
      try {
        await port.setSetting(MARKS_SETTING, serializeMarks(list));
      } catch {
        // Without settings the list lasts as long as the pane.
      }
    },
    [port],
  );

  const mark = useCallback(
    async (sheetId: string, sheetName: string, issues: readonly Issue[]) => {
      const marks = marksFor(issues);
      if (!marks.length) {
        setState((s) => ({ ...s, note: { kind: 'nothing' } }));
        return;
      }
      setState((s) => ({ ...s, busy: true, note: undefined }));
      try {
        const result = await port.markCells(sheetId, marks);
        if (!result.ok) {
          setState((s) => ({ ...s, busy: false, note: { kind: 'refused', refusal: result.refusal } }));
          return;
        }
        const changed = new Set(result.changed);
        const list = withMarks(
          state.list,
          sheetId,
          sheetName,
          marks.filter((m) => changed.has(m.address)),
        );
        await save(list);
        setState({ list, busy: false, note: { kind: 'marked', count: result.changed.length, skipped: result.skipped } });
      } catch (e) {
        setState((s) => ({ ...s, busy: false, note: { kind: 'failed', error: errorText(e) } }));
      }
    },
    [port, save, state.list],
  );

  const unmarkAll = useCallback(async () => {
    setState((s) => ({ ...s, busy: true, note: undefined }));
    let list = state.list;
    let count = 0;
    const kept: string[] = [];
    let note: MarksNote | undefined;
    for (const group of state.list) {
      try {
        const result = await port.unmarkCells(group.sheetId, group.cells);
        if (!result.ok) {
          note = { kind: 'refused', refusal: result.refusal };
          continue;
        }
        count += result.changed.length;
        kept.push(...result.skipped);
        // A recoloured cell is the user's now: it leaves the list too.
        list = withoutMarks(list, group.sheetId, [...result.changed, ...result.skipped]);
      } catch (e) {
        if ((e as { code?: string }).code === 'sheet-not-found')
          list = withoutMarks(
            list,
            group.sheetId,
            group.cells.map((c) => c.address),
          );
        else note = { kind: 'failed', error: errorText(e) };
      }
    }
    await save(list);
    setState({ list, busy: false, note: note ?? { kind: 'unmarked', count, kept } });
  }, [port, save, state.list]);

  return { state, mark, unmarkAll };
}
