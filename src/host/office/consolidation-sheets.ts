import { columnLetters } from '../../core/table';
import type { ConsolidationDocument, ConsolidationRefusal, ConsolidationWriteOptions, ConsolidationWriteResult, TableSheet, WrittenSheet } from '../port';
import { formatRange } from './a1';
import { payloadTooLarge } from './errors';
import { isPayloadError, valueBytes } from './payload';
import { candidateName } from './report-sheet';
import { TableGrid, tableGrid, widthPoints } from './table-grid';

/**
 * The consolidation's sheets written into the open workbook (全庁集約, 集計, 点検結果 or their English
 * names), in few syncs:
 *
 * 1. read the sheets (id, name, protection), the workbook's structure protection (ExcelApi 1.7),
 *    the list of sheets this feature wrote (a workbook setting, by sheet id) and the charts of the
 *    sheets the caller agreed to replace; then plan, and refuse before writing anything when a
 *    sheet to replace is protected, the structure is protected, or a sheet this feature wrote
 *    would be replaced without the caller's agreement (`confirm`, naming them);
 * 2. write: clear the sheets to replace (their charts and filter too) or add new ones, the values
 *    with their number formats, the header set off (bold, fill, wrapped, frozen, filter buttons),
 *    column widths, wrapped columns, the total row, the chart, and show the sheet asked for;
 *    a table too large for one request (about 5 MB) takes one more sync per part;
 * 3. remember the sheets written (by id) in the setting, then set the pages up for printing
 *    (ExcelApi 1.9: A3 or A4 landscape, one page wide, the header row on every page) — kept last,
 *    so that a host refusing a page setting costs nothing else.
 *
 * A sheet of a wanted name that this feature did not write (the user's, or the 点検 tab's report)
 * is never touched: the table goes to `全庁集約 (2)`, `(3)` … and the result says so.
 */

/** The workbook setting listing the ids of the sheets this feature wrote. */
export const CONSOLIDATION_SETTING = 'psheet.consolidation';

const HEADER_FILL = '#DDEBF7';
const TOTAL_FILL = '#F2F2F2';
/** Error values written as text are shown in red italics. */
export const ERROR_FONT_COLOR = '#C00000';
const MAX_CANDIDATES = 99;
/** Rows of cells the chart covers below the table. */
const CHART_ROWS = 18;
/** What one error cell's font adds to a request (object paths and two property sets). */
const ERROR_MARK_BYTES = 400;

export interface ConsolidationFeatures {
  /** Freeze panes, workbook structure protection, chart category names (ExcelApi 1.7). */
  v17: boolean;
  /** Autofilter and page layout (ExcelApi 1.9). */
  v19: boolean;
  payloadLimit: number;
}

export interface PlannedSheet {
  key: string;
  name: string;
  /** Id of the sheet to replace; absent for a new sheet. */
  replaceId?: string;
  nameTaken?: string;
}

interface ExistingSheet {
  id: string;
  name: string;
  protected: boolean;
}

/** The ids stored in the setting; anything unreadable is no list. */
export function parseOwnSheets(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  try {
    const raw = JSON.parse(value) as { sheets?: unknown };
    return Array.isArray(raw.sheets) ? raw.sheets.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    return [];
  }
}

export function serializeOwnSheets(ids: string[]): string {
  return JSON.stringify({ v: 1, sheets: ids });
}

/**
 * Where each table goes: the wanted name when it is free or names a sheet this feature wrote
 * (replaced), else the first free `name (n)`; a sheet of the name it did not write is skipped.
 */
export function planConsolidation(wanted: { key: string; name: string }[], sheets: ExistingSheet[], own: ReadonlySet<string>): PlannedSheet[] {
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  const chosen = new Set<string>();
  return wanted.map(({ key, name }) => {
    let taken: string | undefined;
    for (let n = 1; n <= MAX_CANDIDATES; n++) {
      const candidate = candidateName(name, n);
      const lower = candidate.toLowerCase();
      if (chosen.has(lower)) continue;
      const existing = byName.get(lower);
      if (existing && !own.has(existing.id)) {
        taken ??= existing.name;
        continue;
      }
      chosen.add(lower);
      return {
        key,
        name: existing ? existing.name : candidate,
        ...(existing ? { replaceId: existing.id } : {}),
        ...(taken !== undefined ? { nameTaken: taken } : {}),
      };
    }
    throw new Error(`No free sheet name for ${name} (… ${candidateName(name, MAX_CANDIDATES)})`);
  });
}

/** Refuses the plan before anything is written, or accepts it. */
export function refusalFor(
  plan: PlannedSheet[],
  sheets: ExistingSheet[],
  confirmed: ReadonlySet<string>,
  structureProtected: boolean,
): ConsolidationRefusal | undefined {
  const byId = new Map(sheets.map((s) => [s.id, s]));
  if (structureProtected && plan.some((p) => !p.replaceId)) return { reason: 'workbook-protected' };
  const locked = plan.find((p) => p.replaceId && byId.get(p.replaceId)?.protected);
  if (locked) return { reason: 'protected', sheet: locked.name };
  const replaced = plan.filter((p) => p.replaceId);
  if (replaced.some((p) => !confirmed.has(p.replaceId!))) return { reason: 'confirm', sheets: replaced.map((p) => ({ id: p.replaceId!, name: p.name })) };
  return undefined;
}

