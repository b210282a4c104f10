import { Rect, formatRange, intersection, qualifiedAddress, rectColumns, rectRows, splitQualified } from '../office/a1';
import { applyEntry, clearRect, ClearScope, EntryContext, formulaOf, readGrid, textOf, valueOf, valueTypeOf, writeGrid, forEachEntry } from './cell-values';
import { FakeClientObject, FakeClientResult, ObjectPath, cloneValue } from './client-object';
import { FakeRequestContext, SyncScope } from './context';
import { accessDenied, fakeError } from './errors';
import { FakeWorksheet } from './worksheet';
import { FakeCell, FakeSheetState, FakeTextRun, FakeWorkbookState, FontProps, cellKey, keyCol, keyRow, rectOf } from './workbook-state';

/** Range, RangeAreas and range formats of the fake host. */

export interface RangeTarget {
  sheet: FakeSheetState;
  rect: Rect;
}

/** Merged areas in one range beyond which Excel refuses `getMergedAreasOrNullObject`. */
export const MAX_MERGED_AREAS = 512;

export function assertLive(sheet: FakeSheetState): void {
  if (sheet.deleted) throw fakeError('ItemNotFound', `The worksheet '${sheet.name}' has been deleted.`);
}

/**
 * A change of cell contents (values, formulas, text runs, clearing contents): on a protected
 * sheet Excel takes it only when every cell of the range is unlocked (`format.protection.locked`
 * false), and refuses it with AccessDenied otherwise, null entries included.
 */
export function assertContentsWritable(sheet: FakeSheetState, rect: Rect, state: FakeWorkbookState, api: string): void {
  assertLive(sheet);
  if (!sheet.protected) return;
  if (state.lockedState(sheet, rect) !== false) {
    throw accessDenied(api, `${qualifiedAddress(sheet.name, formatRange(rect))} holds locked cells of a protected sheet.`);
  }
}

/**
 * A change of formats (number format, font, wrap, widths): on a protected sheet Excel takes it
 * only when the protection allows it (`allowFormatCells`, `allowFormatColumns` …); `allowedBy`
 * null for what no option allows (locking and unlocking cells).
 */
export function assertFormatWritable(sheet: FakeSheetState, api: string, allowedBy: string | null = 'allowFormatCells'): void {
  assertLive(sheet);
  if (sheet.protected && (allowedBy === null || !sheet.protectionOptions[allowedBy])) {
    throw accessDenied(api, `The worksheet '${sheet.name}' is protected and does not allow this change${allowedBy ? ` (${allowedBy})` : ''}.`);
  }
}

/** What applying an entry in `t` needs to know, for the API `api`. */
function entryContext(t: RangeTarget, scope: SyncScope, api: string): EntryContext {
  return {
    year: scope.entryYear,
    isName: (name) => scope.state.names.has(name.toLowerCase()),
    where: qualifiedAddress(t.sheet.name, formatRange(t.rect)),
    api,
  };
}

