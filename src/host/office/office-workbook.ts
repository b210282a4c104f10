import type {
  CellChange,
  CellMark,
  ConsolidationDocument,
  ConsolidationWriteOptions,
  ConsolidationWriteResult,
  HostCapabilities,
  ListSheetsOptions,
  MarkResult,
  ReportDocument,
  SheetList,
  SheetRead,
  Unsubscribe,
  WorkbookEvent,
  WorkbookPort,
  WriteResult,
} from '../port';
import { markCellsIn, unmarkCellsIn } from './cell-marks';
import { writeConsolidationIn } from './consolidation-sheets';
import type { ExcelBatch, ExcelHost } from './excel-host';
import { hasCode, sheetNotFound } from './errors';
import { DEFAULT_PAYLOAD_LIMIT } from './payload';
import { DEFAULT_READ_OPTIONS, readSheetTable } from './read-sheet';
import { writeReport } from './report-sheet';
import { ExcelFeatures, assertMinimumHost, excelFeatures } from './requirements';
import { selectCellsIn } from './select-cells';
import { listSheetsIn } from './sheet-list';
import { watchWorkbook } from './workbook-events';
import { richTextCellsIn, writeCellsIn } from './write-cells';

/**
 * The WorkbookPort on Excel (Office.js). Every method is one `Excel.run`, batched so that it
 * costs the fewest round trips: one sync to read a sheet that fits a request, one to select a
 * cell, two to write cells or the report. `run` comes from the caller: `Excel.run` in Office, the
 * fake host's `run` in tests and the demo.
 */

export interface OfficeWorkbookOptions {
  /** Request/response limit in bytes to plan row blocks against (5 MB, Excel on the web). */
  payloadLimit?: number;
  /** Rows asked for in the first (and, for most sheets, only) read request. */
  firstBlockRows?: number;
  /** Upper bound of rows per later read request. */
  maxBlockRows?: number;
}

class OfficeWorkbook implements WorkbookPort {
  readonly capabilities: HostCapabilities;
  private readonly payloadLimit: number;

  constructor(
    private readonly host: ExcelHost,
    private readonly features: ExcelFeatures,
    private readonly options: OfficeWorkbookOptions,
  ) {
    this.capabilities = {
      keepsTextRuns: features.textRuns,
      settings: true,
      sheetEvents: features.sheetEvents,
      changeEvents: features.changeEvents,
      marks: features.cellProperties,
      multiSelect: features.multiSelect,
    };
    this.payloadLimit = options.payloadLimit ?? DEFAULT_PAYLOAD_LIMIT;
  }

  private run<T>(batch: ExcelBatch<T>): Promise<T> {
    return this.features.delayForCellEdit ? this.host.run({ delayForCellEdit: true }, batch) : this.host.run(batch);
  }

  /** Runs a batch on one named sheet, turning ItemNotFound into a clear error. */
  private async onSheet<T>(sheet: string, batch: ExcelBatch<T>): Promise<T> {
    try {
      return await this.run(batch);
    } catch (e) {
      if (hasCode(e, 'ItemNotFound')) throw sheetNotFound(sheet);
      throw e;
    }
  }

  listSheets(options?: ListSheetsOptions): Promise<SheetList> {
    return this.run((ctx) => listSheetsIn(ctx, this.features, options));
  }

  readSheet(sheet?: string): Promise<SheetRead> {
    return this.run((ctx) =>
      readSheetTable(ctx, sheet, {
        mergedAreas: this.features.mergedAreas,
        payloadLimit: this.payloadLimit,
        firstBlockRows: this.options.firstBlockRows ?? DEFAULT_READ_OPTIONS.firstBlockRows,
        maxBlockRows: this.options.maxBlockRows ?? DEFAULT_READ_OPTIONS.maxBlockRows,
      }),
    );
  }

  async richTextCells(sheet: string, addresses: string[]): Promise<string[]> {
    if (!this.features.textRuns || !addresses.length) return [];
    return this.onSheet(sheet, (ctx) => richTextCellsIn(ctx, sheet, addresses));
  }

  isProtected(sheet: string): Promise<boolean> {
    return this.onSheet(sheet, async (ctx) => {
      const protection = ctx.workbook.worksheets.getItem(sheet).protection;
      protection.load('protected');
      await ctx.sync();
      return protection.protected;
    });
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return this.onSheet(sheet, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      // Activate first: selecting on an inactive sheet is unreliable (office-js #5118).
      ws.activate();
      ws.getRange(address).select();
      await ctx.sync();
    });
  }

  selectCells(sheet: string, addresses: string[]): Promise<void> {
    return this.onSheet(sheet, (ctx) => selectCellsIn(ctx, sheet, addresses, this.features.multiSelect));
  }

  watch(listener: (event: WorkbookEvent) => void): Promise<Unsubscribe> {
    return watchWorkbook(this.host, this.features, listener);
  }

  writeReportSheet(report: ReportDocument): Promise<WriteResult> {
    return this.run((ctx) =>
      writeReport(ctx, report, { hyperlinks: this.features.hyperlinks, pageLayout: this.features.pageLayout, payloadLimit: this.payloadLimit }),
    );
  }

  writeConsolidation(doc: ConsolidationDocument, options: ConsolidationWriteOptions = {}): Promise<ConsolidationWriteResult> {
    return this.run((ctx) =>
      writeConsolidationIn(ctx, doc, options, {
        v17: this.features.sheetLayout,
        v19: this.features.pageLayout && this.features.autoFilter,
        payloadLimit: this.payloadLimit,
      }),
    );
  }

  async markCells(sheet: string, marks: CellMark[]): Promise<MarkResult> {
    if (!this.features.cellProperties) throw new Error('markCells needs ExcelApi 1.9 (capabilities.marks is false)');
    return this.onSheet(sheet, (ctx) => markCellsIn(ctx, sheet, marks));
  }

  async unmarkCells(sheet: string, marks: CellMark[]): Promise<MarkResult> {
    if (!this.features.cellProperties) throw new Error('unmarkCells needs ExcelApi 1.9 (capabilities.marks is false)');
    return this.onSheet(sheet, (ctx) => unmarkCellsIn(ctx, sheet, marks));
  }

  writeCells(sheet: string, changes: CellChange[]): Promise<WriteResult> {
    return this.onSheet(sheet, (ctx) => writeCellsIn(ctx, sheet, changes, { textRuns: this.features.textRuns, payloadLimit: this.payloadLimit }));
  }

  getSetting(key: string): Promise<string | undefined> {
    return this.run(async (ctx) => {
      const setting = ctx.workbook.settings.getItemOrNullObject(key);
      setting.load('value');
      await ctx.sync();
      if (setting.isNullObject) return undefined;
      const value: unknown = setting.value;
      if (value === null || value === undefined) return undefined;
      return typeof value === 'string' ? value : JSON.stringify(value);
    });
  }

  setSetting(key: string, value: string): Promise<void> {
    return this.run(async (ctx) => {
      ctx.workbook.settings.add(key, value);
      await ctx.sync();
    });
  }
}

/**
 * The Office adapter. Throws OfficeHostError (`unsupported-host`, Japanese and English text)
 * when the host lacks ExcelApi 1.4.
 *
 * In Office: `createOfficeWorkbook(officeJsHost())`; on the fake host: `createOfficeWorkbook(fake.host)`.
 */
export function createOfficeWorkbook(host: ExcelHost, options: OfficeWorkbookOptions = {}): WorkbookPort {
  assertMinimumHost(host);
  return new OfficeWorkbook(host, excelFeatures(host), options);
}
