import { ColumnKey } from './columns';
import { Config } from './config';
import { detectFiscalYear } from './fiscal-year';
import { HeaderInfo, headerMatcher } from './header';
import { ParsedCell, parseEntries } from './parse/entries';
import { ParsedTarget, parseTargets } from './parse/targets';
import { classifyRows, RowModel } from './rows';
import { chooseScale, ScaleInUse } from './scale';
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

  /** The cell at a 0-based column of this row is blank. */
  blankAt(col: number): boolean {
    return isBlank(this.sheet.table.rows[this.index]?.[col]);
  }

  get no(): number | string | undefined {
    const c = this.cell('no');
    if (!c || isBlank(c)) return undefined;
    return typeof c.value === 'number' ? c.value : cellText(c).trim();
  }

  get initiative(): string {
    return this.text('initiative').trim();
  }

  /** The row is hidden in the sheet. */
  get hidden(): boolean {
    return this.sheet.hiddenRows.has(this.index);
  }

  get progress(): ParsedCell {
    return (this.parsedProgress ??= parseEntries(this.text('progress'), this.sheet.parseOptions));
  }

  get plan(): ParsedCell {
    return (this.parsedPlan ??= parseEntries(this.text('plan'), this.sheet.parseOptions));
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
  /** 0-based worksheet rows of the initiatives (section titles, unused template rows and notes left out). */
  readonly rowIndexes: number[];
  /** What every row under the header is. */
  readonly rowModel: RowModel;
  readonly hiddenRows: ReadonlySet<number>;
  /** The fiscal year from the title rows (calendar year of its April), if written. */
  readonly fiscalYear?: number;
  readonly parseOptions: { fiscalYear?: number };
  /** The 進捗度 scale in force: configured, or detected from the sheet. */
  readonly scale: ScaleInUse;

  constructor(
    readonly table: SheetTable,
    readonly header: HeaderInfo,
    readonly config: Config,
    /** The reporting month (calendar number). */
    readonly month: number,
  ) {
    this.rowModel = classifyRows(table, header, headerMatcher(config.columns));
    this.rowIndexes = this.rowModel.initiatives;
    this.hiddenRows = new Set(table.hiddenRows ?? []);
    this.fiscalYear = detectFiscalYear(table, header.row);
    this.parseOptions = this.fiscalYear !== undefined ? { fiscalYear: this.fiscalYear } : {};
    this.scale = chooseScale(config, this.symbolTexts());
  }

  private *symbolTexts(): Generator<string> {
    const col = this.header.columns.symbol;
    if (col === undefined) return;
    for (const r of this.rowIndexes) yield cellText(this.table.rows[r]?.[col]);
  }

  /** A fresh context for the data row at a 0-based worksheet row. */
  row(index: number): RowContext {
    return new RowContext(this, index);
  }

  /** Contexts of every initiative row, one at a time. */
  *rows(): Generator<RowContext> {
    for (const r of this.rowIndexes) yield new RowContext(this, r);
  }

  /** The configured name of a template column. */
  columnName(key: ColumnKey): string {
    return this.config.columns.find((c) => c.key === key)?.name ?? key;
  }
}
