import { ColumnKey } from './columns';
import { Config } from './config';
import { detectFiscalYear } from './fiscal-year';
import { HeaderInfo, headerMatcher } from './header';
import { isMonth } from './fiscal';
import { ParsedCell, parseEntries } from './parse/entries';
import { ParsedTarget, parseTargets } from './parse/targets';
import { classifyRows, RowModel } from './rows';
import { chooseScale, ScaleInUse } from './scale';
import { MonthVotes } from './reporting-month';
import { SheetCell, SheetTable, cellText, isBlank } from './table';
import { MonthSource } from './types';

/** A row's cells in a list of the engine's own kind (see RowContext.cells). */
function copyCells(row: readonly (SheetCell | null | undefined)[] | undefined): (SheetCell | null | undefined)[] {
  const n = row ? row.length : 0;
  const cells: (SheetCell | null | undefined)[] = [];
  for (let c = 0; c < n; c++) cells.push(row![c] ?? null);
  return cells;
}

/** One data row with lazily parsed cells, shared by every rule so each cell is parsed once. */
export class RowContext {
  private parsedProgress?: ParsedCell;
  private parsedPlan?: ParsedCell;
  private parsedTarget?: ParsedTarget;
  /** Set by analysis/target-progress.ts: the target comparison, shared by two rules. */
  targetComparisons?: unknown;
  /**
   * The row's cells, copied into a list the engine makes: tables come with row lists of several
   * kinds (packed or holey, as their readers built them), and compiled rules that meet a new kind
   * are thrown away and compiled again. Copied here, every rule sees one kind.
   */
  private readonly cells: (SheetCell | null | undefined)[];

  constructor(
    readonly sheet: SheetContext,
    /** 0-based worksheet row. */
    readonly index: number,
  ) {
    this.cells = copyCells(sheet.table.rows[index]);
  }

  col(key: ColumnKey): number | undefined {
    // Named reads, not columns[key]: rules call this with a constant key thirty times a row, and
    // a switch on it folds away once compiled (a keyed read with many keys stays slow).
    const c = this.sheet.header.columns;
    switch (key) {
      case 'no':
        return c.no;
      case 'department':
        return c.department;
      case 'section':
        return c.section;
      case 'fieldGoal':
        return c.fieldGoal;
      case 'policy':
        return c.policy;
      case 'project':
        return c.project;
      case 'subProject':
        return c.subProject;
      case 'initiative':
        return c.initiative;
      case 'overview':
        return c.overview;
      case 'target':
        return c.target;
      case 'plan':
        return c.plan;
      case 'symbol':
        return c.symbol;
      case 'progress':
        return c.progress;
      case 'coOwner':
        return c.coOwner;
      default:
        return c[key];
    }
  }

  cell(key: ColumnKey): SheetCell | undefined {
    const c = this.col(key);
    if (c === undefined) return undefined;
    return this.cells[c] ?? undefined;
  }

  text(key: ColumnKey): string {
    return cellText(this.cell(key));
  }

  blank(key: ColumnKey): boolean {
    return isBlank(this.cell(key));
  }

  /** The cell at a 0-based column of this row is blank. */
  blankAt(col: number): boolean {
    return isBlank(this.cells[col]);
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
    return (this.parsedProgress ??= this.sheet.takeProgress(this.index) ?? parseEntries(this.text('progress'), this.sheet.parseOptions));
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

  /** The reporting month (calendar number). */
  readonly month: number;
  /** Where the reporting month came from: the caller, the sheet's progress cells, or the default (March). */
  readonly monthSource: MonthSource;
  /** Progress cells parsed to infer the month, kept until their row is validated: each cell is parsed once. */
  private readonly progressParses = new Map<number, ParsedCell>();

  constructor(
    readonly table: SheetTable,
    readonly header: HeaderInfo,
    readonly config: Config,
    /** The reporting month given by the caller; inferred from the progress cells when absent or not a month. */
    month?: number,
  ) {
    this.rowModel = classifyRows(table, header, headerMatcher(config.columns));
    this.rowIndexes = this.rowModel.initiatives;
    this.hiddenRows = new Set(table.hiddenRows ?? []);
    this.fiscalYear = detectFiscalYear(table, header.row);
    this.parseOptions = this.fiscalYear !== undefined ? { fiscalYear: this.fiscalYear } : {};
    this.scale = chooseScale(config, this.symbolTexts());
    if (month !== undefined && isMonth(month)) {
      this.month = month;
      this.monthSource = 'option';
    } else {
      const inferred = this.inferMonth();
      this.month = inferred ?? 3;
      this.monthSource = inferred !== undefined ? 'inferred' : 'default';
    }
  }

  /**
   * The most common latest month of the progress cells under the header (reportingMonthFor's
   * reading), keeping the parsed cells of initiatives for their rows' rules.
   */
  private inferMonth(): number | undefined {
    const col = this.header.columns.progress;
    if (col === undefined) return undefined;
    const votes = new MonthVotes();
    for (let r = this.header.dataStart; r < this.table.rows.length; r++) {
      const cell = this.table.rows[r]?.[col];
      const v = cell?.value;
      if (typeof v !== 'string') continue;
      const parsed = parseEntries(v, this.parseOptions);
      votes.add(parsed);
      // The rules read the cell's text, which is this value unless the cell holds an error.
      if (cell!.error === undefined && this.rowModel.isInitiative(r)) this.progressParses.set(r, parsed);
    }
    return votes.winner();
  }

  /** The progress cell of a row as parsed to infer the month, handed over once. */
  takeProgress(index: number): ParsedCell | undefined {
    const parsed = this.progressParses.get(index);
    if (parsed) this.progressParses.delete(index);
    return parsed;
  }

  private symbolTexts(): string[] {
    const col = this.header.columns.symbol;
    if (col === undefined) return [];
    return this.rowIndexes.map((r) => cellText(this.table.rows[r]?.[col]));
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
