import { SheetTable } from '../core/table';

/**
 * The one workbook port the task pane and the commands talk to. Two adapters implement it:
 * Office.js (src/host/office) and the in-memory one (src/host/memory: the Office adapter on the
 * fake Excel, for tests and the demo). Every write is additive or removes only what the add-in
 * itself added, is limited to the cells it names, and is refused before writing when it cannot be
 * done whole.
 *
 * Sheets are named by id wherever the pane keeps them: an id survives renaming and a sheet of the
 * same name added later is another sheet. Methods taking `sheet` accept an id or a name.
 */

export interface SheetInfo {
  /** Stable id (`Worksheet.id`). */
  id: string;
  name: string;
  /** Hidden and very hidden sheets are false. */
  visible: boolean;
  /** The sheet's first rows (as many as asked for), to tell whether it holds a header. */
  head?: SheetTable;
}

export interface SheetList {
  sheets: SheetInfo[];
  /** Id of the active sheet. */
  activeId: string;
  /** The workbook's file name, when the host tells it (ExcelApi 1.7). */
  workbook?: string;
}

export interface ListSheetsOptions {
  /** Also read the first `headRows` rows of every sheet (one more round trip). */
  headRows?: number;
}

/** A sheet read whole: the engine's table plus the sheet's id. */
export interface SheetRead extends SheetTable {
  sheetId: string;
}

/** What happens in the workbook while the pane is open. */
export type WorkbookEvent =
  | { type: 'activated'; sheetId: string }
  | {
      type: 'changed';
      sheetId: string;
      /** The changed range on that sheet (`M9`, `A1:F20`). */
      address: string;
      /** The change was made by this add-in (known from ExcelApi 1.14; false when unknown). */
      byThisAddin: boolean;
    }
  /** A sheet was added or deleted: the list of sheets is out of date. */
  | { type: 'sheets' };

export type Unsubscribe = () => Promise<void>;

/** One cell of the report sheet: text, a number, a link to a cell, or empty. */
export type ReportCell = string | number | null | { text: string; link: { sheet: string; cell?: string } };

/**
 * The report sheet (点検結果) as the pane composes it, in the user's language: a title, a block of
 * facts (file, sheet, reporting month, date and time, scale, verdict, counts), then a table with a
 * header row. The adapter lays it out, keeps every text as text, links the cells and sets up the
 * page for printing (A4 landscape, the table's header row repeated on each page).
 */
export interface ReportDocument {
  /** The sheet name wanted; `(2)`, `(3)` … are added when a sheet of the user's has it. */
  name: string;
  title: string;
  facts: [label: string, value: ReportCell][];
  columns: string[];
  /** Column widths in points, in the order of `columns`. */
  widths?: number[];
  rows: ReportCell[][];
}

/** A run of text with its font, for cells with mixed in-cell formatting. */
export interface TextRun {
  text: string;
  font?: Record<string, unknown>;
}

/** One cell to change: its text as read for the preview and the text to write. */
export interface CellChange {
  /** A1 address on the sheet. */
  address: string;
  /** The cell's text when the preview was made; the write is refused if it differs now. */
  before: string;
  /** The new text; `before` must be a part of it (additive). */
  after: string;
  /** The inserted text and where it goes, so adapters that keep rich text can insert a plain run. */
  insert?: { at: number; text: string };
}

export type WriteRefusal =
  | { reason: 'protected'; sheet: string }
  | { reason: 'changed'; addresses: string[] }
  | { reason: 'formula'; addresses: string[] }
  | { reason: 'too-long'; addresses: string[] }
  | { reason: 'not-additive'; addresses: string[] };

export type WriteResult =
  | {
      ok: true;
      /** Cells written (writeCells) or report rows written (writeReportSheet). */
      written: number;
      /** The sheet written to, when the adapter chose it (the report may go to `点検結果 (2)`). */
      sheet?: string;
    }
  | { ok: false; refusal: WriteRefusal };

/** A cell to mark with a background colour, or to unmark. */
export interface CellMark {
  address: string;
  /** `#RRGGBB`. */
  color: string;
}

export type MarkResult =
  | {
      ok: true;
      /** Cells marked (markCells) or whose mark was removed (unmarkCells). */
      changed: string[];
      /**
       * Cells left as they were: markCells skips cells that already have a fill of their own;
       * unmarkCells keeps cells whose fill is no longer the mark (the user changed it).
       */
      skipped: string[];
    }
  | { ok: false; refusal: Extract<WriteRefusal, { reason: 'protected' }> };

/**
 * One cell of a table the pane writes (the consolidation's sheets): text, a number (with its number
 * format, so a date stays a date), a boolean, an error value (written as its text and marked), or
 * empty. Text is always written as text, never as a formula, number or date.
 */
export type TableCell = string | number | boolean | null | { value: number; numFmt: string } | { error: string };

/** A sheet written whole: a header row, then the rows, laid out for reading and printing. */
export interface TableSheet {
  /** Which sheet of the document this is (`all`, `summary`, `issues`): the result names it by this key. */
  key: string;
  /** The sheet name wanted; `(2)`, `(3)` … are added when another sheet has it. */
  name: string;
  header: string[];
  rows: TableCell[][];
  /** Column widths in Excel characters (as Excel's column width box shows them), in the order of `header`. */
  widths: number[];
  /** Columns whose cells wrap their text. */
  wrap: boolean[];
  /** Printed on this paper, landscape, one page wide, the header row on every page. */
  paper: 'A3' | 'A4';
  /** Filter buttons on the header row. */
  autoFilter: boolean;
  /** The last row is a total: set off from the others. */
  totalRow?: boolean;
}

