import { MAX_COLUMNS, Rect, formatRange, intersection, parseRange, qualifiedAddress, rectContains, rectsIntersect } from '../office/a1';
import { EXCEL_ERROR_VALUES } from '../../core/table';
import { fakeError } from './errors';

/**
 * The document behind the fake Excel host: sheets of cells, merges, protection (with locked and
 * unlocked cells), the active sheet and selection, workbook settings and named items. Proxies read and change it only while a
 * `context.sync()` runs, so everything here happens "on the host side".
 */

export type CellScalar = string | number | boolean;

export interface FontProps {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  name?: string;
  size?: number;
  [key: string]: unknown;
}

export interface FakeTextRun {
  text: string;
  font?: FontProps;
}

export interface FakeCell {
  /** null: the cell holds no value (it may still carry a format). */
  value: CellScalar | null;
  /** The value is an error value (`#N/A` …), not text that reads like one. */
  error?: true;
  /** With the leading `=`. */
  formula?: string;
  /** Mixed in-cell formatting; absent when the cell's text has one format. */
  runs?: FakeTextRun[];
  numberFormat?: string;
  font?: FontProps;
  wrapText?: boolean;
  hyperlink?: Record<string, unknown>;
  /** The entry was written with a leading apostrophe (Excel's quote prefix, kept with the cell's style). */
  quotePrefix?: true;
  /** `format.fill`: a solid colour (`#FFC7CE`); absent for no fill. */
  fill?: { color: string; pattern?: string };
  /** `format.verticalAlignment` (`Top`, `Center` …); absent for Excel's default (Bottom). */
  verticalAlignment?: string;
}

/** Page setup of a sheet (`worksheet.pageLayout`, ExcelApi 1.9). */
export interface FakePageLayout {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  /** Rows printed at the top of every page (`$5:$5`), as `setPrintTitleRows` takes them. */
  printTitleRows?: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHorizontally: boolean;
}

/** A chart on a sheet (`worksheet.charts`): what it was made from and what was set on it. */
export interface FakeChartState {
  id: string;
  name: string;
  /** `Excel.ChartType` (`ColumnStacked`, `ColumnClustered` …). */
  type: string;
  /** How the source range is split into series: `Columns`, `Rows` or `Auto`. */
  seriesBy: string;
  /** The source range (it may lie on another sheet than the chart). */
  source: { sheetId: string; rect: Rect };
  title: { text: string; visible: boolean };
  legend: { position: string; visible: boolean };
  /** `axes.categoryAxis.setCategoryNames(range)` (ExcelApi 1.7). */
  categoryNames?: { sheetId: string; rect: Rect };
  /** `setPosition(startCell, endCell)`, as given. */
  position?: { start: string; end?: string };
}

/** `format.protection.locked` given to a rectangle; later entries win. Cells are locked by default. */
export interface LockEntry {
  rect: Rect;
  locked: boolean;
}

export interface FakeSheetState {
  id: string;
  name: string;
  cells: Map<number, FakeCell>;
  merges: Rect[];
  protected: boolean;
  /** What a protected sheet still allows (`allowFormatCells`, `allowFormatColumns` …). */
  protectionOptions: Record<string, boolean>;
  locks: LockEntry[];
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  frozenRows: number;
  columnWidths: Map<number, number>;
  pageLayout: FakePageLayout;
  /** The autofilter's range (`worksheet.autoFilter.apply`, ExcelApi 1.9); absent when there is none. */
  autoFilter?: Rect;
  charts: FakeChartState[];
  deleted: boolean;
}

export interface FakeNamedItemState {
  name: string;
  comment: string;
  visible: boolean;
  /** A range reference (kept by sheet id, so it follows renames) or a constant formula. */
  ref?: { sheetId: string; rect: Rect };
  formula?: string;
}

export const EXCEL_ERRORS = EXCEL_ERROR_VALUES;

const INVALID_SHEET_NAME = /[\\/?*[\]:]/;

export function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLUMNS);
}

export function keyCol(key: number): number {
  return key % MAX_COLUMNS;
}

