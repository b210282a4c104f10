import type { SheetTable } from '../../src/core/table';
import type { ReportSheetRow, WorkbookPort, WriteResult } from '../../src/host/port';

/** A test double of the workbook port that records calls. */
export class PortDouble implements WorkbookPort {
  readonly capabilities = { keepsTextRuns: false, settings: true };
  calls: string[] = [];
  settings = new Map<string, string>();
  reportResult: WriteResult = { ok: true, written: 0, sheet: '検証結果' };
  failReads = 0;
  reportRows: ReportSheetRow[] = [];

  constructor(public table: SheetTable) {}

  async listSheets() {
    return { names: [this.table.sheetName], active: this.table.sheetName };
  }
  async readSheet() {
    this.calls.push('readSheet');
    if (this.failReads > 0) {
      this.failReads--;
      throw new Error('セルの編集中です');
    }
    return this.table;
  }
  async richTextCells() {
    return [];
  }
  async isProtected() {
    return false;
  }
  async selectCell(sheet: string, address: string) {
    this.calls.push(`select ${sheet}!${address}`);
  }
  async writeReportSheet(name: string, rows: ReportSheetRow[]) {
    this.calls.push(`report ${name}`);
    this.reportRows = rows;
    return this.reportResult;
  }
  async writeCells(): Promise<WriteResult> {
    throw new Error('not used');
  }
  async getSetting(key: string) {
    return this.settings.get(key);
  }
  async setSetting(key: string, value: string) {
    this.settings.set(key, value);
  }
}
