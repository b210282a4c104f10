import { MAX_COLUMNS, MAX_ROWS, Rect } from '../office/a1';
import { FakeClientObject, FakeClientResult, FakeCollection } from './client-object';
import { FakeRequestContext, SyncScope } from './context';
import { fakeError } from './errors';
import { FakeRange, assertLive } from './range';
import { FakeSheetState, FakeWorkbookState, rectOf } from './workbook-state';

/** Worksheet, its protection and freeze panes, and the worksheet collection of the fake host. */

export class FakeWorksheet extends FakeClientObject<FakeSheetState> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => FakeSheetState | null) {
    super(ctx, bind);
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
    this.write((sheet, scope) => {
      assertLive(sheet);
      const old = sheet.name;
      scope.state.renameSheet(sheet, name);
      scope.changed('sheets');
      scope.log('rename', `${old} → ${name}`);
    });
  }
  get position(): number {
    return this.get('position');
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(v: string) {
    this.write((sheet, scope) => {
      assertLive(sheet);
      sheet.visibility = v as FakeSheetState['visibility'];
      scope.changed('sheets');
    });
  }

  get protection(): FakeWorksheetProtection {
    return this.child(
      'protection',
      () =>
        new FakeWorksheetProtection(
          this.ctx,
          this.derive((s) => s),
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
        ),
    );
  }

  activate(): void {
    this.write((sheet, scope) => {
      assertLive(sheet);
      if (sheet.visibility !== 'Visible') throw fakeError('InvalidOperation', 'Cannot activate a hidden worksheet.');
      scope.state.activeId = sheet.id;
      scope.changed('selection');
      scope.log('activate', sheet.name);
    });
  }

  delete(): void {
    this.write((sheet, scope) => {
      assertLive(sheet);
      scope.state.deleteSheet(sheet);
      scope.changed('sheets');
      scope.log('delete', sheet.name);
    });
  }

  private range(rect: (sheet: FakeSheetState, scope: SyncScope) => Rect | null): FakeRange {
    return new FakeRange(
      this.ctx,
      this.derive((sheet, scope) => {
        assertLive(sheet);
        const r = rect(sheet, scope);
        return r ? { sheet, rect: r } : null;
      }),
    );
  }

  /** The range at `address`, or the whole sheet without one. */
  getRange(address?: string): FakeRange {
    return this.range(() => (address === undefined ? { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } : rectOf(address)));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this.ctx.requireApi('1.7', 'Worksheet.getRangeByIndexes');
    return this.range(() => {
      if (rowCount < 1 || columnCount < 1) throw fakeError('InvalidArgument', 'A range needs at least one row and one column.');
      return { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.range(() => ({ r0: row, c0: column, r1: row, c1: column }));
  }

  /** The used range; A1 on an empty sheet, as in Excel. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.range((sheet, scope) => scope.state.usedRect(sheet, !!valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.requireApi('1.4', 'Worksheet.getUsedRangeOrNullObject');
    return this.range((sheet, scope) => scope.state.usedRect(sheet, !!valuesOnly) ?? null);
  }
}

export class FakeWorksheetProtection extends FakeClientObject<FakeSheetState> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => FakeSheetState | null) {
    super(ctx, bind);
  }

  protected scalarProperties(): string[] {
    return ['protected'];
  }

  protected readProperty(name: string, sheet: FakeSheetState): unknown {
    if (name !== 'protected') throw fakeError('InvalidArgument', `WorksheetProtection has no property '${name}' in the fake host.`);
    assertLive(sheet);
    return sheet.protected;
  }

  get protected(): boolean {
    return this.get('protected');
  }

  protect(): void {
    this.write((sheet, scope) => {
      sheet.protected = true;
      scope.changed('sheets');
    });
  }

  unprotect(): void {
    this.write((sheet, scope) => {
      sheet.protected = false;
      scope.changed('sheets');
    });
  }
}

export class FakeFreezePanes extends FakeClientObject<FakeSheetState> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => FakeSheetState | null) {
    super(ctx, bind);
  }

  protected scalarProperties(): string[] {
    return [];
  }

  protected readProperty(): unknown {
    return undefined;
  }

  freezeRows(count = 1): void {
    this.write((sheet, scope) => {
      assertLive(sheet);
      sheet.frozenRows = count;
      scope.changed('format');
    });
  }

  unfreeze(): void {
    this.write((sheet, scope) => {
      sheet.frozenRows = 0;
      scope.changed('format');
    });
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorkbookState, FakeWorksheet> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, (scope) => scope.state);
  }

  protected itemsNow(state: FakeWorkbookState): FakeWorksheet[] {
    return state.liveSheets().map((sheet) => new FakeWorksheet(this.ctx, () => sheet));
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      this.derive((state) => {
        const sheet = state.findSheet(key);
        if (!sheet) throw fakeError('ItemNotFound', `The worksheet '${key}' does not exist.`);
        return sheet;
      }),
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this.ctx.requireApi('1.4', 'WorksheetCollection.getItemOrNullObject');
    return new FakeWorksheet(
      this.ctx,
      this.derive((state) => state.findSheet(key) ?? null),
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      this.derive((state) => state.activeSheet()),
    );
  }

  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      this.derive((state, scope) => {
        const sheet = state.addSheet(name);
        scope.changed('sheets');
        scope.log('add', sheet.name);
        return sheet;
      }),
    );
  }

  getCount(): FakeClientResult<number> {
    this.ctx.requireApi('1.4', 'WorksheetCollection.getCount');
    const result = new FakeClientResult<number>();
    this.ctx.enqueue((scope) => result.settle(scope.state.liveSheets().length, scope));
    return result;
  }
}