export class FakeWorkbookState {
  readonly sheets: FakeSheetState[] = [];
  activeId = '';
  /** The selected range (`rect`), or several (`areas`, from `RangeAreas.select`). */
  selection: { sheetId: string; rect: Rect; areas?: Rect[] } | undefined;
  fileName = 'Book1.xlsx';
  readonly settings = new Map<string, unknown>();
  readonly names = new Map<string, FakeNamedItemState>();
  /** The workbook's structure is protected (`workbook.protection`, ExcelApi 1.7): no sheet can be added, deleted or renamed. */
  structureProtected = false;
  private sheetSeq = 0;
  private chartSeq = 0;

  /** A new chart id, unique in the workbook. */
  nextChartId(): string {
    this.chartSeq++;
    return `{${this.chartSeq.toString(16).padStart(8, '0').toUpperCase()}-0002-0000-0000-000000000000}`;
  }

  liveSheets(): FakeSheetState[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  findSheet(nameOrId: string): FakeSheetState | undefined {
    const lower = nameOrId.toLowerCase();
    return this.liveSheets().find((s) => s.id === nameOrId || s.name.toLowerCase() === lower);
  }

  sheetById(id: string): FakeSheetState | undefined {
    return this.liveSheets().find((s) => s.id === id);
  }

  activeSheet(): FakeSheetState {
    const sheet = this.sheetById(this.activeId) ?? this.liveSheets()[0];
    if (!sheet) throw fakeError('ItemNotFound', 'The workbook has no worksheet.');
    return sheet;
  }

  addSheet(name?: string): FakeSheetState {
    let sheetName = name;
    if (sheetName === undefined) {
      let n = this.liveSheets().length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      sheetName = `Sheet${n}`;
    }
    this.checkSheetName(sheetName);
    if (this.findSheet(sheetName)) throw fakeError('ItemAlreadyExists', `A worksheet named '${sheetName}' already exists.`);
    this.sheetSeq++;
    const id = `{${this.sheetSeq.toString(16).padStart(8, '0').toUpperCase()}-0001-0000-0000-000000000000}`;
    const sheet: FakeSheetState = {
      id,
      name: sheetName,
      cells: new Map(),
      merges: [],
      protected: false,
      protectionOptions: {},
      locks: [],
      visibility: 'Visible',
      frozenRows: 0,
      columnWidths: new Map(),
      pageLayout: { orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 }, centerHorizontally: false },
      charts: [],
      deleted: false,
    };
    this.sheets.push(sheet);
    if (!this.activeId) this.activeId = id;
    return sheet;
  }

  checkSheetName(name: string): void {
    if (!name.trim() || name.length > 31 || INVALID_SHEET_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw fakeError('InvalidArgument', `'${name}' is not a valid worksheet name.`);
    }
  }

  renameSheet(sheet: FakeSheetState, name: string): void {
    this.checkSheetName(name);
    const other = this.findSheet(name);
    if (other && other !== sheet) throw fakeError('ItemAlreadyExists', `A worksheet named '${name}' already exists.`);
    sheet.name = name;
  }

  deleteSheet(sheet: FakeSheetState): void {
    const visible = this.liveSheets().filter((s) => s.visibility === 'Visible');
    if (visible.length <= 1 && sheet.visibility === 'Visible') throw fakeError('InvalidOperation', 'A workbook must keep one visible worksheet.');
    sheet.deleted = true;
    if (this.activeId === sheet.id) this.activeId = this.liveSheets().find((s) => s.visibility === 'Visible')?.id ?? '';
    if (this.selection?.sheetId === sheet.id) this.selection = undefined;
  }

  /** The bounding box of cells with a value or formula (`valuesOnly`), or of any stored cell. */
  usedRect(sheet: FakeSheetState, valuesOnly: boolean, within?: Rect): Rect | undefined {
    let box: Rect | undefined;
    for (const [key, cell] of sheet.cells) {
      if (valuesOnly && cell.value === null && cell.formula === undefined) continue;
      const r = keyRow(key);
      const c = keyCol(key);
      if (within && (r < within.r0 || r > within.r1 || c < within.c0 || c > within.c1)) continue;
      if (!box) box = { r0: r, c0: c, r1: r, c1: c };
      else {
        if (r < box.r0) box.r0 = r;
        if (r > box.r1) box.r1 = r;
        if (c < box.c0) box.c0 = c;
        if (c > box.c1) box.c1 = c;
      }
    }
    return box;
  }

