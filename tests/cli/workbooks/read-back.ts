/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS objects, not Office.js proxies */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'fs';

/** Reading written workbooks back in the tests: with ExcelJS (an independent reader), as zip entries, as CSV. */

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A cell's text as a person reads it: rich-text runs joined, a formula's result, '' for blank. */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return cellText((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if (v instanceof Date) return v.toISOString();
    if ('error' in v) return String(v.error);
  }
  return String(v);
}

/** A cell that changed between two versions of a workbook. */
export interface CellChange {
  /** `Sheet!A1`. */
  key: string;
  before: string;
  after: string;
  /** The cell's style changed too (it never should). */
  styleChanged: boolean;
}

function cellMap(wb: ExcelJS.Workbook): Map<string, { value: string; style: string }> {
  const out = new Map<string, { value: string; style: string }>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        out.set(`${ws.name}!${cell.address}`, { value: JSON.stringify(cell.value ?? null), style: JSON.stringify(cell.style ?? {}) });
      }),
    );
  }
  return out;
}

/**
 * Every cell of every sheet compared (value as ExcelJS reads it, and style): the cells that differ,
 * in sheet order. A cell present on one side only counts as changed unless it is blank and unstyled.
 */
export function changedCells(before: ExcelJS.Workbook, after: ExcelJS.Workbook): CellChange[] {
  const a = cellMap(before);
  const b = cellMap(after);
  const empty = { value: 'null', style: '{}' };
  const out: CellChange[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key) ?? empty;
    const y = b.get(key) ?? empty;
    if (x.value === y.value && x.style === y.style) continue;
    out.push({ key, before: text(before, key), after: text(after, key), styleChanged: x.style !== y.style });
  }
  return out;
}

function text(wb: ExcelJS.Workbook, key: string): string {
  const [sheet, address] = key.split('!');
  const ws = wb.getWorksheet(sheet);
  return ws ? cellText(ws.getCell(address).value) : '';
}

/** What a change must not touch: sheets, their state, merges, widths, heights, hidden rows, print setup. */
export function layoutOf(wb: ExcelJS.Workbook): unknown {
  return wb.worksheets.map((ws) => ({
    name: ws.name,
    state: ws.state,
    merges: ((ws.model as { merges?: string[] }).merges ?? []).slice().sort(),
    widths: (ws.columns ?? []).map((c) => c.width ?? null),
    rows: Array.from({ length: ws.rowCount }, (_, i) => {
      const row = ws.getRow(i + 1);
      return [row.height ?? null, row.hidden];
    }),
    printTitles: ws.pageSetup.printTitlesRow ?? null,
  }));
}

/** The zip entries of a file (directories left out). */
export function zipEntries(bytes: Uint8Array): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(unzipSync(bytes))) if (!name.endsWith('/')) out.set(name, data);
  return out;
}

export function zipEntriesOf(file: string): Map<string, Uint8Array> {
  return zipEntries(new Uint8Array(readFileSync(file)));
}

export const utf8 = (bytes: Uint8Array): string => strFromU8(bytes);

/** The worksheet XML with the `<c>` elements of the cells named removed (whole element, open or self-closed). */
export function withoutCells(xml: string, addresses: readonly string[]): string {
  let out = xml;
  for (const a of addresses) {
    const re = new RegExp(`<c r="${a}"(?:[^>]*?/>|[^>]*>[\\s\\S]*?</c>)`, 'g');
    const found = out.match(re)?.length ?? 0;
    if (found !== 1) throw new Error(`cell ${a}: ${found} <c> elements in the worksheet`);
    out = out.replace(re, '');
  }
  return out;
}

/** RFC 4180: records separated by CRLF (or LF), fields with quotes, commas or line breaks quoted, quotes doubled. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i++;
      } else {
        field += ch;
        i++;
      }
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** A sheet's cells as text, `columns` wide, from row 1 to the last row with a value. */
export function sheetTexts(ws: ExcelJS.Worksheet, columns: number): string[][] {
  const out: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    out.push(Array.from({ length: columns }, (_, c) => cellText(row.getCell(c + 1).value)));
  }
  return out;
}
