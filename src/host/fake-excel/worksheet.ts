import { MAX_COLUMNS, MAX_ROWS, Rect, parseRange, splitAreas, splitQualified } from '../office/a1';
import { FakeAutoFilter } from './auto-filter';
import { FakeChartCollection } from './chart';
import { FakeClientObject, FakeClientResult, FakeCollection, ObjectPath } from './client-object';
import { FakeRequestContext, SyncScope } from './context';
import { accessDenied, fakeError } from './errors';
import { FakeEventHandlers } from './events';
import { FakeRange, FakeRangeAreas, assertLive } from './range';
import { FakePageLayout, FakeSheetState, FakeWorkbookState, rectOf } from './workbook-state';

/** Worksheet, its protection and freeze panes, and the worksheet collection of the fake host. */

/** Sheets cannot be added, deleted or renamed in a workbook whose structure is protected. */
function assertStructureUnprotected(state: FakeWorkbookState, api: string): void {
  if (state.structureProtected) throw accessDenied(api, 'The structure of the workbook is protected.');
}

export class FakeWorksheet extends FakeClientObject<FakeSheetState> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => FakeSheetState | null, path?: ObjectPath) {
    super(ctx, bind, path);
  }

  protected scalarProperties(): string[] {
    return ['id', 'name', 'position', 'visibility'];
  }

  protected readProperty(name: string, sheet: FakeSheetState, scope: SyncScope): unknown {
    assertLive(sheet);
    switch (name) {
      case 'id':
        return sheet.id;
      case 'name':
        return sheet.name;
      case 'position':
        return scope.state.liveSheets().indexOf(sheet);
      case 'visibility':
        return sheet.visibility;
      default:
        throw fakeError('InvalidArgument', `Worksheet has no property '${name}' in the fake host.`);
    }
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === 'protection' ? this.protection : undefined;
  }

  get id(): string {
    return this.get('id');
  }
  get name(): string {
    return this.get('name');
  }
  set name(name: string) {
    this.write(
      (sheet, scope) => {
        assertLive(sheet);
        assertStructureUnprotected(scope.state, 'Worksheet.name');
        const old = sheet.name;
        scope.state.renameSheet(sheet, name);
        scope.changed('sheets');
        scope.log('rename', `${old} → ${name}`);
      },
      { kind: 'set', name: 'name', value: name },
    );
  }
  get position(): number {
    return this.get('position');
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(v: string) {
    this.write(
      (sheet, scope) => {
        assertLive(sheet);
        sheet.visibility = v as FakeSheetState['visibility'];
        scope.changed('sheets');
      },
      { kind: 'set', name: 'visibility', value: v },
    );
  }

  get protection(): FakeWorksheetProtection {
    return this.child(
      'protection',
      () =>
        new FakeWorksheetProtection(
          this.ctx,
          this.derive((s) => s),
          this.path('protection'),
        ),
    );
  }

  get freezePanes(): FakeFreezePanes {
    this.ctx.requireApi('1.7', 'Worksheet.freezePanes');
    return this.child(
      'freezePanes',
      () =>
        new FakeFreezePanes(
          this.ctx,
          this.derive((s) => s),
          this.path('freezePanes'),
        ),
    );
  }

  /** The sheet's charts (ExcelApi 1.1). */
  get charts(): FakeChartCollection {
    return this.child(
      'charts',
      () =>
        new FakeChartCollection(
          this.ctx,
          this.derive((s) => s),
          this.path('charts'),
        ),
    );
  }

  /** The sheet's autofilter (ExcelApi 1.9). */
  get autoFilter(): FakeAutoFilter {
    this.ctx.requireApi('1.9', 'Worksheet.autoFilter');
    return this.child(
      'autoFilter',
      () =>
        new FakeAutoFilter(
          this.ctx,
          this.derive((s) => s),
          this.path('autoFilter'),
        ),
    );
  }

  /** Page setup (ExcelApi 1.9). */
  get pageLayout(): FakePageLayoutProxy {
    this.ctx.requireApi('1.9', 'Worksheet.pageLayout');
    return this.child(
      'pageLayout',
      () =>
        new FakePageLayoutProxy(
          this.ctx,
          this.derive((s) => s),
          this.path('pageLayout'),
        ),
    );
  }

  /** Several ranges at once, `A1:A3, M9` (ExcelApi 1.9). */
  getRanges(address: string): FakeRangeAreas {
    this.ctx.requireApi('1.9', 'Worksheet.getRanges');
    return new FakeRangeAreas(
      this.ctx,
      this.derive((sheet) => {
        assertLive(sheet);
        if (address.length > 8192) throw fakeError('InvalidArgument', 'The address is longer than 8,192 characters.');
        const areas = splitAreas(address).map((part) => {
          const rect = parseRange(splitQualified(part.trim()).address);
          if (!rect) throw fakeError('InvalidArgument', `The address '${part}' is not valid.`);
          return rect;
        });
        if (!areas.length) throw fakeError('InvalidArgument', 'No address was given.');
        return { sheet, areas };
      }),
      this.path('getRanges', address),
    );
  }

  activate(): void {
    this.write(
      (sheet, scope) => {
        assertLive(sheet);
        if (sheet.visibility !== 'Visible')
          throw fakeError('InvalidOperation', 'The operation attempted is invalid on the object.', { detail: 'a hidden sheet' });
        scope.state.activeId = sheet.id;
        scope.changed('selection');
        scope.log('activate', sheet.name);
      },
      { kind: 'call', name: 'activate' },
    );
  }

  delete(): void {
    this.write(
      (sheet, scope) => {
        assertLive(sheet);
        assertStructureUnprotected(scope.state, 'Worksheet.delete');
        scope.state.deleteSheet(sheet);
        scope.changed('sheets');
        scope.raise({ type: 'WorksheetDeleted', worksheetId: sheet.id, source: 'Local' });
        scope.log('delete', sheet.name);
      },
      { kind: 'call', name: 'delete' },
    );
  }

  private range(rect: (sheet: FakeSheetState, scope: SyncScope) => Rect | null, path: ObjectPath): FakeRange {
    return new FakeRange(
      this.ctx,
      this.derive((sheet, scope) => {
        assertLive(sheet);
        const r = rect(sheet, scope);
        return r ? { sheet, rect: r } : null;
      }),
      path,
    );
  }

  /** The range at `address`, or the whole sheet without one. */
  getRange(address?: string): FakeRange {
    return this.range(
      () => (address === undefined ? { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } : rectOf(address)),
      address === undefined ? this.path('getRange') : this.path('getRange', address),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this.ctx.requireApi('1.7', 'Worksheet.getRangeByIndexes');
    return this.range(
      () => {
        if (rowCount < 1 || columnCount < 1) throw fakeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
        return { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 };
      },
      this.path('getRangeByIndexes', startRow, startColumn, rowCount, columnCount),
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.range(() => ({ r0: row, c0: column, r1: row, c1: column }), this.path('getCell', row, column));
  }

  /** The used range; A1 on an empty sheet, as in Excel. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.range((sheet, scope) => scope.state.usedRect(sheet, !!valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 }, this.path('getUsedRange', !!valuesOnly));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.requireApi('1.4', 'Worksheet.getUsedRangeOrNullObject');
    return this.range((sheet, scope) => scope.state.usedRect(sheet, !!valuesOnly) ?? null, this.path('getUsedRangeOrNullObject', !!valuesOnly));
  }
}

export class FakeWorksheetProtection extends FakeClientObject<FakeSheetState> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => FakeSheetState | null, path?: ObjectPath) {
    super(ctx, bind, path);
  }

  protected scalarProperties(): string[] {
    return ['protected', 'options'];
  }

  protected readProperty(name: string, sheet: FakeSheetState): unknown {
    assertLive(sheet);
    if (name === 'protected') return sheet.protected;
    if (name === 'options') return { ...sheet.protectionOptions };
    throw fakeError('InvalidArgument', `WorksheetProtection has no property '${name}' in the fake host.`);
  }

  get protected(): boolean {
    return this.get('protected');
  }
  get options(): Record<string, boolean> {
    return this.get('options');
  }

  /** Protects the sheet; `options` says what users may still do (`allowFormatCells` …). */
  protect(options?: Record<string, boolean>, password?: string): void {
    const copy = { ...(options ?? {}) };
    this.write(
      (sheet, scope) => {
        sheet.protected = true;
        sheet.protectionOptions = copy;
        scope.changed('sheets');
      },
      { kind: 'call', name: 'protect', args: [copy, ...(password === undefined ? [] : [password])] },
    );
  }

  unprotect(password?: string): void {
    this.write(
      (sheet, scope) => {
        sheet.protected = false;
        sheet.protectionOptions = {};
        scope.changed('sheets');
      },
      { kind: 'call', name: 'unprotect', args: password === undefined ? [] : [password] },
    );
  }
}

export class FakeFreezePanes extends FakeClientObject<FakeSheetState> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => FakeSheetState | null, path?: ObjectPath) {
    super(ctx, bind, path);
  }

  protected scalarProperties(): string[] {
    return [];
  }

  protected readProperty(): unknown {
    return undefined;
  }

  freezeRows(count = 1): void {
    this.write(
      (sheet, scope) => {
        assertLive(sheet);
        sheet.frozenRows = count;
        scope.changed('format');
      },
      { kind: 'call', name: 'freezeRows', args: [count] },
    );
  }

  unfreeze(): void {
    this.write(
      (sheet, scope) => {
        sheet.frozenRows = 0;
        scope.changed('format');
      },
      { kind: 'call', name: 'unfreeze' },
    );
  }
}

