import type { ReportDocument, WriteResult } from '../port';
import { formatRange, splitQualified } from './a1';
import { isPayloadError, utf8Length, valueBytes } from './payload';
import { GridLink, ReportGrid, hyperlinkFormula, reportGrid } from './report-grid';
import { columnLetters } from '../../core/table';
import { payloadTooLarge } from './errors';

/**
 * Writes the report sheet (点検結果, or `Check results` in English): one sync to read the sheets
 * and the add-in's marks, one sync to write (more only for a report too large for one request),
 * and on ExcelApi 1.9 one more for the page setup (A4 landscape, one page wide, the table's
 * header row printed on every page), kept apart so that a host refusing a page setting never
 * costs the report itself.
 *
 * The add-in marks each report sheet it creates with a hidden workbook name
 * (`PSheetChecker_Report_n`) that refers to the sheet's A1. Such a name follows the sheet when it
 * is renamed and turns into #REF! when the sheet is deleted, and it can be created in the same
 * batch as the sheet, before the sheet's id is known. A sheet of the wanted name without that
 * mark is the user's: it is never replaced; the report goes to `点検結果 (2)`, `(3)` … instead.
 */

export const REPORT_MARK_PREFIX = 'PSheetChecker_Report_';
const REPORT_MARK_COMMENT = 'Process Sheet Checker: report sheet written by the add-in';
const MAX_SHEET_NAME = 31;
const MAX_CANDIDATES = 99;
/** Column width (points) of columns the document gives none for. */
const DEFAULT_WIDTH = 90;
/** Light grey behind the table's header row. */
const HEADER_FILL = '#F2F2F2';

export interface ReportWriteOptions {
  /** Range.hyperlink (ExcelApi 1.7); else HYPERLINK formulas. */
  hyperlinks: boolean;
  /** Worksheet.pageLayout (ExcelApi 1.9). */
  pageLayout: boolean;
  payloadLimit: number;
}

/** `点検結果`, `点検結果 (2)` …, shortened to fit Excel's 31 characters. */
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

/** What a link adds to a request: its reference and text, with the property names around them. */
function linkBytes(link: GridLink): number {
  return utf8Length(link.reference) + utf8Length(link.text) + 160;
}

/** Row ranges [from, to) of the grid, each small enough for one request. */
function chunks(grid: ReportGrid, linksByRow: Map<number, GridLink[]>, budget: number): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  let bytes = 0;
  for (let r = 0; r < grid.values.length; r++) {
    const links = linksByRow.get(r) ?? [];
    const rowBytes = valueBytes(grid.values[r]) + valueBytes(grid.formats[r]) + links.reduce((n, l) => n + linkBytes(l), 0) + 16;
    if (r > from && bytes + rowBytes > budget) {
      out.push([from, r]);
      from = r;
      bytes = 0;
    }
    bytes += rowBytes;
  }
  out.push([from, grid.values.length]);
  return out;
}

function writeRows(sheet: Excel.Worksheet, grid: ReportGrid, linksByRow: Map<number, GridLink[]>, from: number, to: number, hyperlinks: boolean): void {
  const range = sheet.getRange(formatRange({ r0: from, c0: 0, r1: to - 1, c1: grid.width - 1 }));
  // The Text format first, then the values: the entries arrive in cells that already keep text.
  range.numberFormat = grid.formats.slice(from, to);
  range.values = grid.values.slice(from, to);
  for (let r = from; r < to; r++) {
    for (const link of linksByRow.get(r) ?? []) {
      const cell = sheet.getRange(formatRange({ r0: link.row, c0: link.col, r1: link.row, c1: link.col }));
      if (hyperlinks) {
        cell.hyperlink = { documentReference: link.reference, textToDisplay: link.text };
      } else {
        cell.numberFormat = [['General']];
        cell.formulas = [[hyperlinkFormula(link.reference, link.text)]];
      }
    }
  }
}

function formatSheet(sheet: Excel.Worksheet, doc: ReportDocument, grid: ReportGrid): void {
  const last = columnLetters(grid.width - 1);
  const title = sheet.getRange('A1');
  title.format.font.bold = true;
  title.format.font.size = 14;
  const [f0, f1] = grid.factRows;
  if (f1 > f0) sheet.getRange(`A${f0 + 1}:A${f1}`).format.font.bold = true;
  const header = sheet.getRange(`A${grid.headerRow + 1}:${last}${grid.headerRow + 1}`);
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  if (grid.values.length > grid.headerRow + 1) {
    sheet.getRange(`A${grid.headerRow + 2}:${last}${grid.values.length}`).format.wrapText = true;
  }
  for (let c = 0; c < grid.width; c++) {
    const letter = columnLetters(c);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = doc.widths?.[c] ?? DEFAULT_WIDTH;
  }
}

/** A4 landscape, one page wide, the header row on every page: best effort, after the report is written. */
async function pageSetup(ctx: Excel.RequestContext, sheet: Excel.Worksheet, grid: ReportGrid): Promise<void> {
  const layout = sheet.pageLayout;
  layout.orientation = 'Landscape';
  layout.paperSize = 'A4';
  layout.zoom = { horizontalFitToPages: 1 };
  layout.setPrintTitleRows(`$${grid.headerRow + 1}:$${grid.headerRow + 1}`);
  try {
    await ctx.sync();
  } catch {
    // The report is written; a page setting this host refuses is not worth an error.
  }
}

export async function writeReport(ctx: Excel.RequestContext, doc: ReportDocument, options: ReportWriteOptions): Promise<WriteResult> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/protection/protected');
  const names = ctx.workbook.names;
  names.load('items/name,items/type,items/value');
  await ctx.sync();

  const plan = planReport(
    doc.name,
    sheets.items.map((s) => ({ name: s.name, protected: s.protection.protected })),
    names.items.map((n) => ({ name: n.name, type: n.type, value: n.value })),
  );
  const grid = reportGrid(doc);
  const linksByRow = new Map<number, GridLink[]>();
  for (const link of grid.links) linksByRow.set(link.row, [...(linksByRow.get(link.row) ?? []), link]);
  const parts = chunks(grid, linksByRow, options.payloadLimit * 0.5);

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
  writeRows(sheet, grid, linksByRow, from, to, options.hyperlinks);
  formatSheet(sheet, doc, grid);
  sheet.activate();
  try {
    await ctx.sync();
    for (const [a, b] of parts.slice(1)) {
      writeRows(sheet, grid, linksByRow, a, b, options.hyperlinks);
      await ctx.sync();
    }
  } catch (e) {
    if (isPayloadError(e)) throw payloadTooLarge(`${doc.rows.length} rows`);
    throw e;
  }
  if (options.pageLayout) await pageSetup(ctx, sheet, grid);
  return { ok: true, written: doc.rows.length, sheet: plan.target };
}
