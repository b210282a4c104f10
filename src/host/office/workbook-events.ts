import type { Unsubscribe, WorkbookEvent } from '../port';
import type { ExcelHost } from './excel-host';
import type { ExcelFeatures } from './requirements';

/**
 * Worksheet events for the pane: activated, added and deleted (ExcelApi 1.7) and changed
 * (ExcelApi 1.9), registered in one sync. The handlers are removed in a batch of the context that
 * added them, as Office requires (`Excel.run(result.context, …)`).
 */
export async function watchWorkbook(host: ExcelHost, features: ExcelFeatures, listener: (event: WorkbookEvent) => void): Promise<Unsubscribe> {
  if (!features.sheetEvents) return async () => undefined;
  const tell = (event: WorkbookEvent): Promise<void> => {
    try {
      listener(event);
    } catch {
      // A listener's failure must not reach Office's event dispatch.
    }
    return Promise.resolve();
  };
  const results = await host.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    const added: OfficeExtension.EventHandlerResult<unknown>[] = [
      sheets.onActivated.add((e) => tell({ type: 'activated', sheetId: e.worksheetId })),
      sheets.onAdded.add(() => tell({ type: 'sheets' })),
      sheets.onDeleted.add(() => tell({ type: 'sheets' })),
    ];
    if (features.changeEvents) {
      added.push(
        sheets.onChanged.add((e) =>
          tell({
            type: 'changed',
            sheetId: e.worksheetId,
            address: e.address,
            byThisAddin: (e as { triggerSource?: string }).triggerSource === 'ThisLocalAddin',
          }),
        ),
      );
    }
    await ctx.sync();
    return added;
  });
  let removed = false;
  return async () => {
    if (removed) return;
    removed = true;
    await host.run(results[0].context as Excel.RequestContext, async (ctx) => {
      for (const r of results) r.remove();
      await ctx.sync();
    });
  };
}
