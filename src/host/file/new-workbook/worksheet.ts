/**
 * One worksheet part (`xl/worksheets/sheetN.xml`) and its relationships (external hyperlinks), from a NewSheet.
 *
 * Layout: dimension; the sheet view with a frozen pane below the header; column widths and wrap (cols); the cells,
 * `r` on every row and cell, empty rows left out; the autofilter from the last header row to the last row over the
 * used columns; hyperlinks (inside the workbook through `location`, outside through a relationship); margins and
 * page setup. Elements follow the schema's order (CT_Worksheet).
 */
import { absoluteArea, areaName, cellName, columnName, MAX_COLS, MAX_ROWS } from './cell-ref';
import type { SharedStrings } from './shared-strings';
import { quotedSheetName } from './sheet-names';
import { BORDER, FILL, FONT, type CellStyle, type StyleSheet } from './styles';
import type { NewCell, NewColumn, NewSheet } from './types';
import { attr, isXmlText, MAX_CELL_TEXT } from './xml-text';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/** Error values a cell can hold in the file format. */
const ERROR_VALUES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA']);
/** Excel's limit on hyperlinks in one sheet. */
const MAX_HYPERLINKS = 65_530;
/** Excel's limit on a column width. */
const MAX_WIDTH = 255;
/** Paper sizes of the pageSetup element. */
const PAPER_SIZE = { A3: 8, A4: 9 } as const;
/** URL schemes a hyperlink may open. */
const URL_SCHEME = /^(https?|mailto|file):/i;

/** What the workbook part needs to know about a written sheet. */
export interface WrittenSheet {
  xml: string;
  /** The sheet's relationships part, when it has external hyperlinks. */
  rels?: string;
  /** `'name'!$A$2:$P$1501`: the autofilter's range, for the hidden `_xlnm._FilterDatabase` name. */
  filterDatabase?: string;
  /** `'name'!$1:$2`: rows repeated on every printed page. */
  printTitles?: string;
}

type Role = 'header' | 'emphasis' | 'body';

