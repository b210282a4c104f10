import type { ReportSheetRow, WriteResult } from '../port';
import { splitQualified } from './a1';
import { isPayloadError, valueBytes } from './payload';
import { REPORT_COLUMN_WIDTHS, ReportGrid, reportGrid } from './report-grid';
import { columnLetters } from '../../core/table';
import { payloadTooLarge } from './errors';

/**
 * Writes the 検証結果 report sheet: one sync to read the sheets and the add-in's marks, one sync
 * to write (more only for a report too large for one request).
 *
 * The add-in marks each report sheet it creates with a hidden workbook name
 * (`PSheetChecker_Report_n`) that refers to the sheet's A1. Such a name follows the sheet when it
 * is renamed and turns into #REF! when the sheet is deleted, and it can be created in the same
 * batch as the sheet, before the sheet's id is known. A sheet of the wanted name without that
 * mark is the user's: it is never replaced; the report goes to `検証結果 (2)`, `(3)` … instead.
 */

export const REPORT_MARK_PREFIX = 'PSheetChecker_Report_';
const REPORT_MARK_COMMENT = 'Process Sheet Checker: report sheet written by the add-in';
const MAX_SHEET_NAME = 31;
const MAX_CANDIDATES = 99;
const COLUMNS = 6;

export interface ReportWriteOptions {
  freezePanes: boolean;
  payloadLimit: number;
}

/** `検証結果`, `検証結果 (2)` …, shortened to fit Excel's 31 characters. */
export function candidateName(base: string, n: number): string {
  if (n === 1) return base.slice(0, MAX_SHEET_NAME);
  const suffix = ` (${n})`;
  return base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
}

interface SheetInfo {
  name: string;
  protected: boolean;
}

interface Plan {
  target: string;
  replace: boolean;
  markName?: string;
  staleMarks: string[];
}

/** Chooses the sheet to write from the sheets and names read in the first sync. */
export function planReport(base: string, sheets: SheetInfo[], names: { name: string; value: unknown; type: string }[]): Plan {
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  const marked = new Set<string>();
  const staleMarks: string[] = [];
  const usedMarks = new Set<string>();
  for (const n of names) {
    if (!n.name.startsWith(REPORT_MARK_PREFIX)) continue;
    usedMarks.add(n.name.toLowerCase());
    const sheet = n.type === 'Range' && typeof n.value === 'string' ? splitQualified(n.value).sheet : undefined;
    if (sheet !== undefined && byName.has(sheet.toLowerCase())) marked.add(sheet.toLowerCase());
    else staleMarks.push(n.name);
  }
  for (let i = 1; i <= MAX_CANDIDATES; i++) {
    const target = candidateName(base, i);
    const existing = byName.get(target.toLowerCase());
    if (!existing) {
      let k = 1;
      while (usedMarks.has(`${REPORT_MARK_PREFIX}${k}`.toLowerCase())) k++;
      return { target, replace: false, markName: `${REPORT_MARK_PREFIX}${k}`, staleMarks };
    }
    if (marked.has(target.toLowerCase()) && !existing.protected) return { target: existing.name, replace: true, staleMarks };
  }
  throw new Error(`No free sheet name for the report (${base} … ${candidateName(base, MAX_CANDIDATES)})`);
}

/** Row ranges [from, to) of the grid, each small enough for one request. */
function chunks(grid: ReportGrid, budget: number): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  let bytes = 0;
  for (let r = 0; r < grid.entries.length; r++) {
    const rowBytes = valueBytes(grid.entries[r]) + valueBytes(grid.formats[r]) + 16;
    if (r > from && bytes + rowBytes > budget) {
      out.push([from, r]);
      from = r;
      bytes = 0;
    }
    bytes += rowBytes;
  }
  out.push([from, grid.entries.length]);
  return out;
}

function writeRows(sheet: Excel.Worksheet, grid: ReportGrid, from: number, to: number): void {
  const range = sheet.getRange(`A${from + 1}:${columnLetters(COLUMNS - 1)}${to}`);
  range.numberFormat = grid.formats.slice(from, to);
  range.formulas = grid.entries.slice(from, to);
}

export async function writeReport(
  ctx: Excel.RequestContext,
  base: string,
  rows: ReportSheetRow[],
  lang: 'ja' | 'en',
  options: ReportWriteOptions,
): Promise<WriteResult> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/protection/protected');
  const names = ctx.workbook.names;
  names.load('items/name,items/type,items/value');
  await ctx.sync();

  const plan = planReport(
    base,
    sheets.items.map((s) => ({ name: s.name, protected: s.protection.protected })),
    names.items.map((n) => ({ name: n.name, type: n.type, value: n.value })),
  );
  const grid = reportGrid(rows, lang);
  const parts = chunks(grid, options.payloadLimit * 0.5);

  let sheet: Excel.Worksheet;
  if (plan.replace) {
    sheet = sheets.getItem(plan.target);
    sheet.getRange().clear();
  } else {
    sheet = sheets.add(plan.target);
    const mark = names.add(plan.markName!, sheet.getRange('A1'), REPORT_MARK_COMMENT);
    mark.visible = false;
  }
  for (const stale of plan.staleMarks) names.getItem(stale).delete();
  const [from, to] = parts[0];
  writeRows(sheet, grid, from, to);
  sheet.getRange('A1:F1').format.font.bold = true;
  REPORT_COLUMN_WIDTHS.forEach((w, i) => {
    const letter = columnLetters(i);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = w;
  });
  if (options.freezePanes) sheet.freezePanes.freezeRows(1);
  sheet.activate();
  try {
    await ctx.sync();
    for (const [a, b] of parts.slice(1)) {
      writeRows(sheet, grid, a, b);
      await ctx.sync();
    }
  } catch (e) {
    if (isPayloadError(e)) throw payloadTooLarge(`${rows.length} rows`);
    throw e;
  }
  return { ok: true, written: rows.length, sheet: plan.target };
}
