import { ColumnKey } from './columns';
import { Config } from './config';
import { HeaderInfo } from './header';
import { ParsedCell, parseEntries } from './parse/entries';
import { ParsedTarget, parseTargets } from './parse/targets';
import { SheetCell, SheetTable, cellText, isBlank } from './table';

/** One data row with lazily parsed cells, shared by every rule so each cell is parsed once. */
export class RowContext {
  private parsed = new Map<string, unknown>();

  constructor(
    readonly sheet: SheetContext,
    /** 0-based worksheet row. */
    readonly index: number,
  ) {}

  col(key: ColumnKey): number | undefined {
    return this.sheet.header.columns[key];
  }

  cell(key: ColumnKey): SheetCell | undefined {
    const c = this.col(key);
    if (c === undefined) return undefined;
    return this.sheet.table.rows[this.index]?.[c] ?? undefined;
  }

  text(key: ColumnKey): string {
    return cellText(this.cell(key));
  }

  blank(key: ColumnKey): boolean {
    return isBlank(this.cell(key));
  }

  get no(): number | string | undefined {
    const c = this.cell('no');
    if (!c || isBlank(c)) return undefined;
    return typeof c.value === 'number' ? c.value : cellText(c).trim();
  }

  get initiative(): string {
    return this.text('initiative').trim();
  }

  private memo<T>(key: string, make: () => T): T {
    if (!this.parsed.has(key)) this.parsed.set(key, make());
    return this.parsed.get(key) as T;
  }

  get progress(): ParsedCell {
    return this.memo('progress', () => parseEntries(this.text('progress')));
  }

  get plan(): ParsedCell {
    return this.memo('plan', () => parseEntries(this.text('plan')));
  }

  get target(): ParsedTarget {
    return this.memo('target', () => parseTargets(this.text('target')));
  }

  /** Memoises a value derived from the row (shared analyses such as the target comparison). */
  derived<T>(key: string, make: () => T): T {
    return this.memo(`derived:${key}`, make);
  }
}

export class SheetContext {
  readonly rows: RowContext[] = [];

  constructor(
    readonly table: SheetTable,
    readonly header: HeaderInfo,
    readonly config: Config,
    /** The reporting month (calendar number). */
    readonly month: number,
  ) {
    const keyed = Object.values(header.columns) as number[];
    for (let r = header.dataStart; r < table.rows.length; r++) {
      const row = table.rows[r];
      if (!row) continue;
      if (keyed.some((c) => !isBlank(row[c]))) this.rows.push(new RowContext(this, r));
    }
  }
}