/** A run of a table's grid rows [from, to) written in one request. */
interface Part {
  sheet: number;
  from: number;
  to: number;
}

/** Every table's rows, header included, in parts packed into requests of at most `budget` bytes (`first` for the first, which also carries the rest of the write). */
function packParts(grids: TableGrid[], first: number, budget: number): Part[][] {
  const syncs: Part[][] = [];
  let current: Part[] = [];
  let bytes = 0;
  let limit = first;
  grids.forEach((grid, sheet) => {
    const marks = new Map<number, number>();
    for (const e of grid.errors) marks.set(e.row, (marks.get(e.row) ?? 0) + 1);
    let part: Part | undefined;
    for (let r = 0; r < grid.values.length; r++) {
      const rowBytes = valueBytes(grid.values[r]) + valueBytes(grid.formats[r]) + grid.width * 8 + (marks.get(r) ?? 0) * ERROR_MARK_BYTES;
      if (bytes > 0 && bytes + rowBytes > limit) {
        syncs.push(current);
        current = [];
        bytes = 0;
        limit = budget;
        part = undefined;
      }
      if (!part) current.push((part = { sheet, from: r, to: r }));
      part.to = r + 1;
      bytes += rowBytes;
    }
  });
  syncs.push(current);
  return syncs;
}

function writePart(ws: Excel.Worksheet, grid: TableGrid, from: number, to: number): void {
  const range = ws.getRange(formatRange({ r0: from, c0: 0, r1: to - 1, c1: grid.width - 1 }));
  // The formats first, then the values: text arrives in cells that already keep text.
  range.numberFormat = grid.formats.slice(from, to);
  range.values = grid.values.slice(from, to);
  for (const e of grid.errors) {
    if (e.row < from || e.row >= to) continue;
    const font = ws.getRange(formatRange({ r0: e.row, c0: e.col, r1: e.row, c1: e.col })).format.font;
    font.color = ERROR_FONT_COLOR;
    font.italic = true;
  }
}

function formatTable(ws: Excel.Worksheet, table: TableSheet, grid: TableGrid, features: ConsolidationFeatures): void {
  const last = columnLetters(grid.width - 1);
  const rows = grid.values.length;
  ws.getRange(`A1:${last}${rows}`).format.verticalAlignment = 'Top';
  const header = ws.getRange(`A1:${last}1`);
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  header.format.wrapText = true;
  header.format.verticalAlignment = 'Center';
  if (rows > 1) {
    table.wrap.forEach((wrap, c) => {
      if (wrap && c < grid.width) ws.getRange(`${columnLetters(c)}2:${columnLetters(c)}${rows}`).format.wrapText = true;
    });
  }
  for (let c = 0; c < grid.width; c++) {
    const letter = columnLetters(c);
    ws.getRange(`${letter}:${letter}`).format.columnWidth = widthPoints(table.widths[c] ?? 10);
  }
  if (table.totalRow && rows > 1) {
    const total = ws.getRange(`A${rows}:${last}${rows}`);
    total.format.font.bold = true;
    total.format.fill.color = TOTAL_FILL;
  }
  if (features.v17) ws.freezePanes.freezeRows(1);
  if (features.v19 && table.autoFilter && rows > 1) ws.autoFilter.apply(ws.getRange(`A1:${last}${rows}`));
}

function addChart(ws: Excel.Worksheet, doc: ConsolidationDocument, table: TableSheet, grid: TableGrid, features: ConsolidationFeatures): boolean {
  const chart = doc.chart;
  if (!chart || chart.rows < 1) return false;
  const [s0, s1] = chart.seriesColumns;
  if (s0 > s1 || s1 >= grid.width || chart.categoryColumn >= grid.width) return false;
  const source = ws.getRange(formatRange({ r0: 0, c0: s0, r1: chart.rows, c1: s1 }));
  const c = ws.charts.add((chart.stacked ? 'ColumnStacked' : 'ColumnClustered') as Excel.ChartType, source, 'Columns' as Excel.ChartSeriesBy);
  c.name = chart.title.slice(0, 31);
  c.title.text = chart.title;
  c.legend.position = 'Bottom' as Excel.ChartLegendPosition;
  // Category names from the department column (ExcelApi 1.7); below it the categories are numbered.
  if (features.v17)
    c.axes.categoryAxis.setCategoryNames(ws.getRange(formatRange({ r0: 1, c0: chart.categoryColumn, r1: chart.rows, c1: chart.categoryColumn })));
  const top = table.rows.length + 3;
  const right = Math.max(s1, 7);
  c.setPosition(`A${top}`, `${columnLetters(right)}${top + CHART_ROWS}`);
  return true;
}