/** Resolves `other` (a range proxy's target or an address on the same sheet) at sync time. */
function otherRect(other: FakeRange | string, sheet: FakeSheetState): Rect | undefined {
  if (typeof other === 'string') {
    const q = splitQualified(other);
    return rectOf(q.address);
  }
  const t = other.targetForSync();
  if (!t || t.sheet !== sheet) return undefined;
  return t.rect;
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => RangeTarget | null, path?: ObjectPath) {
    super(ctx, bind, path);
  }

  /** The bound target, for other proxies resolving references during a sync. */
  targetForSync(): RangeTarget | null {
    return this.targetNow();
  }

  protected scalarProperties(): string[] {
    return ['address', 'values', 'formulas', 'numberFormat', 'text', 'valueTypes', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'cellCount'];
  }

  protected readProperty(name: string, t: RangeTarget, scope: SyncScope): unknown {
    assertLive(t.sheet);
    const state = scope.state;
    switch (name) {
      case 'address':
        return qualifiedAddress(t.sheet.name, formatRange(t.rect));
      case 'values':
        return readGrid(state, t.sheet, t.rect, valueOf);
      case 'formulas':
        return readGrid(state, t.sheet, t.rect, formulaOf);
      case 'text':
        return readGrid(state, t.sheet, t.rect, textOf);
      case 'valueTypes':
        return readGrid(state, t.sheet, t.rect, valueTypeOf);
      case 'numberFormat':
        return readGrid(state, t.sheet, t.rect, (c) => c?.numberFormat ?? 'General', false);
      case 'rowCount':
        return rectRows(t.rect);
      case 'columnCount':
        return rectColumns(t.rect);
      case 'rowIndex':
        return t.rect.r0;
      case 'columnIndex':
        return t.rect.c0;
      case 'cellCount':
        return rectRows(t.rect) * rectColumns(t.rect);
      case 'hyperlink':
        return state.cell(t.sheet, t.rect.r0, t.rect.c0)?.hyperlink ?? null;
      default:
        throw fakeError('InvalidArgument', `Range has no property '${name}' in the fake host.`);
    }
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === 'format' ? this.format : undefined;
  }

  get address(): string {
    return this.get('address');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(grid: unknown[][]) {
    this.writeContents('values', grid);
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(grid: unknown[][]) {
    this.writeContents('formulas', grid);
  }
  get text(): string[][] {
    return this.get('text');
  }
  /** `Empty`, `String`, `Double`, `Boolean` or `Error` per cell. */
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(grid: unknown[][]) {
    const copy = cloneValue(grid);
    this.write(
      (t, scope) => {
        assertFormatWritable(t.sheet, 'Range.numberFormat');
        // Formats belong to every cell, merged or not.
        forEachEntry(t.rect, copy, (row, col, entry) => {
          if (entry === null || entry === undefined) return;
          const cell = scope.state.ensureCell(t.sheet, row, col);
          const f = String(entry);
          if (f === 'General') delete cell.numberFormat;
          else cell.numberFormat = f;
          scope.state.tidy(t.sheet, row, col);
        });
        scope.changed('values');
        scope.log('write numberFormat', qualifiedAddress(t.sheet.name, formatRange(t.rect)));
      },
      { kind: 'set', name: 'numberFormat', value: copy },
    );
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get cellCount(): number {
    return this.get('cellCount');
  }
  get hyperlink(): Record<string, unknown> | null {
    return this.get('hyperlink');
  }
  set hyperlink(link: Record<string, unknown> | null) {
    this.ctx.requireApi('1.7', 'Range.hyperlink');
    const copy = cloneValue(link);
    this.write(
      (t, scope) => {
        assertContentsWritable(t.sheet, t.rect, scope.state, 'Range.hyperlink');
        assertFormatWritable(t.sheet, 'Range.hyperlink', 'allowInsertHyperlinks');
        forEachEntry(t.rect, copy, (row, col) => {
          const cell = scope.state.ensureCell(t.sheet, row, col);
          if (copy) cell.hyperlink = cloneValue(copy);
          else delete cell.hyperlink;
          scope.state.tidy(t.sheet, row, col);
        });
        scope.changed('values');
      },
      { kind: 'set', name: 'hyperlink', value: copy },
    );
  }

  get format(): FakeRangeFormat {
    return this.child(
      'format',
      () =>
        new FakeRangeFormat(
          this.ctx,
          this.derive((t) => t),
          this.path('format'),
        ),
    );
  }

  get worksheet(): FakeWorksheet {
    return this.child(
      'worksheet',
      () =>
        new FakeWorksheet(
          this.ctx,
          this.derive((t) => t.sheet),
          this.path('worksheet'),
        ),
    );
  }

  /** `values` or `formulas`: each entry taken as Excel takes typed input, at sync. */
  private writeContents(what: 'values' | 'formulas', grid: unknown): void {
    // Office.js serialises the arguments when the call is queued: later changes to `grid` do not travel.
    const copy = cloneValue(grid);
    const api = `Range.${what}`;
    this.write(
      (t, scope) => {
        assertContentsWritable(t.sheet, t.rect, scope.state, api);
        const ctx = entryContext(t, scope, api);
        writeGrid(scope.state, t.sheet, t.rect, copy, (cell, entry) => applyEntry(cell, entry, ctx));
        scope.changed('values');
        scope.edited(t.sheet.id, t.rect);
        scope.log(`write ${what}`, qualifiedAddress(t.sheet.name, formatRange(t.rect)));
      },
      { kind: 'set', name: what, value: copy },
    );
  }

  select(): void {
    this.write(
      (t, scope) => {
        assertLive(t.sheet);
        if (t.sheet.visibility !== 'Visible') throw fakeError('InvalidSelection', 'The current selection is invalid for this operation.');
        scope.state.activeId = t.sheet.id;
        scope.state.selection = { sheetId: t.sheet.id, rect: { ...t.rect } };
        scope.changed('selection');
        scope.log('select', qualifiedAddress(t.sheet.name, formatRange(t.rect)));
      },
      { kind: 'call', name: 'select' },
    );
  }

  clear(applyTo?: ClearScope | string): void {
    const scopeOf = (applyTo as ClearScope) ?? 'All';
    this.write(
      (t, scope) => {
        if (scopeOf !== 'Formats') assertContentsWritable(t.sheet, t.rect, scope.state, 'Range.clear');
        if (scopeOf !== 'Contents') assertFormatWritable(t.sheet, 'Range.clear');
        clearRect(scope.state, t.sheet, t.rect, scopeOf);
        scope.changed('values');
        if (scopeOf !== 'Formats') scope.edited(t.sheet.id, t.rect);
        scope.log('clear', qualifiedAddress(t.sheet.name, formatRange(t.rect)));
      },
      { kind: 'call', name: 'clear', args: applyTo === undefined ? [] : [applyTo] },
    );
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(
      this.ctx,
      this.derive((t) => {
        const r = t.rect.r0 + row;
        const c = t.rect.c0 + column;
        return { sheet: t.sheet, rect: { r0: r, c0: c, r1: r, c1: c } };
      }),
      this.path('getCell', row, column),
    );
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      this.derive((t, scope) => {
        const used = scope.state.usedRect(t.sheet, !!valuesOnly, t.rect);
        return { sheet: t.sheet, rect: used ?? { r0: t.rect.r0, c0: t.rect.c0, r1: t.rect.r0, c1: t.rect.c0 } };
      }),
      this.path('getUsedRange', !!valuesOnly),
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.requireApi('1.4', 'Range.getUsedRangeOrNullObject');
    return new FakeRange(
      this.ctx,
      this.derive((t, scope) => {
        const used = scope.state.usedRect(t.sheet, !!valuesOnly, t.rect);
        return used ? { sheet: t.sheet, rect: used } : null;
      }),
      this.path('getUsedRangeOrNullObject', !!valuesOnly),
    );
  }

  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    this.ctx.requireApi('1.4', 'Range.getIntersectionOrNullObject');
    return new FakeRange(
      this.ctx,
      this.derive((t) => {
        const o = otherRect(other, t.sheet);
        const rect = o && intersection(t.rect, o);
        return rect ? { sheet: t.sheet, rect } : null;
      }),
      this.path('getIntersectionOrNullObject', typeof other === 'string' ? other : { _ObjectPathId: other.pathId }),
    );
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.requireApi('1.13', 'Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(
      this.ctx,
      this.derive((t, scope) => {
        const areas = scope.state.mergesIn(t.sheet, t.rect);
        if (areas.length > MAX_MERGED_AREAS) {
          throw fakeError('GeneralException', `The range holds more than ${MAX_MERGED_AREAS} merged areas.`);
        }
        return areas.length ? { sheet: t.sheet, areas: areas.map((a) => ({ ...a })) } : null;
      }),
      this.path('getMergedAreasOrNullObject'),
    );
  }

  getCellProperties(options: CellPropertiesOptions): FakeClientResult<CellPropertiesData[][]> {
    this.ctx.requireApi('1.9', 'Range.getCellProperties');
    if (options.textRuns) this.ctx.requireApi('1.18', 'CellPropertiesLoadOptions.textRuns');
    const result = new FakeClientResult<CellPropertiesData[][]>();
    this.call(
      (scope) => {
        const t = this.targetNow();
        if (t === null) return;
        assertLive(t.sheet);
        const covered = scope.state.coveredCells(t.sheet, t.rect);
        const grid = readGrid(scope.state, t.sheet, t.rect, () => null, false);
        const out = grid.map((row, i) =>
          row.map((_, j) => cellProperties(scope.state, t, t.rect.r0 + i, t.rect.c0 + j, options, covered.has(cellKey(t.rect.r0 + i, t.rect.c0 + j)))),
        );
        result.settle(out, scope);
      },
      { kind: 'call', name: 'getCellProperties', args: [options] },
    );
    return result;
  }

  setCellProperties(grid: SettableCellPropertiesData[][]): void {
    this.ctx.requireApi('1.9', 'Range.setCellProperties');
    if (grid.some((row) => row.some((p) => p && p.textRuns))) this.ctx.requireApi('1.18', 'SettableCellProperties.textRuns');
    const copy = cloneValue(grid);
    const api = 'Range.setCellProperties';
    this.write(
      (t, scope) => {
        const entries = copy.flat().filter((p): p is SettableCellPropertiesData => !!p);
        // Text runs are contents (a user may edit them in unlocked cells); fonts and wrapping are formats.
        if (entries.some((p) => p.textRuns)) assertContentsWritable(t.sheet, t.rect, scope.state, api);
        if (entries.some((p) => p.format)) assertFormatWritable(t.sheet, api);
        const covered = scope.state.coveredCells(t.sheet, t.rect);
        forEachEntry(t.rect, copy, (row, col, entry) => {
          const props = entry as SettableCellPropertiesData | null;
          if (!props) return;
          const cell = scope.state.ensureCell(t.sheet, row, col);
          if (props.format?.font) cell.font = { ...(cell.font ?? {}), ...cloneValue(props.format.font) };
          if (props.format?.wrapText !== undefined) cell.wrapText = props.format.wrapText;
          if (props.textRuns && !covered.has(cellKey(row, col))) {
            const runs = props.textRuns.map((r) => ({ text: r.text, ...(r.font ? { font: cloneValue(r.font) } : {}) }));
            const text = runs.map((r) => r.text).join('');
            delete cell.formula;
            delete cell.error;
            cell.value = text === '' ? null : text;
            if (runs.length > 1) cell.runs = runs;
            else {
              delete cell.runs;
              if (runs[0]?.font) cell.font = { ...(cell.font ?? {}), ...runs[0].font };
            }
          }
          scope.state.tidy(t.sheet, row, col);
        });
        scope.changed('values');
        if (entries.some((p) => p.textRuns)) scope.edited(t.sheet.id, t.rect);
        scope.log('setCellProperties', qualifiedAddress(t.sheet.name, formatRange(t.rect)));
      },
      { kind: 'call', name: 'setCellProperties', args: [copy] },
    );
  }
}

export interface CellPropertiesOptions {
  address?: boolean;
  format?: { font?: Record<string, boolean> | boolean; wrapText?: boolean; numberFormat?: boolean; fill?: { color?: boolean; pattern?: boolean } | boolean };
  hyperlink?: boolean;
  textRuns?: boolean;
}

export interface CellPropertiesData {
  address?: string;
  format?: { font?: FontProps; wrapText?: boolean; fill?: { color?: string; pattern?: string } };
  hyperlink?: Record<string, unknown> | null;
  textRuns?: FakeTextRun[];
}

export interface SettableCellPropertiesData {
  format?: { font?: FontProps; wrapText?: boolean };
  textRuns?: FakeTextRun[];
}

/** The font properties Office.js reports for a cell or text run (CellPropertiesFont), at their defaults. */
export const DEFAULT_FONT: FontProps = {
  name: 'Yu Gothic',
  size: 11,
  color: '#000000',
  bold: false,
  italic: false,
  underline: 'None',
  strikethrough: false,
  subscript: false,
  superscript: false,
  tintAndShade: 0,
};

function cellProperties(
  state: FakeWorkbookState,
  t: RangeTarget,
  row: number,
  col: number,
  options: CellPropertiesOptions,
  covered: boolean,
): CellPropertiesData {
  const cell = state.cell(t.sheet, row, col);
  const font: FontProps = { ...DEFAULT_FONT, ...(cell?.font ?? {}) };
  const out: CellPropertiesData = {};
  if (options.address) out.address = qualifiedAddress(t.sheet.name, formatRange({ r0: row, c0: col, r1: row, c1: col }));
  if (options.format) {
    out.format = {};
    if (options.format.font) {
      const wanted = options.format.font === true ? undefined : options.format.font;
      out.format.font = wanted
        ? Object.fromEntries(
            Object.keys(wanted)
              .filter((k) => wanted[k])
              .map((k) => [k, font[k]]),
          )
        : font;
    }
    if (options.format.wrapText) out.format.wrapText = !!cell?.wrapText;
    if (options.format.fill) {
      const want = options.format.fill === true ? { color: true, pattern: true } : options.format.fill;
      const fill = fillOf(cell);
      out.format.fill = {};
      if (want.color) out.format.fill.color = fill.color;
      if (want.pattern) out.format.fill.pattern = fill.pattern;
    }
  }
  if (options.hyperlink) out.hyperlink = cell?.hyperlink ?? null;
  if (options.textRuns) {
    if (covered) out.textRuns = [];
    else if (cell?.runs) out.textRuns = cell.runs.map((r) => ({ text: r.text, font: { ...font, ...(r.font ?? {}) } }));
    else {
      const text = textOf(cell);
      out.textRuns = text === '' ? [] : [{ text, font }];
    }
  }
  return out;
}

/** A cell's fill as Office.js reports it: no fill reads as white with the pattern `None`. */
export function fillOf(cell: FakeCell | undefined): { color: string; pattern: string } {
  return cell?.fill ? { color: cell.fill.color, pattern: cell.fill.pattern ?? 'Solid' } : { color: '#FFFFFF', pattern: 'None' };
}

export interface AreasTarget {
  sheet: FakeSheetState;
  areas: Rect[];
}

export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => AreasTarget | null, path?: ObjectPath) {
    super(ctx, bind, path);
  }

  protected scalarProperties(): string[] {
    return ['address', 'areaCount'];
  }

  protected readProperty(name: string, t: AreasTarget): unknown {
    if (name === 'address') return t.areas.map((a) => qualifiedAddress(t.sheet.name, formatRange(a))).join(',');
    if (name === 'areaCount') return t.areas.length;
    throw fakeError('InvalidArgument', `RangeAreas has no property '${name}' in the fake host.`);
  }

  get address(): string {
    return this.get('address');
  }
  get areaCount(): number {
    return this.get('areaCount');
  }

  /** Selects every area (ExcelApi 1.9), activating their sheet. */
  select(): void {
    this.ctx.requireApi('1.9', 'RangeAreas.select');
    this.write(
      (t, scope) => {
        assertLive(t.sheet);
        if (t.sheet.visibility !== 'Visible') throw fakeError('InvalidSelection', 'The current selection is invalid for this operation.');
        scope.state.activeId = t.sheet.id;
        scope.state.selection = { sheetId: t.sheet.id, rect: { ...t.areas[0] }, areas: t.areas.map((a) => ({ ...a })) };
        scope.changed('selection');
        scope.log('select', t.areas.map((a) => qualifiedAddress(t.sheet.name, formatRange(a))).join(','));
      },
      { kind: 'call', name: 'select' },
    );
  }
}

