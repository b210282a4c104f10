import { parseRange, splitQualified } from '../office/a1';
import { FakeClientObject, FakeCollection, ObjectPath, cloneValue } from './client-object';
import { FakeRequestContext, SyncScope } from './context';
import { fakeError } from './errors';
import { FakeRange } from './range';
import { FakeWorksheet, FakeWorksheetCollection } from './worksheet';
import { FakeNamedItemState, FakeWorkbookState } from './workbook-state';

/** The workbook of the fake host with its settings (ExcelApi 1.4) and named items. */

export class FakeWorkbook extends FakeClientObject<FakeWorkbookState> {
  readonly worksheets: FakeWorksheetCollection;
  private settingsProxy: FakeSettingCollection | undefined;
  private namesProxy: FakeNamedItemCollection | undefined;

  constructor(ctx: FakeRequestContext) {
    super(ctx, (scope) => scope.state, { name: 'workbook' });
    this.worksheets = new FakeWorksheetCollection(ctx, this.path('worksheets'));
  }

  protected scalarProperties(): string[] {
    return this.ctx.host.requirements.isSetSupported('ExcelApi', '1.7') ? ['name'] : [];
  }

  protected readProperty(name: string, state: FakeWorkbookState): unknown {
    if (name === 'name') {
      if (!this.ctx.host.requirements.isSetSupported('ExcelApi', '1.7')) throw fakeError('ApiNotFound', 'Workbook.name needs ExcelApi 1.7.');
      return state.fileName;
    }
    throw fakeError('InvalidArgument', `Workbook has no property '${name}' in the fake host.`);
  }

  /** The file name, e.g. `福祉部_R7.xlsx` (ExcelApi 1.7). */
  get name(): string {
    return this.get('name');
  }

  get settings(): FakeSettingCollection {
    if (!this.settingsProxy) {
      this.ctx.requireApi('1.4', 'Workbook.settings');
      this.settingsProxy = new FakeSettingCollection(this.ctx, this.path('settings'));
    }
    return this.settingsProxy;
  }

  /** Whether the workbook's structure is protected (ExcelApi 1.7). */
  get protection(): FakeWorkbookProtection {
    this.ctx.requireApi('1.7', 'Workbook.protection');
    return this.child(
      'protection',
      () =>
        new FakeWorkbookProtection(
          this.ctx,
          this.derive((state) => state),
          this.path('protection'),
        ),
    );
  }

  get names(): FakeNamedItemCollection {
    if (!this.namesProxy) this.namesProxy = new FakeNamedItemCollection(this.ctx, this.path('names'));
    return this.namesProxy;
  }

  /** The selected range, or A1 of the active sheet when nothing was selected. */
  getSelectedRange(): FakeRange {
    return new FakeRange(
      this.ctx,
      this.derive((state) => {
        const sel = state.selection;
        const sheet = (sel && state.sheetById(sel.sheetId)) || state.activeSheet();
        return { sheet, rect: sel && sel.sheetId === sheet.id ? { ...sel.rect } : { r0: 0, c0: 0, r1: 0, c1: 0 } };
      }),
      this.path('getSelectedRange'),
    );
  }
}

export class FakeSetting extends FakeClientObject<{ key: string }> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => { key: string } | null, path?: ObjectPath) {
    super(ctx, bind, path);
  }

  protected scalarProperties(): string[] {
    return ['key', 'value'];
  }

  protected readProperty(name: string, t: { key: string }, scope: SyncScope): unknown {
    if (name === 'key') return t.key;
    if (name === 'value') return scope.state.settings.get(t.key) ?? null;
    throw fakeError('InvalidArgument', `Setting has no property '${name}' in the fake host.`);
  }

  get key(): string {
    return this.get('key');
  }
  get value(): unknown {
    return this.get('value');
  }
  set value(v: unknown) {
    const copy = cloneValue(v);
    this.write(
      (t, scope) => {
        scope.state.settings.set(t.key, copy);
        scope.changed('settings');
      },
      { kind: 'set', name: 'value', value: copy },
    );
  }

  delete(): void {
    this.write(
      (t, scope) => {
        scope.state.settings.delete(t.key);
        scope.changed('settings');
      },
      { kind: 'call', name: 'delete' },
    );
  }
}

export class FakeSettingCollection extends FakeCollection<FakeWorkbookState, FakeSetting> {
  constructor(ctx: FakeRequestContext, path?: ObjectPath) {
    super(ctx, (scope) => scope.state, path);
  }

  protected itemsNow(state: FakeWorkbookState): FakeSetting[] {
    return [...state.settings.keys()].map((key) => new FakeSetting(this.ctx, () => ({ key })));
  }

  /** Adds the setting or replaces its value. */
  add(key: string, value: unknown): FakeSetting {
    const copy = cloneValue(value);
    // `add` returns the new setting: the call is its object path.
    return new FakeSetting(
      this.ctx,
      (scope) => {
        scope.state.settings.set(key, copy);
        scope.changed('settings');
        return { key };
      },
      this.path('add', key, copy),
    );
  }

  getItem(key: string): FakeSetting {
    return new FakeSetting(
      this.ctx,
      (scope) => {
        if (!scope.state.settings.has(key))
          throw fakeError('ItemNotFound', "The requested resource doesn't exist.", { errorLocation: 'SettingCollection.getItem', detail: key });
        return { key };
      },
      this.path('getItem', key),
    );
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, (scope) => (scope.state.settings.has(key) ? { key } : null), this.path('getItemOrNullObject', key));
  }
}

const NAME_PATTERN = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

