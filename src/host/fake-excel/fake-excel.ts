import { formatRange, qualifiedAddress, Rect } from '../office/a1';
import { ChartData, chartData } from './chart';
import type { ExcelBatch, ExcelHost, ExcelRunFunction } from '../office/excel-host';
import { formulaOf, valueOf } from './cell-values';
import { FakeEvent, FakeHostCore, FakeRequestContext } from './context';
import { FakeEventHub } from './events';
import { FAKE_PAYLOAD_LIMIT } from './payload';
import { RequirementSets } from './requirements';
import { FakeWorkbook } from './workbook';
import {
  CellScalar,
  EXCEL_ERRORS,
  FakeCell,
  FakeChartState,
  FakePageLayout,
  FakeSheetState,
  FakeTextRun,
  FakeWorkbookState,
  cellKey,
  keyCol,
  keyRow,
  rectOf,
} from './workbook-state';

/**
 * The fake Excel host: built from plain data, driven through `run(batch)` exactly like
 * `Excel.run`, and observable (sync counts, payload sizes, selection, sheet contents, a change
 * listener for a demo UI). No Node APIs: it runs in the task pane's demo mode too.
 */

export interface FakeSheetInit {
  name: string;
  /**
   * Rows of cell values; null, undefined and '' are empty cells, strings that spell an error
   * value (`#N/A`) are error cells. Merged cells hold the value in the top-left cell only (what
   * is given for the other cells of a merge is dropped, as merging does in Excel).
   */
  values: unknown[][];
  /** Formulas (with `=`) laid out like `values`; a cell's value stays the one in `values`. */
  formulas?: (string | null | undefined)[][];
  /** Merged areas, e.g. `A1:N1`. */
  merges?: string[];
  protected?: boolean;
  /** What the protection still allows (`allowFormatCells` …), as `protection.protect(options)` takes it. */
  protectionOptions?: Record<string, boolean>;
  /** Ranges whose cells are unlocked (`format.protection.locked` false); every other cell is locked. */
  unlocked?: string[];
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Cells with mixed in-cell formatting: their runs (the cell's text is the runs' texts joined). */
  richText?: Record<string, FakeTextRun[]>;
}

export interface FakeExcelInit {
  sheets: FakeSheetInit[];
  /** Name of the active sheet; the first sheet by default. */
  active?: string;
  /** Requirement sets the host supports, e.g. `['ExcelApi 1.13']`; `ExcelApi 1.18` by default. */
  requirementSets?: string[];
  /** Request and response limit in bytes of the JSON a sync sends and receives; 5 MB by default. */
  payloadLimit?: number;
  /** The year Excel gives dates typed without one (`4/1`, `10月1日`); this year by default. */
  entryYear?: number;
  settings?: Record<string, unknown>;
  /** The workbook's file name (`Workbook.name`, ExcelApi 1.7); `Book1.xlsx` by default. */
  fileName?: string;
  /** The workbook's structure is protected: no sheet can be added, deleted or renamed. */
  structureProtected?: boolean;
}

export interface FakeChange {
  /** The sync that made the change; undefined for changes made through the fake's own API. */
  sync?: number;
  /** What changed: values, format, sheets, selection, settings, names. */
  changes: string[];
}

export interface FakePayload {
  sync: number;
  request: number;
  response: number;
  failed?: string;
}

export interface FakeRun {
  options?: Excel.RunOptions;
  context: FakeRequestContext;
}

export interface FakeCellView {
  value: CellScalar | null;
  /** Present (true) on error cells, whose value is the error (`#N/A`). */
  error?: true;
  formula?: string;
  runs?: FakeTextRun[];
  numberFormat?: string;
  font?: Record<string, unknown>;
  fill?: { color: string; pattern?: string };
  hyperlink?: Record<string, unknown>;
  quotePrefix?: true;
  wrapText?: boolean;
  verticalAlignment?: string;
}

/** A chart as it is now: what it was made from, its settings, and the categories and series it draws. */
export interface FakeChartView extends ChartData {
  id: string;
  name: string;
  type: string;
  seriesBy: string;
  title: string;
  legend: { position: string; visible: boolean };
  /** The source range, sheet-qualified (`集計!F1:L4`). */
  source: string;
  /** Where the category names come from, when set apart (`集計!C2:C4`). */
  categoryNames?: string;
  position?: { start: string; end?: string };
}