async function pageSetup(ctx: Excel.RequestContext, sheets: Excel.Worksheet[], tables: TableSheet[], ids: string[]): Promise<boolean> {
  ctx.workbook.settings.add(CONSOLIDATION_SETTING, serializeOwnSheets(ids));
  sheets.forEach((ws, i) => {
    const layout = ws.pageLayout;
    layout.orientation = 'Landscape' as Excel.PageOrientation;
    layout.paperSize = tables[i].paper as Excel.PaperType;
    layout.setPrintTitleRows('$1:$1');
    // One page wide, as many tall as needed (0: automatic); last, as the setting a host is likeliest to refuse.
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  });
  try {
    await ctx.sync();
    return true;
  } catch {
    // The sheets are written; a page setting this host refuses is not worth an error. The setting
    // came first in that batch; it is sent again on its own in case the batch stopped before it.
    ctx.workbook.settings.add(CONSOLIDATION_SETTING, serializeOwnSheets(ids));
    await ctx.sync();
    return false;
  }
}

async function syncWrite(ctx: Excel.RequestContext, rows: number): Promise<void> {
  try {
    await ctx.sync();
  } catch (e) {
    if (isPayloadError(e)) throw payloadTooLarge(`${rows} rows`);
    throw e;
  }
}

export async function writeConsolidationIn(
  ctx: Excel.RequestContext,
  doc: ConsolidationDocument,
  options: ConsolidationWriteOptions,
  features: ConsolidationFeatures,
): Promise<ConsolidationWriteResult> {
  // 1. What is there.
  const worksheets = ctx.workbook.worksheets;
  worksheets.load('items/id,items/name,items/protection/protected');
  const setting = ctx.workbook.settings.getItemOrNullObject(CONSOLIDATION_SETTING);
  setting.load('value');
  const structure = features.v17 ? ctx.workbook.protection : undefined;
  structure?.load('protected');
  const confirmed = new Set(options.replace ?? []);
  const chartsOf = new Map(
    [...confirmed].map((id) => {
      const ws = worksheets.getItemOrNullObject(id);
      const charts = ws.charts;
      charts.load('items/name');
      return [id, { ws, charts }] as const;
    }),
  );
  await ctx.sync();

  const existing: ExistingSheet[] = worksheets.items.map((s) => ({ id: s.id, name: s.name, protected: s.protection.protected }));
  const live = new Set(existing.map((s) => s.id));
  const own = new Set(parseOwnSheets(setting.isNullObject ? undefined : setting.value).filter((id) => live.has(id)));
  const plan = planConsolidation(
    doc.sheets.map((t) => ({ key: t.key, name: t.name })),
    existing,
    own,
  );
  const refusal = refusalFor(plan, existing, confirmed, !!structure?.protected);
  if (refusal) return { ok: false, refusal };

  // 2. Write.
  const grids = doc.sheets.map((t) => tableGrid(t));
  const targets: Excel.Worksheet[] = plan.map((p) => {
    if (!p.replaceId) {
      const ws = worksheets.add(p.name);
      ws.load('id');
      return ws;
    }
    const ws = worksheets.getItem(p.replaceId);
    ws.getRange().clear();
    const old = chartsOf.get(p.replaceId);
    if (old && !old.ws.isNullObject) for (const chart of old.charts.items) chart.delete();
    if (features.v19) ws.autoFilter.remove();
    return ws;
  });
  const budget = features.payloadLimit * 0.5;
  const syncs = packParts(grids, budget * 0.8, budget);
  const totalRows = doc.sheets.reduce((n, t) => n + t.rows.length, 0);
  for (const part of syncs[0]) writePart(targets[part.sheet], grids[part.sheet], part.from, part.to);
  doc.sheets.forEach((t, i) => formatTable(targets[i], t, grids[i], features));
  const chartAt = doc.chart ? doc.sheets.findIndex((t) => t.key === doc.chart!.sheet) : -1;
  const chart = chartAt >= 0 && addChart(targets[chartAt], doc, doc.sheets[chartAt], grids[chartAt], features);
  const shown = doc.activate !== undefined ? doc.sheets.findIndex((t) => t.key === doc.activate) : 0;
  targets[Math.max(0, shown)]?.activate();
  await syncWrite(ctx, totalRows);
  for (const parts of syncs.slice(1)) {
    for (const part of parts) writePart(targets[part.sheet], grids[part.sheet], part.from, part.to);
    await syncWrite(ctx, totalRows);
  }

  // 3. Remember the sheets, then the page setup.
  const ids = plan.map((p, i) => p.replaceId ?? targets[i].id);
  const kept = [...own].filter((id) => !ids.includes(id));
  let printSetup = false;
  if (features.v19) printSetup = await pageSetup(ctx, targets, doc.sheets, [...kept, ...ids]);
  else {
    ctx.workbook.settings.add(CONSOLIDATION_SETTING, serializeOwnSheets([...kept, ...ids]));
    await ctx.sync();
  }
  const sheets: WrittenSheet[] = plan.map((p, i) => ({
    key: p.key,
    name: p.name,
    id: ids[i],
    replaced: !!p.replaceId,
    ...(p.nameTaken !== undefined ? { nameTaken: p.nameTaken } : {}),
  }));
  return { ok: true, sheets, rows: totalRows, chart, printSetup };
}
