import { ColumnKey } from './columns';
import { Config } from './config';
import { HeaderInfo } from './header';
import { ParsedCell, parseEntries } from './parse/entries';
import { ParsedTarget, parseTargets } from './parse/targets';
import { SheetCell, SheetTable, cellText, isBlank } from './table';

/** One data row with lazily parsed cells, shared by every rule so each cell is parsed once. */
export class RowContext {
  private parsedProgress?: ParsedCell;
  private parsedPlan?: ParsedCell;
  private parsedTarget?: ParsedTarget;
  /** Set by analysis/target-progress.ts: the target comparison, shared by two rules. */
  targetComparisons?: unknown;

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

  get progress(): ParsedCell {
    return (this.parsedProgress ??= parseEntries(this.text('progress')));
  }

  get plan(): ParsedCell {
    return (this.parsedPlan ??= parseEntries(this.text('plan')));
  }

  get target(): ParsedTarget {
    return (this.parsedTarget ??= parseTargets(this.text('target')));
  }
}

/**
 * The sheet being validated. Rows are kept as indexes: a RowContext is made for a row while the
 * rules look at it and then dropped, so parsed cells die young (cheap for the garbage collector).
 */
export class SheetContext {
  /** 0-based worksheet rows of the data rows (rows with something in a template column). */
  readonly rowIndexes: number[] = [];

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
      if (keyed.some((c) => !isBlank(row[c]))) this.rowIndexes.push(r);
    }
  }

  /** A fresh context for the data row at a 0-based worksheet row. */
  row(index: number): RowContext {
    return new RowContext(this, index);
  }

  /** Contexts of every data row, one at a time. */
  *rows(): Generator<RowContext> {
    for (const r of this.rowIndexes) yield new RowContext(this, r);
  }

  /** The configured name of a template column. */
  columnName(key: ColumnKey): string {
    return this.config.columns.find((c) => c.key === key)?.name ?? key;
  }
}