export class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => RangeTarget | null, path?: ObjectPath) {
    super(ctx, bind, path);
  }

  protected scalarProperties(): string[] {
    return ['wrapText', 'columnWidth', 'verticalAlignment'];
  }

  protected readProperty(name: string, t: RangeTarget, scope: SyncScope): unknown {
    if (name === 'wrapText') return !!scope.state.cell(t.sheet, t.rect.r0, t.rect.c0)?.wrapText;
    if (name === 'columnWidth') return t.sheet.columnWidths.get(t.rect.c0) ?? 48;
    if (name === 'verticalAlignment') return scope.state.cell(t.sheet, t.rect.r0, t.rect.c0)?.verticalAlignment ?? 'Bottom';
    throw fakeError('InvalidArgument', `RangeFormat has no property '${name}' in the fake host.`);
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'font') return this.font;
    if (name === 'protection') return this.protection;
    if (name === 'fill') return this.fill;
    return undefined;
  }

  /** `format.fill` (ExcelApi 1.1): the cells' background. */
  get fill(): FakeRangeFill {
    return this.child(
      'fill',
      () =>
        new FakeRangeFill(
          this.ctx,
          this.derive((t) => t),
          this.path('fill'),
        ),
    );
  }

  get font(): FakeRangeFont {
    return this.child(
      'font',
      () =>
        new FakeRangeFont(
          this.ctx,
          this.derive((t) => t),
          this.path('font'),
        ),
    );
  }

  /** `format.protection` (ExcelApi 1.2): whether the cells are locked when the sheet is protected. */
  get protection(): FakeFormatProtection {
    return this.child(
      'protection',
      () =>
        new FakeFormatProtection(
          this.ctx,
          this.derive((t) => t),
          this.path('protection'),
        ),
    );
  }

  get wrapText(): boolean {
    return this.get('wrapText');
  }
  set wrapText(on: boolean) {
    this.write(
      (t, scope) => {
        assertFormatWritable(t.sheet, 'RangeFormat.wrapText');
        forEachEntry(t.rect, on, (row, col) => {
          scope.state.ensureCell(t.sheet, row, col).wrapText = on;
        });
        scope.changed('format');
      },
      { kind: 'set', name: 'wrapText', value: on },
    );
  }

  /** `Top`, `Center`, `Bottom`, `Justify` or `Distributed` (ExcelApi 1.1). */
  get verticalAlignment(): string {
    return this.get('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    if (!['Top', 'Center', 'Bottom', 'Justify', 'Distributed'].includes(v)) throw fakeError('InvalidArgument', `'${v}' is not a vertical alignment.`);
    this.write(
      (t, scope) => {
        assertFormatWritable(t.sheet, 'RangeFormat.verticalAlignment');
        forEachEntry(t.rect, v, (row, col) => {
          const cell = scope.state.ensureCell(t.sheet, row, col);
          if (v === 'Bottom') delete cell.verticalAlignment;
          else cell.verticalAlignment = v;
          scope.state.tidy(t.sheet, row, col);
        });
        scope.changed('format');
      },
      { kind: 'set', name: 'verticalAlignment', value: v },
    );
  }

  get columnWidth(): number {
    return this.get('columnWidth');
  }
  set columnWidth(points: number) {
    this.write(
      (t, scope) => {
        assertFormatWritable(t.sheet, 'RangeFormat.columnWidth', 'allowFormatColumns');
        for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.columnWidths.set(c, points);
        scope.changed('format');
      },
      { kind: 'set', name: 'columnWidth', value: points },
    );
  }

  autofitColumns(): void {
    this.write(
      (t, scope) => {
        assertFormatWritable(t.sheet, 'RangeFormat.autofitColumns', 'allowFormatColumns');
        scope.changed('format');
      },
      { kind: 'call', name: 'autofitColumns' },
    );
  }
}

