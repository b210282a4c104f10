/**
 * Where things are in a worksheet's text, for a patch: the exact spans (UTF-16 offsets into the part's text) of the
 * cells and rows a patch touches, `<sheetData>`, and what decides refusals (protection, merges). Rows and cells are
 * numbered exactly as the reader numbers them (sheet-read.ts), and elements of other namespaces are skipped the same
 * way, so the cell patched is the cell read.
 */
import { MAX_COLS, MAX_ROWS, parseArea, parseCellRef, type Area, type CellPos } from './cell-ref';
import { XlsxError } from './errors';
import { parseRowNumber } from './sheet-read';
import { nameAt } from './start-tag';
import { NS_SML, parseText, type XmlTokenizer } from './xml';

/** An element's span: start tag [start, openEnd), end tag [closeStart, end); equal when self-closing. */
export interface Span {
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  selfClosing: boolean;
}

export interface LocatedCell extends Span {
  row: number;
  col: number;
  /** The `t` attribute. */
  t?: string;
  /** The `<v>` text (entities resolved), when there is a `<v>`. */
  v?: string;
  hasFormula: boolean;
  /** The `<is>` element's span [start, end), when there is one. */
  inline?: [number, number];
  /** Children other than `<v>`, `<f>` and `<is>` (extLst, other namespaces), as written, in order. */
  kept: string[];
}

export interface LocatedRow extends Span {
  index: number;
  /** Starts and columns of the row's cells, in document order. */
  cells: { col: number; start: number }[];
}

export interface SheetLayout {
  protected: boolean;
  merges: Area[];
  /** `<col>` ranges with a style (0-based, inclusive). */
  columnStyles: { min: number; max: number; style: string }[];
  sheetData?: Span;
  /** Every row element's index and start, in document order. */
  rowIndex: number[];
  rowStart: number[];
  /** The wanted rows that exist (the last element when a row is written twice). */
  rows: Map<number, LocatedRow>;
  /** The wanted cells that exist, by row * MAX_COLS + col (the last element when written twice). */
  cells: Map<number, LocatedCell>;
}

export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

/** Scans the worksheet's text; only the rows in `wantedRows` and the cells in `wantedCells` are described in detail. */
export function locateCells(text: string, part: string, wantedRows: ReadonlySet<number>, wantedCells: ReadonlySet<number>): SheetLayout {
  const layout: SheetLayout = { protected: false, merges: [], columnStyles: [], rowIndex: [], rowStart: [], rows: new Map(), cells: new Map() };
  let tok: XmlTokenizer | undefined;
  let depth = 0;
  let foreign = 0;
  let inSheetData = false;
  let sheetData: Span | undefined;
  let row: LocatedRow | undefined;
  let rowNumber = -1;
  let inRow = false;
  let prevCol = -1;
  let cell: LocatedCell | undefined;
  let cellDepth = 0;
  /** Depth of the `<c>` being read (wanted or not), 0 outside cells. */
  let cDepth = 0;
  let childStart = -1;
  let childLocal = '';
  let childNs = 0;
  let inV = false;
  const pos: CellPos = { row: 0, col: 0 };
  const startOf = (): number => text.lastIndexOf('<', tok!.position - 1);
  const span = (selfClosing: boolean): Span => {
    const start = startOf();
    const openEnd = tok!.position;
    return { start, openEnd, closeStart: openEnd, end: openEnd, selfClosing };
  };
  const closeSpan = (s: Span): void => {
    s.end = tok!.position;
    s.closeStart = s.selfClosing ? s.end : text.lastIndexOf('<', s.end - 1);
  };
  const fail = (detail: string): never => {
    throw new XlsxError('malformed', detail, { part });
  };

  parseText(
    text,
    part,
    {
      open(ns, local, a, selfClosing) {
        depth++;
        if (cell && depth === cellDepth + 1) {
          childStart = startOf();
          childLocal = local;
          childNs = ns;
          if (ns === NS_SML && local === 'v') {
            inV = true;
            cell.v = '';
          } else if (ns === NS_SML && local === 'f') cell.hasFormula = true;
        }
        if (foreign > 0 || ns !== NS_SML) {
          foreign++;
          return;
        }
        if (cDepth > 0) return;
        if (inRow) {
          if (local !== 'c') return;
          let r = rowNumber;
          let c: number;
          if (a.r !== undefined) {
            if (!parseCellRef(a.r, pos)) fail(`cell reference "${a.r.slice(0, 40)}"`);
            r = pos.row;
            c = pos.col;
          } else {
            c = prevCol + 1;
            if (c >= MAX_COLS) fail('a cell beyond column XFD');
          }
          prevCol = c;
          cDepth = depth;
          if (row) row.cells.push({ col: c, start: startOf() });
          if (wantedCells.has(cellKey(r, c))) {
            cell = { ...span(selfClosing), row: r, col: c, t: a.t, hasFormula: false, kept: [] };
            cellDepth = depth;
          }
          return;
        }
        if (inSheetData) {
          if (local !== 'row') return;
          if (a.r !== undefined) {
            rowNumber = parseRowNumber(a.r);
            if (rowNumber < 0) fail(`row number "${a.r.slice(0, 40)}"`);
          } else if (++rowNumber >= MAX_ROWS) fail('a row beyond row 1,048,576');
          inRow = true;
          prevCol = -1;
          const s = span(selfClosing);
          layout.rowIndex.push(rowNumber);
          layout.rowStart.push(s.start);
          row = wantedRows.has(rowNumber) ? { ...s, index: rowNumber, cells: [] } : undefined;
          return;
        }
        if (local === 'sheetData') {
          inSheetData = true;
          sheetData = span(selfClosing);
        } else if (local === 'sheetProtection') layout.protected = a.sheet === '1' || a.sheet === 'true';
        else if (local === 'mergeCell' && a.ref !== undefined) {
          const area = parseArea(a.ref);
          if (area) layout.merges.push(area);
        } else if (local === 'col' && a.style !== undefined && a.style !== '0') {
          const min = Number(a.min);
          const max = Number(a.max);
          if (Number.isInteger(min) && Number.isInteger(max)) layout.columnStyles.push({ min: min - 1, max: max - 1, style: a.style });
        }
      },
      close(ns, local) {
        const d = depth--;
        if (cell && d === cellDepth + 1) {
          const end = tok!.position;
          if (childNs === NS_SML && childLocal === 'is') cell.inline = [childStart, end];
          else if (childNs !== NS_SML || (childLocal !== 'v' && childLocal !== 'f')) cell.kept.push(text.slice(childStart, end));
          inV = false;
        }
        if (foreign > 0) {
          foreign--;
          return;
        }
        if (cDepth > 0) {
          if (d === cDepth) {
            if (cell) {
              closeSpan(cell);
              layout.cells.set(cellKey(cell.row, cell.col), cell);
              cell = undefined;
            }
            cDepth = 0;
          }
          return;
        }
        if (inRow) {
          if (local === 'row') {
            inRow = false;
            if (row) {
              closeSpan(row);
              layout.rows.set(row.index, row);
              row = undefined;
            }
          }
          return;
        }
        if (inSheetData && local === 'sheetData') {
          inSheetData = false;
          closeSpan(sheetData!);
        }
      },
      text(t) {
        if (inV && cell) cell.v += t;
      },
    },
    (t) => (tok = t),
  );
  layout.sheetData = sheetData;
  return layout;
}

/** The qualified name written at a span's start. */
export function spanName(text: string, s: Span): string {
  return nameAt(text, s.start);
}