/** A read-only picture of one sheet as it is now. */
export interface FakeSheetView {
  id: string;
  name: string;
  protected: boolean;
  /**
   * Values from A1 to the last used cell, '' for empty cells and for the cells a merge covers
   * other than its top-left one (as Office.js returns them).
   */
  values: CellScalar[][];
  formulas: CellScalar[][];
  merges: string[];
  frozenRows: number;
  pageLayout: FakePageLayout;
  /** The autofilter's range (`A1:S20`), when the sheet has one. */
  autoFilter?: string;
  charts: FakeChartView[];
  /** A column's width in points (0-based column), when one was set. */
  columnWidth(col: number): number | undefined;
  cell(address: string): FakeCellView | undefined;
}

/** What `setCell` takes: a plain value, a formula with its shown value, or text runs. */
export type CellInput = CellScalar | null | Date | { formula: string; value?: unknown } | { runs: FakeTextRun[] };

function isRunsInput(input: CellInput): input is { runs: FakeTextRun[] } {
  return typeof input === 'object' && input !== null && 'runs' in input;
}

function isFormulaInput(input: CellInput): input is { formula: string; value?: unknown } {
  return typeof input === 'object' && input !== null && 'formula' in input;
}

function isErrorValue(v: unknown): boolean {
  return typeof v === 'string' && EXCEL_ERRORS.has(v);
}

function toScalar(v: unknown): CellScalar | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25_569;
  return String(v);
}

export class FakeExcel implements FakeHostCore {
  readonly state = new FakeWorkbookState();
  readonly requirements: RequirementSets;
  payloadLimit: number;
  readonly entryYear: number;
  /** Every `context.sync()` so far, failed ones included. */
  syncCount = 0;
  readonly runs: FakeRun[] = [];
  readonly payloads: FakePayload[] = [];
  /** Operations in the order the host carried them out (activate, select, add, write …). */
  readonly log: FakeEvent[] = [];
  /** Event handlers the add-in registered, and the events raised so far. */
  readonly events = new FakeEventHub();
  private readonly listeners = new Set<(change: FakeChange) => void>();

  constructor(init: FakeExcelInit) {
    this.requirements = new RequirementSets(init.requirementSets);
    this.payloadLimit = init.payloadLimit ?? FAKE_PAYLOAD_LIMIT;
    this.entryYear = init.entryYear ?? new Date().getFullYear();
    for (const sheet of init.sheets) this.loadSheet(sheet);
    if (init.active) {
      const active = this.state.findSheet(init.active);
      if (!active) throw new Error(`createFakeExcel: no sheet named '${init.active}'`);
      this.state.activeId = active.id;
    }
    for (const [k, v] of Object.entries(init.settings ?? {})) this.state.settings.set(k, v);
    this.state.fileName = init.fileName ?? 'Book1.xlsx';
    this.state.structureProtected = !!init.structureProtected;
  }