export class FakeFormatProtection extends FakeClientObject<RangeTarget> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => RangeTarget | null, path?: ObjectPath) {
    super(ctx, bind, path);
  }

  protected scalarProperties(): string[] {
    return ['locked', 'formulaHidden'];
  }

  protected readProperty(name: string, t: RangeTarget, scope: SyncScope): unknown {
    assertLive(t.sheet);
    // null when the cells of the range differ, as Office.js reports mixed formats.
    if (name === 'locked') return scope.state.lockedState(t.sheet, t.rect);
    if (name === 'formulaHidden') return false;
    throw fakeError('InvalidArgument', `FormatProtection has no property '${name}' in the fake host.`);
  }

  get locked(): boolean | null {
    return this.get('locked');
  }
  set locked(on: boolean) {
    this.write(
      (t, scope) => {
        assertFormatWritable(t.sheet, 'FormatProtection.locked', null);
        scope.state.setLocked(t.sheet, t.rect, on);
        scope.changed('format');
      },
      { kind: 'set', name: 'locked', value: on },
    );
  }
  get formulaHidden(): boolean {
    return this.get('formulaHidden');
  }
}

export class FakeRangeFont extends FakeClientObject<RangeTarget> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => RangeTarget | null, path?: ObjectPath) {
    super(ctx, bind, path);
  }

  protected scalarProperties(): string[] {
    return ['bold', 'italic', 'color', 'name', 'size'];
  }

  protected readProperty(name: string, t: RangeTarget, scope: SyncScope): unknown {
    const font = { ...DEFAULT_FONT, ...(scope.state.cell(t.sheet, t.rect.r0, t.rect.c0)?.font ?? {}) };
    return font[name] ?? null;
  }

  private setFont(key: string, value: unknown): void {
    this.write(
      (t, scope) => {
        assertFormatWritable(t.sheet, `RangeFont.${key}`);
        forEachEntry(t.rect, value, (row, col) => {
          const cell = scope.state.ensureCell(t.sheet, row, col);
          cell.font = { ...(cell.font ?? {}), [key]: value };
        });
        scope.changed('format');
      },
      { kind: 'set', name: key, value },
    );
  }

  get bold(): boolean {
    return this.get('bold');
  }
  set bold(v: boolean) {
    this.setFont('bold', v);
  }
  get italic(): boolean {
    return this.get('italic');
  }
  set italic(v: boolean) {
    this.setFont('italic', v);
  }
  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    this.setFont('color', v);
  }
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.setFont('name', v);
  }
  get size(): number {
    return this.get('size');
  }
  set size(v: number) {
    this.setFont('size', v);
  }
}