/** A column chart drawn from one of the document's sheets, on that sheet, below its table. */
export interface ColumnChart {
  /** Key of the sheet holding the data (and the chart). */
  sheet: string;
  title: string;
  stacked: boolean;
  /** 0-based column of the category names (one category a data row). */
  categoryColumn: number;
  /** 0-based columns `[first, last]`, adjacent, one series each, named by their header. */
  seriesColumns: [number, number];
  /** The first `rows` data rows are charted (a total row below them is not). */
  rows: number;
}

/** The sheets the consolidation writes into the open workbook, and its chart. */
export interface ConsolidationDocument {
  sheets: TableSheet[];
  chart?: ColumnChart;
  /** Key of the sheet to show once written. */
  activate?: string;
}

export interface ConsolidationWriteOptions {
  /** Ids of sheets written by this feature before that the user agreed to replace (from a `confirm` answer). */
  replace?: readonly string[];
}

export interface WrittenSheet {
  key: string;
  /** The name written to (`全庁集約`, or `全庁集約 (2)` when another sheet has the name). */
  name: string;
  id: string;
  /** A sheet this feature wrote before was replaced. */
  replaced: boolean;
  /** The wanted name belongs to a sheet this feature did not write, left as it is. */
  nameTaken?: string;
}

export type ConsolidationRefusal =
  /** Sheets this feature wrote before would be replaced: ask the user, then write again with `replace`. */
  | { reason: 'confirm'; sheets: { id: string; name: string }[] }
  /** A sheet to replace is protected. */
  | { reason: 'protected'; sheet: string }
  /** The workbook's structure is protected: no sheet can be added. */
  | { reason: 'workbook-protected' };

export type ConsolidationWriteResult =
  | {
      ok: true;
      sheets: WrittenSheet[];
      /** Data rows written, all sheets together. */
      rows: number;
      /** The chart was drawn. */
      chart: boolean;
      /** The page setup for printing was applied (ExcelApi 1.9). */
      printSetup: boolean;
    }
  | { ok: false; refusal: ConsolidationRefusal };

export interface HostCapabilities {
  /** In-cell rich text survives an append (ExcelApi 1.18 text runs, or the file adapter). */
  keepsTextRuns: boolean;
  /** Workbook settings are available (ExcelApi 1.4). */
  settings: boolean;
  /** Sheet activated/added/deleted events (ExcelApi 1.7). */
  sheetEvents: boolean;
  /** Cell change events (ExcelApi 1.9). */
  changeEvents: boolean;
  /** Marking cells with a fill and removing exactly those marks (ExcelApi 1.9 reads fills per cell). */
  marks: boolean;
  /** Several cells selected at once (ExcelApi 1.9). */
  multiSelect: boolean;
}

export interface WorkbookPort {
  readonly capabilities: HostCapabilities;
  /** The sheets with their ids, the active one, and (asked for) each sheet's first rows: 1 sync, 2 with heads. */
  listSheets(options?: ListSheetsOptions): Promise<SheetList>;
  /** Reads a sheet's used range (the active sheet without `sheet`); Office: one `context.sync()`. */
  readSheet(sheet?: string): Promise<SheetRead>;
  /** Addresses among `addresses` whose cells hold mixed in-cell formatting (rich text runs). */
  richTextCells(sheet: string, addresses: string[]): Promise<string[]>;
  isProtected(sheet: string): Promise<boolean>;
  /** Activates the sheet, then selects the cell. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Activates the sheet, then selects the cells (all of them from ExcelApi 1.9, else the first). */
  selectCells(sheet: string, addresses: string[]): Promise<void>;
  /** Calls `listener` for sheet switches, cell changes and added or deleted sheets until unsubscribed. */
  watch(listener: (event: WorkbookEvent) => void): Promise<Unsubscribe>;
  /** Writes the report sheet in one batch (2 syncs); replaces only a report sheet this add-in wrote. */
  writeReportSheet(report: ReportDocument): Promise<WriteResult>;
  /** Writes cell texts in one batch after re-reading and comparing them (Office: at most 2 syncs). */
  writeCells(sheet: string, changes: CellChange[]): Promise<WriteResult>;
  /** Gives cells without a fill of their own the mark's colour (2 syncs); refused on a protected sheet. */
  markCells(sheet: string, marks: CellMark[]): Promise<MarkResult>;
  /** Removes the fill of cells that still carry exactly the mark's colour (2 syncs). */
  unmarkCells(sheet: string, marks: CellMark[]): Promise<MarkResult>;
  /**
   * Writes the consolidation's sheets (and chart) into the workbook: Office 3 syncs (read, write,
   * remember the sheets and set the pages up), more only for tables too large for one request.
   * Replaces only sheets it wrote before (known by id), and only those in `options.replace`: else
   * it answers `confirm` after one sync, having written nothing. A sheet of the wanted name it did
   * not write is never touched: it writes `全庁集約 (2)` instead and says so.
   */
  writeConsolidation(doc: ConsolidationDocument, options?: ConsolidationWriteOptions): Promise<ConsolidationWriteResult>;
  getSetting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string): Promise<void>;
}