  cell(sheet: FakeSheetState, row: number, col: number): FakeCell | undefined {
    return sheet.cells.get(cellKey(row, col));
  }

  /** The cell, created empty when absent (for writes). */
  ensureCell(sheet: FakeSheetState, row: number, col: number): FakeCell {
    const key = cellKey(row, col);
    let cell = sheet.cells.get(key);
    if (!cell) {
      cell = { value: null };
      sheet.cells.set(key, cell);
    }
    return cell;
  }

  /** Drops a cell that holds nothing any more. */
  tidy(sheet: FakeSheetState, row: number, col: number): void {
    const key = cellKey(row, col);
    const cell = sheet.cells.get(key);
    if (!cell) return;
    const empty =
      cell.value === null &&
      cell.error === undefined &&
      cell.formula === undefined &&
      cell.runs === undefined &&
      cell.numberFormat === undefined &&
      cell.font === undefined &&
      cell.wrapText === undefined &&
      cell.hyperlink === undefined &&
      cell.fill === undefined &&
      cell.verticalAlignment === undefined &&
      cell.quotePrefix === undefined;
    if (empty) sheet.cells.delete(key);
  }

  /**
   * Merged areas `getMergedAreasOrNullObject` reports for `rect`: those whose top-left cell lies
   * in it (Excel leaves out areas that only overlap the range, office-js #3611).
   */
  mergesIn(sheet: FakeSheetState, rect: Rect): Rect[] {
    return sheet.merges.filter((m) => rectContains(rect, m.r0, m.c0));
  }

  /** Keys of the cells in `rect` covered by a merge without being its top-left cell. */
  coveredCells(sheet: FakeSheetState, rect: Rect): Set<number> {
    const covered = new Set<number>();
    for (const m of sheet.merges) {
      const part = intersection(m, rect);
      if (!part) continue;
      for (let r = part.r0; r <= part.r1; r++) {
        for (let c = part.c0; c <= part.c1; c++) if (r !== m.r0 || c !== m.c0) covered.add(cellKey(r, c));
      }
    }
    return covered;
  }

  /** Whether every cell of `rect` is locked (true), none is (false), or they differ (null). */
  lockedState(sheet: FakeSheetState, rect: Rect): boolean | null {
    let state = true;
    let from = 0;
    for (let i = sheet.locks.length - 1; i >= 0; i--) {
      const e = sheet.locks[i];
      if (rectContains(e.rect, rect.r0, rect.c0) && rectContains(e.rect, rect.r1, rect.c1)) {
        state = e.locked;
        from = i + 1;
        break;
      }
    }
    // Later entries that cover part of the rectangle with the other value make it mixed.
    for (let i = from; i < sheet.locks.length; i++) {
      const e = sheet.locks[i];
      if (e.locked !== state && rectsIntersect(e.rect, rect)) return null;
    }
    return state;
  }

  setLocked(sheet: FakeSheetState, rect: Rect, locked: boolean): void {
    // Older entries inside the new rectangle no longer matter.
    const covers = (e: LockEntry): boolean => rectContains(rect, e.rect.r0, e.rect.c0) && rectContains(rect, e.rect.r1, e.rect.c1);
    sheet.locks = sheet.locks.filter((e) => !covers(e));
    sheet.locks.push({ rect: { ...rect }, locked });
  }

  /** Address of a named item's reference as `NamedItem.value` reports it, `#REF!` once its sheet is gone. */
  nameValue(item: FakeNamedItemState): string {
    if (!item.ref) return item.formula ?? '';
    const sheet = this.sheetById(item.ref.sheetId);
    if (!sheet) return '#REF!';
    const a1 = formatRange(item.ref.rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    return qualifiedAddress(sheet.name, a1);
  }
}

/** Parses an address on a sheet; throws InvalidArgument like the real host. */
export function rectOf(address: string): Rect {
  const rect = parseRange(address);
  if (!rect) throw fakeError('InvalidArgument', `The address '${address}' is not valid.`);
  return rect;
}

export { intersection };