export class FakeRangeFill extends FakeClientObject<RangeTarget> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => RangeTarget | null, path?: ObjectPath) {
    super(ctx, bind, path);
  }

  protected scalarProperties(): string[] {
    return ['color'];
  }

  protected readProperty(name: string, t: RangeTarget, scope: SyncScope): unknown {
    assertLive(t.sheet);
    if (name !== 'color' && name !== 'pattern') throw fakeError('InvalidArgument', `RangeFill has no property '${name}' in the fake host.`);
    // One value for the range, or null when its cells differ (as Office.js reports mixed formats).
    let out: string | null | undefined;
    for (let r = t.rect.r0; r <= t.rect.r1; r++) {
      for (let c = t.rect.c0; c <= t.rect.c1; c++) {
        const v = fillOf(scope.state.cell(t.sheet, r, c))[name];
        if (out === undefined) out = v;
        else if (out !== v) return null;
      }
    }
    return out ?? null;
  }

  get color(): string {
    return this.get('color');
  }
  set color(color: string) {
    if (!/^#[0-9A-Fa-f]{6}$/.test(color) && !/^[A-Za-z]+$/.test(color)) throw fakeError('InvalidArgument', `'${color}' is not a colour.`);
    this.write(
      (t, scope) => {
        assertFormatWritable(t.sheet, 'RangeFill.color');
        forEachEntry(t.rect, color, (row, col) => {
          scope.state.ensureCell(t.sheet, row, col).fill = { color: color.toUpperCase(), pattern: 'Solid' };
        });
        scope.changed('format');
        scope.log('fill', qualifiedAddress(t.sheet.name, formatRange(t.rect)));
      },
      { kind: 'set', name: 'color', value: color },
    );
  }

  /** Removes the background, and nothing else of the cells' formats. */
  clear(): void {
    this.write(
      (t, scope) => {
        assertFormatWritable(t.sheet, 'RangeFill.clear');
        for (const [key, cell] of [...t.sheet.cells]) {
          const r = keyRow(key);
          const c = keyCol(key);
          if (!cell.fill || r < t.rect.r0 || r > t.rect.r1 || c < t.rect.c0 || c > t.rect.c1) continue;
          delete cell.fill;
          scope.state.tidy(t.sheet, r, c);
        }
        scope.changed('format');
        scope.log('clear fill', qualifiedAddress(t.sheet.name, formatRange(t.rect)));
      },
      { kind: 'call', name: 'clear' },
    );
  }
}