export class FakePageLayoutProxy extends FakeClientObject<FakeSheetState> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => FakeSheetState | null, path?: ObjectPath) {
    super(ctx, bind, path);
  }

  protected scalarProperties(): string[] {
    return ['orientation', 'paperSize', 'zoom', 'centerHorizontally'];
  }

  protected readProperty(name: string, sheet: FakeSheetState): unknown {
    assertLive(sheet);
    const layout = sheet.pageLayout;
    if (name === 'orientation' || name === 'paperSize' || name === 'zoom' || name === 'centerHorizontally') return layout[name];
    throw fakeError('InvalidArgument', `PageLayout has no property '${name}' in the fake host.`);
  }

  private set<K extends keyof FakePageLayout>(key: K, value: FakePageLayout[K], check?: () => void): void {
    check?.();
    this.write(
      (sheet, scope) => {
        assertLive(sheet);
        sheet.pageLayout[key] = value;
        scope.changed('format');
      },
      { kind: 'set', name: key, value },
    );
  }

  get orientation(): string {
    return this.get('orientation');
  }
  set orientation(v: string) {
    this.set('orientation', v as FakePageLayout['orientation'], () => {
      if (v !== 'Portrait' && v !== 'Landscape') throw fakeError('InvalidArgument', `'${v}' is not a page orientation.`);
    });
  }
  get paperSize(): string {
    return this.get('paperSize');
  }
  set paperSize(v: string) {
    this.set('paperSize', v);
  }
  get zoom(): FakePageLayout['zoom'] {
    return this.get('zoom');
  }
  set zoom(v: FakePageLayout['zoom']) {
    this.set('zoom', { ...v });
  }
  get centerHorizontally(): boolean {
    return this.get('centerHorizontally');
  }
  set centerHorizontally(v: boolean) {
    this.set('centerHorizontally', v);
  }

  /** Rows repeated at the top of each printed page, e.g. `$5:$5`. */
  setPrintTitleRows(rows: string): void {
    this.write(
      (sheet, scope) => {
        assertLive(sheet);
        if (!/^\$?\d+:\$?\d+$/.test(rows)) throw fakeError('InvalidArgument', `'${rows}' is not a row range.`);
        sheet.pageLayout.printTitleRows = rows;
        scope.changed('format');
      },
      { kind: 'call', name: 'setPrintTitleRows', args: [rows] },
    );
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorkbookState, FakeWorksheet> {
  constructor(ctx: FakeRequestContext, path?: ObjectPath) {
    super(ctx, (scope) => scope.state, path);
  }

  /** A worksheet becomes active (ExcelApi 1.7). */
  get onActivated(): FakeEventHandlers {
    return new FakeEventHandlers(this.ctx, 'WorksheetActivated', '1.7', 'WorksheetCollection.onActivated');
  }

  /** Cells of any worksheet change (ExcelApi 1.9). */
  get onChanged(): FakeEventHandlers {
    return new FakeEventHandlers(this.ctx, 'WorksheetChanged', '1.9', 'WorksheetCollection.onChanged');
  }

  /** A worksheet is added (ExcelApi 1.7). */
  get onAdded(): FakeEventHandlers {
    return new FakeEventHandlers(this.ctx, 'WorksheetAdded', '1.7', 'WorksheetCollection.onAdded');
  }

  /** A worksheet is deleted (ExcelApi 1.7). */
  get onDeleted(): FakeEventHandlers {
    return new FakeEventHandlers(this.ctx, 'WorksheetDeleted', '1.7', 'WorksheetCollection.onDeleted');
  }

  protected itemsNow(state: FakeWorkbookState): FakeWorksheet[] {
    return state.liveSheets().map((sheet) => new FakeWorksheet(this.ctx, () => sheet));
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      this.derive((state) => {
        const sheet = state.findSheet(key);
        if (!sheet) throw fakeError('ItemNotFound', "The requested resource doesn't exist.", { errorLocation: 'WorksheetCollection.getItem', detail: key });
        return sheet;
      }),
      this.path('getItem', key),
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this.ctx.requireApi('1.4', 'WorksheetCollection.getItemOrNullObject');
    return new FakeWorksheet(
      this.ctx,
      this.derive((state) => state.findSheet(key) ?? null),
      this.path('getItemOrNullObject', key),
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      this.derive((state) => state.activeSheet()),
      this.path('getActiveWorksheet'),
    );
  }

  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      this.derive((state, scope) => {
        assertStructureUnprotected(state, 'WorksheetCollection.add');
        const sheet = state.addSheet(name);
        scope.changed('sheets');
        scope.raise({ type: 'WorksheetAdded', worksheetId: sheet.id, source: 'Local' });
        scope.log('add', sheet.name);
        return sheet;
      }),
      name === undefined ? this.path('add') : this.path('add', name),
    );
  }

  getCount(): FakeClientResult<number> {
    this.ctx.requireApi('1.4', 'WorksheetCollection.getCount');
    const result = new FakeClientResult<number>();
    this.call((scope) => result.settle(scope.state.liveSheets().length, scope), { kind: 'call', name: 'getCount' });
    return result;
  }
}
