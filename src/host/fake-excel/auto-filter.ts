import { formatRange, qualifiedAddress, Rect } from '../office/a1';
import { FakeClientObject, ObjectPath } from './client-object';
import { FakeRequestContext, SyncScope } from './context';
import { fakeError } from './errors';
import { assertFormatWritable, assertLive, FakeRange } from './range';
import { FakeSheetState, rectOf } from './workbook-state';

/**
 * A worksheet's autofilter (`worksheet.autoFilter`, ExcelApi 1.9): applied over a range (its first
 * row holds the filter buttons), removed, and read back (`enabled`). Criteria are not modelled:
 * the add-in only sets the buttons up. On a protected sheet it needs `allowAutoFilter`.
 */
export class FakeAutoFilter extends FakeClientObject<FakeSheetState> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => FakeSheetState | null, path?: ObjectPath) {
    super(ctx, bind, path);
  }

  protected scalarProperties(): string[] {
    return ['enabled', 'isDataFiltered'];
  }

  protected readProperty(name: string, sheet: FakeSheetState): unknown {
    assertLive(sheet);
    if (name === 'enabled') return sheet.autoFilter !== undefined;
    if (name === 'isDataFiltered') return false;
    throw fakeError('InvalidArgument', `AutoFilter has no property '${name}' in the fake host.`);
  }

  get enabled(): boolean {
    return this.get('enabled');
  }
  get isDataFiltered(): boolean {
    return this.get('isDataFiltered');
  }

  /** Puts the filter buttons on the first row of `range` (a range of this sheet or an address). */
  apply(range: FakeRange | string): void {
    this.write(
      (sheet, scope) => {
        assertFormatWritable(sheet, 'AutoFilter.apply', 'allowAutoFilter');
        let rect: Rect;
        if (typeof range === 'string') rect = rectOf(range);
        else {
          const t = range.targetForSync();
          if (!t || t.sheet !== sheet) throw fakeError('InvalidArgument', 'The autofilter range is not on this sheet.');
          rect = t.rect;
        }
        sheet.autoFilter = { ...rect };
        scope.changed('format');
        scope.log('autofilter', qualifiedAddress(sheet.name, formatRange(rect)));
      },
      { kind: 'call', name: 'apply', args: [typeof range === 'string' ? range : { _ObjectPathId: range.pathId }] },
    );
  }

  /** Removes the filter buttons (nothing happens on a sheet without them). */
  remove(): void {
    this.write(
      (sheet, scope) => {
        assertFormatWritable(sheet, 'AutoFilter.remove', 'allowAutoFilter');
        delete sheet.autoFilter;
        scope.changed('format');
      },
      { kind: 'call', name: 'remove' },
    );
  }

  /** The range the filter covers, or a null object without one. */
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.ctx,
      this.derive((sheet) => (sheet.autoFilter ? { sheet, rect: { ...sheet.autoFilter } } : null)),
      this.path('getRangeOrNullObject'),
    );
  }
}
