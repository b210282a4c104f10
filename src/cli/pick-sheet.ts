import ExcelJS from 'exceljs';
import { Config } from '../core/config';
import { detectHeader } from '../core/header';
import { SheetTable } from '../core/table';
import { UnreadableFileError } from '../host/file/open-workbook';
import { worksheetToTable } from '../host/file/read-xlsx';
import { both } from './i18n';

function sameName(a: string, b: string): boolean {
  const n = (s: string) => s.normalize('NFKC').trim().toLowerCase();
  return n(a) === n(b);
}

/**
 * The worksheet to validate. With a name: that sheet (exact name first, then ignoring case,
 * width and surrounding spaces), hidden or not; a missing name is an UnreadableFileError
 * listing the sheets. Without: the first visible sheet whose header is found, else the first
 * visible sheet (which then reports header-not-found).
 */
export function pickSheet(wb: ExcelJS.Workbook, file: string, config: Config, name?: string): SheetTable {
  const sheets = wb.worksheets;
  if (name !== undefined) {
    const ws = sheets.find((w) => w.name === name) ?? sheets.find((w) => sameName(w.name, name));
    if (ws) return worksheetToTable(ws);
    const names = sheets.map((w) => w.name);
    const t = both((s) => s.sheetNotFound(name, names));
    throw new UnreadableFileError(file, 'sheet-not-found', t.ja, t.en);
  }
  const visible = sheets.filter((w) => w.state !== 'hidden' && w.state !== 'veryHidden');
  const candidates = visible.length > 0 ? visible : sheets;
  // A lone candidate is the choice either way; validation finds its header (or reports none).
  if (candidates.length === 1) return worksheetToTable(candidates[0]);
  let first: SheetTable | undefined;
  for (const ws of candidates) {
    const table = worksheetToTable(ws);
    if (detectHeader(table, config)) return table;
    first ??= table;
  }
  if (first) return first;
  const t = both((s) => s.noWorksheets);
  throw new UnreadableFileError(file, 'sheet-not-found', t.ja, t.en);
}