/** Excel's percent-encoding of a URL's target: UTF-8 bytes of anything outside printable ASCII, and of "<>\^`{|} and space. */
function uriTarget(url: string): string {
  return url.replace(/[^\x21-\x7e]|["<>\\^`{|}]/gu, (ch) =>
    Array.from(new TextEncoder().encode(ch), (b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
  );
}

function isInteger(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n);
}

/** Checks the sheet's layout options against its rows; throws RangeError for a caller bug. */
function checkLayout(sheet: NewSheet): { headerRows: number; emphasis: Set<number> } {
  const headerRows = sheet.headerRows ?? 0;
  const where = `sheet "${sheet.name}"`;
  if (!isInteger(headerRows) || headerRows < 0 || headerRows > sheet.rows.length) {
    throw new RangeError(`${where}: headerRows ${headerRows} must be a whole number from 0 to the number of rows (${sheet.rows.length})`);
  }
  if (sheet.rows.length > MAX_ROWS) throw new RangeError(`${where}: ${sheet.rows.length} rows (at most ${MAX_ROWS})`);
  if (sheet.autoFilter && headerRows === 0) throw new RangeError(`${where}: autoFilter needs headerRows`);
  const emphasis = new Set<number>();
  for (const i of sheet.emphasisRows ?? []) {
    if (!isInteger(i) || i < 0 || headerRows + i >= sheet.rows.length) {
      throw new RangeError(`${where}: emphasis row ${i} is not a row after the header (0 to ${sheet.rows.length - headerRows - 1})`);
    }
    emphasis.add(headerRows + i);
  }
  (sheet.columns ?? []).forEach((c, i) => {
    if (c.width !== undefined && !(Number.isFinite(c.width) && c.width >= 0 && c.width <= MAX_WIDTH)) {
      throw new RangeError(`${where}: column ${columnName(i)} width ${c.width} (0 to ${MAX_WIDTH})`);
    }
  });
  if ((sheet.columns ?? []).length > MAX_COLS) throw new RangeError(`${where}: ${sheet.columns?.length} columns (at most ${MAX_COLS})`);
  if (
    sheet.page &&
    !((sheet.page.paper === 'A3' || sheet.page.paper === 'A4') && (sheet.page.orientation === 'landscape' || sheet.page.orientation === 'portrait'))
  ) {
    throw new RangeError(`${where}: page ${JSON.stringify(sheet.page)}`);
  }
  return { headerRows, emphasis };
}

/** Number of columns holding a value in some row (empty cells at the ends of rows do not count). */
function usedColumns(rows: NewCell[][]): number {
  let used = 0;
  for (const row of rows) {
    for (let c = row.length - 1; c >= used; c--) {
      if (row[c] !== null && row[c] !== undefined) {
        used = c + 1;
        break;
      }
    }
  }
  return used;
}

/** `<cols>`: runs of neighbouring columns with the same width and wrap written once. */
function colsXml(columns: NewColumn[], wrapXf: number): string {
  const out: string[] = [];
  const spec = (c: NewColumn | undefined): string =>
    c === undefined || (c.width === undefined && !c.wrap)
      ? ''
      : (c.width !== undefined ? ` width="${c.width}" customWidth="1"` : '') + (c.wrap ? ` style="${wrapXf}"` : '');
  for (let i = 0; i < columns.length;) {
    const s = spec(columns[i]);
    let j = i + 1;
    while (j < columns.length && spec(columns[j]) === s) j++;
    if (s !== '') out.push(`<col min="${i + 1}" max="${j}"${s}/>`);
    i = j;
  }
  return out.length > 0 ? `<cols>${out.join('')}</cols>` : '';
}

/** Writes one sheet. `index` is its 0-based position (the first one is the selected tab). */
export function writeWorksheet(sheet: NewSheet, index: number, strings: SharedStrings, styles: StyleSheet): WrittenSheet {
  const { headerRows, emphasis } = checkLayout(sheet);
  const rows = sheet.rows;
  const columns = sheet.columns ?? [];
  const used = usedColumns(rows);
  if (used > MAX_COLS) throw new RangeError(`sheet "${sheet.name}": ${used} columns (at most ${MAX_COLS})`);
  const where = (r: number, c: number): string => `sheet "${sheet.name}" cell ${cellName(r, c)}`;

  // A cell's style depends only on the row's role, the column, its number format and whether it is a link: cached.
  const xfCache = new Map<string, number>();
  const styleOf = (role: Role, col: number, numFmt?: string, link = false): number => {
    const key = `${role}|${col}|${link ? 1 : 0}|${numFmt ?? ''}`;
    let xf = xfCache.get(key);
    if (xf === undefined) {
      const wrap = columns[col]?.wrap === true;
      const style: CellStyle = {
        numFmtId: numFmt === undefined ? 0 : styles.numFmt(numFmt),
        font: link ? FONT.link : role === 'header' ? FONT.bold : FONT.normal,
        fill: role === 'header' ? FILL.header : role === 'emphasis' ? FILL.emphasis : FILL.none,
        border: role === 'header' ? BORDER.thin : BORDER.none,
        alignment: role === 'header' ? 'header' : wrap ? 'wrap' : 'top',
      };
      xf = styles.xf(style);
      xfCache.set(key, xf);
    }
    return xf;
  };
  const plain = (role: Role, col: number): number => styleOf(role, col);
  const sAttr = (xf: number): string => (xf === 0 ? '' : ` s="${xf}"`);
  const text = (s: string, r: number, c: number): number => {
    if (s.length > MAX_CELL_TEXT) throw new RangeError(`${where(r, c)}: ${s.length} characters of text (at most ${MAX_CELL_TEXT})`);
    return strings.add(s);
  };

  const hyperlinks: string[] = [];
  const externalTargets = new Map<string, string>();
  const data: string[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const role: Role = r < headerRows ? 'header' : emphasis.has(r) ? 'emphasis' : 'body';
    // Header and emphasis rows are filled across the used columns, empty cells included.
    const width = role === 'body' ? row.length : Math.max(row.length, used);
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const v = row[c];
      const ref = cellName(r, c);
      if (v === null || v === undefined) {
        if (role !== 'body') cells.push(`<c r="${ref}"${sAttr(plain(role, c))}/>`);
        continue;
      }
      switch (typeof v) {
        case 'string':
          // Text is always a shared-string cell (t="s"): Excel never evaluates it, so "=SUM(A1)", "+81", "-", "@x"
          // stay text. Only a <f> element is a formula, and this writer never writes one.
          cells.push(`<c r="${ref}"${sAttr(plain(role, c))} t="s"><v>${text(v, r, c)}</v></c>`);
          break;
        case 'number':
          if (!Number.isFinite(v)) throw new RangeError(`${where(r, c)}: ${v} is not a finite number`);
          cells.push(`<c r="${ref}"${sAttr(plain(role, c))}><v>${String(v)}</v></c>`);
          break;
        case 'boolean':
          cells.push(`<c r="${ref}"${sAttr(plain(role, c))} t="b"><v>${v ? 1 : 0}</v></c>`);
          break;
        case 'object':
          if ('numFmt' in v) {
            if (typeof v.value !== 'number' || !Number.isFinite(v.value)) throw new RangeError(`${where(r, c)}: ${v.value} is not a finite number`);
            const xf = styleOf(role, c, v.numFmt);
            cells.push(`<c r="${ref}"${sAttr(xf)}><v>${String(v.value)}</v></c>`);
          } else if ('error' in v) {
            if (!ERROR_VALUES.has(v.error)) throw new RangeError(`${where(r, c)}: "${v.error}" is not an error value (${[...ERROR_VALUES].join(' ')})`);
            cells.push(`<c r="${ref}"${sAttr(plain(role, c))} t="e"><v>${attr(v.error)}</v></c>`);
          } else if ('text' in v && typeof v.text === 'string') {
            if (v.link === undefined) {
              cells.push(`<c r="${ref}"${sAttr(plain(role, c))} t="s"><v>${text(v.text, r, c)}</v></c>`);
              break;
            }
            const xf = styleOf(role, c, undefined, true);
            cells.push(`<c r="${ref}"${sAttr(xf)} t="s"><v>${text(v.text, r, c)}</v></c>`);
            hyperlinks.push(hyperlinkXml(v.link, ref, externalTargets, where(r, c)));
          } else {
            throw new TypeError(`${where(r, c)}: ${JSON.stringify(v)} is not a cell value`);
          }
          break;
        default:
          throw new TypeError(`${where(r, c)}: a ${typeof v} is not a cell value`);
      }
    }
    if (cells.length > 0) data.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  }
  if (hyperlinks.length > MAX_HYPERLINKS) throw new RangeError(`sheet "${sheet.name}": ${hyperlinks.length} hyperlinks (at most ${MAX_HYPERLINKS})`);

  const lastRow = rows.length - 1;
  const parts: string[] = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${NS_R}">`];
  if (sheet.page?.fitToWidth) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  parts.push(`<dimension ref="${used > 0 && rows.length > 0 ? areaName(0, 0, lastRow, used - 1) : 'A1'}"/>`);
  parts.push(`<sheetViews><sheetView${index === 0 ? ' tabSelected="1"' : ''} workbookViewId="0">`);
  if (headerRows > 0) {
    const first = cellName(headerRows, 0);
    parts.push(`<pane ySplit="${headerRows}" topLeftCell="${first}" activePane="bottomLeft" state="frozen"/>`);
    parts.push(`<selection pane="bottomLeft" activeCell="${first}" sqref="${first}"/>`);
  }
  parts.push('</sheetView></sheetViews>');
  const wrapColumn = columns.findIndex((c) => c?.wrap === true);
  parts.push(colsXml(columns, wrapColumn >= 0 ? plain('body', wrapColumn) : 0));
  parts.push(data.length > 0 ? `<sheetData>${data.join('')}</sheetData>` : '<sheetData/>');

  const result: WrittenSheet = { xml: '' };
  const quoted = quotedSheetName(sheet.name);
  if (sheet.autoFilter && used > 0) {
    parts.push(`<autoFilter ref="${areaName(headerRows - 1, 0, lastRow, used - 1)}"/>`);
    result.filterDatabase = `${quoted}!${absoluteArea(headerRows - 1, 0, lastRow, used - 1)}`;
  }
  if (hyperlinks.length > 0) parts.push(`<hyperlinks>${hyperlinks.join('')}</hyperlinks>`);
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (sheet.page) {
    const fit = sheet.page.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
    parts.push(`<pageSetup paperSize="${PAPER_SIZE[sheet.page.paper]}" orientation="${sheet.page.orientation}"${fit}/>`);
  }
  parts.push('</worksheet>');
  result.xml = parts.join('');
  if (headerRows > 0) result.printTitles = `${quoted}!$1:$${headerRows}`;
  if (externalTargets.size > 0) {
    const rels = [...externalTargets].map(
      ([target, id]) => `<Relationship Id="${id}" Type="${REL_HYPERLINK}" Target="${attr(target)}" TargetMode="External"/>`,
    );
    result.rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PACKAGE_RELS}">${rels.join('')}</Relationships>`;
  }
  return result;
}

/** The `<hyperlink>` of a cell: `#place` inside the workbook, else an external URL (one relationship per URL). */
function hyperlinkXml(link: string, ref: string, external: Map<string, string>, where: string): string {
  if (!isXmlText(link)) throw new RangeError(`${where}: the link holds control characters`);
  if (link.startsWith('#')) {
    if (link.length === 1) throw new RangeError(`${where}: the link "#" names no place`);
    return `<hyperlink ref="${ref}" location="${attr(link.slice(1))}"/>`;
  }
  if (!URL_SCHEME.test(link)) throw new RangeError(`${where}: link "${link}" is neither "#place" nor an http(s), mailto or file URL`);
  const target = uriTarget(link);
  let id = external.get(target);
  if (id === undefined) {
    id = `rId${external.size + 1}`;
    external.set(target, id);
  }
  return `<hyperlink ref="${ref}" r:id="${id}"/>`;
}