  private loadSheet(init: FakeSheetInit): FakeSheetState {
    const sheet = this.state.addSheet(init.name);
    sheet.protected = !!init.protected;
    sheet.protectionOptions = { ...(init.protectionOptions ?? {}) };
    for (const a1 of init.unlocked ?? []) this.state.setLocked(sheet, rectOf(a1), false);
    sheet.visibility = init.visibility ?? 'Visible';
    init.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const value = toScalar(v);
        if (value !== null) sheet.cells.set(cellKey(r, c), isErrorValue(value) ? { value, error: true } : { value });
      }),
    );
    init.formulas?.forEach((row, r) =>
      row.forEach((f, c) => {
        if (typeof f !== 'string' || !f.startsWith('=')) return;
        this.state.ensureCell(sheet, r, c).formula = f;
      }),
    );
    for (const [a1, runs] of Object.entries(init.richText ?? {})) {
      const rect = rectOf(a1);
      const cell = this.state.ensureCell(sheet, rect.r0, rect.c0);
      const text = runs.map((run) => run.text).join('');
      cell.value = text === '' ? null : text;
      delete cell.formula;
      if (runs.length > 1) cell.runs = runs.map((run) => ({ ...run, ...(run.font ? { font: { ...run.font } } : {}) }));
    }
    sheet.merges = (init.merges ?? []).map((a1) => rectOf(a1));
    // Merging keeps the top-left cell's contents only.
    for (const m of sheet.merges) {
      for (const key of this.state.coveredCells(sheet, m)) {
        const cell = sheet.cells.get(key);
        if (!cell) continue;
        cell.value = null;
        delete cell.error;
        delete cell.formula;
        delete cell.runs;
        this.state.tidy(sheet, keyRow(key), keyCol(key));
      }
    }
    return sheet;
  }

  // ---- the host side, as the request context sees it ----

  beginSync(): number {
    this.syncCount++;
    return this.syncCount;
  }

  endSync(record: { request: number; response: number; failed?: string; changes: string[] }): void {
    this.payloads.push({ sync: this.syncCount, request: record.request, response: record.response, ...(record.failed ? { failed: record.failed } : {}) });
    if (record.changes.length) this.emit({ sync: this.syncCount, changes: record.changes });
  }

  record(event: FakeEvent): void {
    this.log.push(event);
  }

  // ---- what the adapter is given ----

  /**
   * `Excel.run` of the fake host: `run(batch)`, `run(options, batch)`, or `run(context, batch)`
   * to use a context again (removing event handlers needs the context that added them).
   */
  readonly run: ExcelRunFunction = (<T>(a: Excel.RunOptions | Excel.RequestContext | ExcelBatch<T>, b?: ExcelBatch<T>): Promise<T> => {
    const batch = typeof a === 'function' ? a : b;
    if (!batch) return Promise.reject(new Error('run: no batch function'));
    if (a instanceof FakeRequestContext) {
      if (a.host !== this) return Promise.reject(new Error('run: the context belongs to another host'));
      a.reopen();
      return (async () => {
        try {
          return await batch(a as unknown as Excel.RequestContext);
        } finally {
          a.close();
        }
      })();
    }
    const options = typeof a === 'function' ? undefined : (a as Excel.RunOptions);
    const context = new FakeRequestContext(this, (ctx) => new FakeWorkbook(ctx));
    this.runs.push({ options, context });
    return (async () => {
      try {
        return await batch(context as unknown as Excel.RequestContext);
      } finally {
        context.close();
      }
    })();
  }) as ExcelRunFunction;

  readonly isSetSupported = (name: string, minVersion?: string | number): boolean => this.requirements.isSetSupported(name, minVersion);

  /** `{ run, isSetSupported }`, ready for `createOfficeWorkbook`. */
  get host(): ExcelHost {
    return { run: this.run, isSetSupported: this.isSetSupported };
  }

  /** An `Office`-like object for code that calls `Office.context.requirements.isSetSupported`. */
  get office(): { context: { requirements: { isSetSupported(name: string, minVersion?: string | number): boolean } } } {
    return { context: { requirements: { isSetSupported: this.isSetSupported } } };
  }

  // ---- observation ----

  /** The largest request or response of any sync so far, in bytes. */
  get maxPayload(): number {
    return this.payloads.reduce((m, p) => Math.max(m, p.request, p.response), 0);
  }

  get activeSheet(): string {
    return this.state.activeSheet().name;
  }

  /** The selected range as `{ sheet, address }` (e.g. `M9`), once something was selected. */
  get selection(): { sheet: string; address: string } | undefined {
    const sel = this.state.selection;
    const sheet = sel && this.state.sheetById(sel.sheetId);
    if (!sel || !sheet) return undefined;
    const areas = sel.areas ?? [sel.rect];
    return { sheet: sheet.name, address: areas.map((a) => formatRange(a)).join(',') };
  }

  sheetNames(): string[] {
    return this.state.liveSheets().map((s) => s.name);
  }

  sheet(name: string): FakeSheetView {
    const sheet = this.requireSheet(name);
    const state = this.state;
    const used = state.usedRect(sheet, true);
    const grid = (pick: (cell: FakeCell | undefined) => CellScalar): CellScalar[][] => {
      if (!used) return [];
      const rows: CellScalar[][] = [];
      for (let r = 0; r <= used.r1; r++) {
        const row: CellScalar[] = [];
        for (let c = 0; c <= used.c1; c++) row.push(pick(state.cell(sheet, r, c)));
        rows.push(row);
      }
      return rows;
    };
    return {
      id: sheet.id,
      name: sheet.name,
      protected: sheet.protected,
      values: grid(valueOf),
      formulas: grid(formulaOf),
      merges: sheet.merges.map((m) => formatRange(m)),
      frozenRows: sheet.frozenRows,
      pageLayout: JSON.parse(JSON.stringify(sheet.pageLayout)) as FakePageLayout,
      ...(sheet.autoFilter ? { autoFilter: formatRange(sheet.autoFilter) } : {}),
      charts: sheet.charts.map((chart) => this.chartView(chart)),
      columnWidth: (col: number) => sheet.columnWidths.get(col),
      cell: (address: string) => {
        const rect = rectOf(address);
        const cell = state.cell(sheet, rect.r0, rect.c0);
        if (!cell) return undefined;
        return JSON.parse(JSON.stringify(cell)) as FakeCellView;
      },
    };
  }

  private chartView(chart: FakeChartState): FakeChartView {
    const ref = (r: { sheetId: string; rect: Rect } | undefined) => {
      const sheet = r && this.state.sheetById(r.sheetId);
      return r ? qualifiedAddress(sheet?.name ?? '#REF!', formatRange(r.rect)) : undefined;
    };
    const names = ref(chart.categoryNames);
    return {
      id: chart.id,
      name: chart.name,
      type: chart.type,
      seriesBy: chart.seriesBy,
      title: chart.title.visible ? chart.title.text : '',
      legend: { ...chart.legend },
      source: ref(chart.source)!,
      ...(names ? { categoryNames: names } : {}),
      ...(chart.position ? { position: { ...chart.position } } : {}),
      ...chartData(this.state, chart),
    };
  }

  setting(key: string): unknown {
    return this.state.settings.get(key);
  }

  namedItems(): { name: string; value: string; visible: boolean }[] {
    return [...this.state.names.values()].map((item) => ({ name: item.name, value: this.state.nameValue(item), visible: item.visible }));
  }

  /** Calls `listener` after every change (a sync that changed something, or a change made through this API). */
  onChange(listener: (change: FakeChange) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private emit(change: FakeChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }

  // ---- the user's side: edits made in Excel while the add-in is open ----

  /** Types into a cell: a value, or `{ formula }`, or `{ runs }` for mixed formatting. */
  setCell(sheetName: string, address: string, input: CellInput): void {
    const sheet = this.requireSheet(sheetName);
    const rect = rectOf(address);
    const cell = this.state.ensureCell(sheet, rect.r0, rect.c0);
    delete cell.runs;
    delete cell.formula;
    if (isRunsInput(input)) {
      const text = input.runs.map((r) => r.text).join('');
      cell.value = text === '' ? null : text;
      if (input.runs.length > 1) cell.runs = input.runs.map((r) => ({ ...r }));
    } else if (isFormulaInput(input)) {
      cell.formula = input.formula;
      cell.value = toScalar(input.value);
    } else cell.value = toScalar(input);
    if (isErrorValue(cell.value)) cell.error = true;
    else delete cell.error;
    this.state.tidy(sheet, rect.r0, rect.c0);
    this.emit({ changes: ['values'] });
    this.events.raise({
      type: 'WorksheetChanged',
      worksheetId: sheet.id,
      address: formatRange({ r0: rect.r0, c0: rect.c0, r1: rect.r0, c1: rect.c0 }),
      changeType: 'RangeEdited',
      source: 'Local',
      triggerSource: 'Unknown',
    });
  }

  /** The user protects the workbook's structure (or lifts the protection). */
  setStructureProtected(on: boolean): void {
    this.state.structureProtected = on;
    this.emit({ changes: ['sheets'] });
  }

  setProtected(sheetName: string, on: boolean): void {
    this.requireSheet(sheetName).protected = on;
    this.emit({ changes: ['sheets'] });
  }

  /** The user switches sheets (and optionally selects a cell). */
  activate(sheetName: string, address?: string): void {
    const sheet = this.requireSheet(sheetName);
    const before = this.state.activeId;
    this.state.activeId = sheet.id;
    if (address) this.state.selection = { sheetId: sheet.id, rect: rectOf(address) };
    this.emit({ changes: ['selection'] });
    if (before !== sheet.id) this.events.raise({ type: 'WorksheetActivated', worksheetId: sheet.id });
  }

  /** Adds a sheet, as a user would (e.g. their own sheet named 検証結果). */
  addSheet(init: FakeSheetInit): void {
    const sheet = this.loadSheet(init);
    this.emit({ changes: ['sheets'] });
    this.events.raise({ type: 'WorksheetAdded', worksheetId: sheet.id, source: 'Local' });
  }

  /** Renames a sheet, as a user would (no event: WorksheetNameChanged is ExcelApi 1.17, not modelled). */
  renameSheet(from: string, to: string): void {
    this.state.renameSheet(this.requireSheet(from), to);
    this.emit({ changes: ['sheets'] });
  }

  /** Deletes a sheet, as a user would. */
  deleteSheet(name: string): void {
    const sheet = this.requireSheet(name);
    const before = this.state.activeId;
    this.state.deleteSheet(sheet);
    this.emit({ changes: ['sheets'] });
    this.events.raise({ type: 'WorksheetDeleted', worksheetId: sheet.id, source: 'Local' });
    if (this.state.activeId !== before && this.state.activeId) this.events.raise({ type: 'WorksheetActivated', worksheetId: this.state.activeId });
  }

  /** The address of a cell as Excel reports it, e.g. `Sheet1!M9`. */
  qualified(sheetName: string, address: string): string {
    return qualifiedAddress(sheetName, address);
  }

  private requireSheet(name: string): FakeSheetState {
    const sheet = this.state.findSheet(name);
    if (!sheet) throw new Error(`fake Excel: no sheet named '${name}'`);
    return sheet;
  }
}

export function createFakeExcel(init: FakeExcelInit): FakeExcel {
  return new FakeExcel(init);
}
