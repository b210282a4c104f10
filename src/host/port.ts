import { SheetTable } from '../core/table';

/**
 * The one workbook port the task pane and the commands talk to. Three adapters implement it:
 * Office.js (src/host/office), in-memory (src/host/memory: tests and the demo) and .xlsx files
 * (src/host/file: CLI and consolidation). Every write is additive, limited to the cells it
 * names, and refused before writing when it cannot be done whole.
 */
export interface SheetList {
  names: string[];
  active: string;
}

/** A row of the 検証結果 report sheet. */
export interface ReportSheetRow {
  code: string;
  severity: string;
  /** Sheet and cell the row links to, e.g. `Sheet1` / `M9`. */
  sheet: string;
  cell?: string;
  no?: number | string;
  initiative?: string;
  message: string;
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
      /** The sheet written to, when the adapter chose it (the report may go to `検証結果 (2)`). */
      sheet?: string;
    }
  | { ok: false; refusal: WriteRefusal };

export interface HostCapabilities {
  /** In-cell rich text survives an append (ExcelApi 1.18 text runs, or the file adapter). */
  keepsTextRuns: boolean;
  /** Workbook settings are available (ExcelApi 1.4). */
  settings: boolean;
}

export interface WorkbookPort {
  readonly capabilities: HostCapabilities;
  listSheets(): Promise<SheetList>;
  /** Reads the used range's values and formulas (Office: in one `context.sync()`). */
  readSheet(name?: string): Promise<SheetTable>;
  /** Addresses among `addresses` whose cells hold mixed in-cell formatting (rich text runs). */
  richTextCells(sheet: string, addresses: string[]): Promise<string[]>;
  isProtected(sheet: string): Promise<boolean>;
  /** Activates the sheet, then selects the cell. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Writes the 検証結果 sheet in one batch; replaces only a report sheet this add-in wrote. */
  writeReportSheet(name: string, rows: ReportSheetRow[], lang: 'ja' | 'en'): Promise<WriteResult>;
  /** Writes cell texts in one batch after re-reading and comparing them (Office: at most 2 syncs). */
  writeCells(sheet: string, changes: CellChange[]): Promise<WriteResult>;
  getSetting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string): Promise<void>;
}