export class FakeNamedItem extends FakeClientObject<FakeNamedItemState> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => FakeNamedItemState | null, path?: ObjectPath) {
    super(ctx, bind, path);
  }

  protected scalarProperties(): string[] {
    return ['name', 'type', 'value', 'visible', 'comment', 'scope'];
  }

  protected readProperty(name: string, item: FakeNamedItemState, scope: SyncScope): unknown {
    switch (name) {
      case 'name':
        return item.name;
      case 'comment':
        return item.comment;
      case 'visible':
        return item.visible;
      case 'scope':
        return 'Workbook';
      case 'value':
        return scope.state.nameValue(item);
      case 'type': {
        if (!item.ref) return 'String';
        return scope.state.sheetById(item.ref.sheetId) ? 'Range' : 'Error';
      }
      default:
        throw fakeError('InvalidArgument', `NamedItem has no property '${name}' in the fake host.`);
    }
  }

  get name(): string {
    return this.get('name');
  }
  get type(): string {
    return this.get('type');
  }
  get value(): unknown {
    return this.get('value');
  }
  get comment(): string {
    return this.get('comment');
  }
  get visible(): boolean {
    return this.get('visible');
  }
  set visible(on: boolean) {
    this.write(
      (item, scope) => {
        item.visible = on;
        scope.changed('names');
      },
      { kind: 'set', name: 'visible', value: on },
    );
  }

  delete(): void {
    this.ctx.requireApi('1.4', 'NamedItem.delete');
    this.write(
      (item, scope) => {
        scope.state.names.delete(item.name.toLowerCase());
        scope.changed('names');
        scope.log('delete name', item.name);
      },
      { kind: 'call', name: 'delete' },
    );
  }

  getRange(): FakeRange {
    return new FakeRange(
      this.ctx,
      this.derive((item, scope) => {
        const sheet = item.ref && scope.state.sheetById(item.ref.sheetId);
        if (!item.ref || !sheet) throw fakeError('InvalidReference', `The name '${item.name}' does not refer to a range.`);
        return { sheet, rect: { ...item.ref.rect } };
      }),
      this.path('getRange'),
    );
  }

  get worksheetOrNullObject(): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      this.derive((item, scope) => (item.ref && scope.state.sheetById(item.ref.sheetId)) ?? null),
      this.path('worksheetOrNullObject'),
    );
  }
}

export class FakeNamedItemCollection extends FakeCollection<FakeWorkbookState, FakeNamedItem> {
  constructor(ctx: FakeRequestContext, path?: ObjectPath) {
    super(ctx, (scope) => scope.state, path);
  }

  protected itemsNow(state: FakeWorkbookState): FakeNamedItem[] {
    return [...state.names.values()].map((item) => new FakeNamedItem(this.ctx, () => item));
  }

  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    this.ctx.requireApi('1.4', 'NamedItemCollection.add');
    return new FakeNamedItem(
      this.ctx,
      (scope) => {
        if (!NAME_PATTERN.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw fakeError('InvalidArgument', `'${name}' is not a valid name.`);
        if (scope.state.names.has(name.toLowerCase())) throw fakeError('ItemAlreadyExists', `The name '${name}' already exists.`);
        const item: FakeNamedItemState = { name, comment: comment ?? '', visible: true };
        if (typeof reference === 'string') {
          const q = splitQualified(reference);
          const sheet = q.sheet !== undefined ? scope.state.findSheet(q.sheet) : undefined;
          const rect = parseRange(q.address);
          if (sheet && rect) item.ref = { sheetId: sheet.id, rect };
          else item.formula = reference;
        } else {
          const t = reference.targetForSync();
          if (!t) throw fakeError('InvalidArgument', 'The reference range does not exist.');
          item.ref = { sheetId: t.sheet.id, rect: { ...t.rect } };
        }
        scope.state.names.set(name.toLowerCase(), item);
        scope.changed('names');
        scope.log('add name', name);
        return item;
      },
      this.path('add', name, typeof reference === 'string' ? reference : { _ObjectPathId: reference.pathId }, comment ?? ''),
    );
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.ctx,
      (scope) => {
        const item = scope.state.names.get(name.toLowerCase());
        if (!item) throw fakeError('ItemNotFound', "The requested resource doesn't exist.", { errorLocation: 'NamedItemCollection.getItem', detail: name });
        return item;
      },
      this.path('getItem', name),
    );
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    this.ctx.requireApi('1.4', 'NamedItemCollection.getItemOrNullObject');
    return new FakeNamedItem(this.ctx, (scope) => scope.state.names.get(name.toLowerCase()) ?? null, this.path('getItemOrNullObject', name));
  }
}

export class FakeWorkbookProtection extends FakeClientObject<FakeWorkbookState> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => FakeWorkbookState | null, path?: ObjectPath) {
    super(ctx, bind, path);
  }

  protected scalarProperties(): string[] {
    return ['protected'];
  }

  protected readProperty(name: string, state: FakeWorkbookState): unknown {
    if (name === 'protected') return state.structureProtected;
    throw fakeError('InvalidArgument', `WorkbookProtection has no property '${name}' in the fake host.`);
  }

  get protected(): boolean {
    return this.get('protected');
  }

  protect(password?: string): void {
    this.write(
      (state, scope) => {
        state.structureProtected = true;
        scope.changed('sheets');
      },
      { kind: 'call', name: 'protect', args: password === undefined ? [] : [password] },
    );
  }

  unprotect(password?: string): void {
    this.write(
      (state, scope) => {
        state.structureProtected = false;
        scope.changed('sheets');
      },
      { kind: 'call', name: 'unprotect', args: password === undefined ? [] : [password] },
    );
  }
}
