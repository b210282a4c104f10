import { ColumnKey } from './columns';
import { Config } from './config';
import { detectFiscalYear } from './fiscal-year';
import { HeaderInfo, headerMatcher } from './header';
import { isMonth } from './fiscal';
import { ParsedCell, parseEntries } from './parse/entries';
import { ParsedTarget, parseTargets } from './parse/targets';
import { classifyRows, RowModel } from './rows';
import { chooseScale, isAllowedSymbol, ScaleInUse, symbolIn } from './scale';
import { MonthVotes } from './reporting-month';
import { normalizeSymbol } from './normalize';
import { SheetCell, SheetTable, cellText, isBlank } from './table';
import { MonthSource } from './types';

/** Rows whose cells are copied at once into one list for the row rules' walk (see SheetContext.initiativeAt). */
const BLOCK_ROWS = 256;

/** A row's cells in a list of the engine's own kind (see RowContext), for a row met out of the rules' walk. */
function copyCells(row: readonly (SheetCell | null | undefined)[] | undefined): (SheetCell | null)[] {
  const n = row ? row.length : 0;
  const cells: (SheetCell | null)[] = [];
  for (let c = 0; c < n; c++) cells.push(row![c] ?? null);
  return cells;
}

/**
 * One data row with lazily parsed cells, shared by every rule so each cell is parsed once.
 *
 * The row's cells are read from a list the engine makes (`cells` from `base`, `width` of them):
 * tables come with row lists of several kinds (packed or holey, as their readers built them), and
 * compiled rules that meet a new kind are thrown away and compiled again. Copied by the sheet, a
 * run of rows at a time, every rule sees one kind.
 *
 * Fields are assigned in the constructor rather than declared with initialisers (a class field is
 * set up by a function of its own: one more call a row).
 */
export class RowContext {
  declare readonly sheet: SheetContext;
  /** 0-based worksheet row. */
  declare readonly index: number;
  declare private readonly cells: readonly (SheetCell | null)[];
  declare private readonly base: number;
  declare private readonly width: number;
  declare private parsedProgress: ParsedCell | undefined;
  declare private parsedPlan: ParsedCell | undefined;
  declare private parsedTarget: ParsedTarget | undefined;
  /** Set by analysis/target-progress.ts: the target comparison, shared by two rules. */
  declare targetComparisons: unknown;

  constructor(sheet: SheetContext, index: number, cells: readonly (SheetCell | null)[], base: number, width: number) {
    this.sheet = sheet;
    this.index = index;
    this.cells = cells;
    this.base = base;
    this.width = width;
    this.parsedProgress = undefined;
    this.parsedPlan = undefined;
    this.parsedTarget = undefined;
    this.targetComparisons = undefined;
  }

  /** The sheet column of a template column (the header's reading). */
  col(key: ColumnKey): number | undefined {
    return this.sheet.header.columns[key];
  }

  /** The cell at a 0-based column of this row (undefined when blank and absent). */
  cellAt(col: number | undefined): SheetCell | undefined {
    if (col === undefined || col >= this.width) return undefined;
    return this.cells[this.base + col] ?? undefined;
  }

  cell(key: ColumnKey): SheetCell | undefined {
    return this.cellAt(this.sheet.header.columns[key]);
  }

  text(key: ColumnKey): string {
    return cellText(this.cellAt(this.sheet.header.columns[key]));
  }

  blank(key: ColumnKey): boolean {
    return isBlank(this.cellAt(this.sheet.header.columns[key]));
  }

  /** The cell at a 0-based column of this row is blank (as is the cell of a column the sheet lacks). */
  blankAt(col: number | undefined): boolean {
    if (col === undefined || col >= this.width) return true;
    const cell = this.cells[this.base + col];
    // Most cells hold text that starts with a character that is not white space (isBlank's first
    // test, told here without a call: this runs for a dozen cells a row).
    if (cell !== null && cell.error === undefined) {
      const v = cell.value;
      if (typeof v === 'string' && v.length > 0) {
        const c = v.charCodeAt(0);
        if ((c > 32 && c < 0x7f) || (c >= 0x3001 && c <= 0x9fff)) return false;
      }
    }
    return isBlank(cell);
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
    if (this.parsedProgress === undefined) {
      const sheet = this.sheet;
      this.parsedProgress = sheet.takeProgress(this.index) ?? parseEntries(cellText(this.cellAt(sheet.header.columns.progress)), sheet.parseOptions);
    }
    return this.parsedProgress;
  }

  get plan(): ParsedCell {
    return (this.parsedPlan ??= parseEntries(this.text('plan'), this.sheet.parseOptions));
  }

  get target(): ParsedTarget {
    return (this.parsedTarget ??= parseTargets(cellText(this.cellAt(this.sheet.header.columns.target))));
  }
}

/** A required template column the sheet has. */
export interface RequiredColumn {
  key: ColumnKey;
  /** The configured name. */
  name: string;
  /** 0-based sheet column. */
  col: number;
}

/** What a 進捗度 text is on the sheet's scale (see SheetContext.symbol). */
export interface SymbolReading {
  /** One of the scale's symbols (symbol-invalid). */
  allowed: boolean;
  /** The text normalised (normalizeSymbol), as messages show it. */
  symbol: string;
  /** Which groups the normalised text is in (symbol-mismatch). */
  ahead: boolean;
  onTrack: boolean;
  behind: boolean;
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
  /** The required template columns the sheet has, in the configuration's order. */
  readonly requiredColumns: readonly RequiredColumn[];
  /** Readings of the 進捗度 texts met so far (a sheet holds a few symbols in thousands of cells). */
  private readonly symbols = new Map<string, SymbolReading>();
  /** Cells of the initiatives at positions blockFrom… of rowIndexes, `blockWidth` a row (see initiativeAt). */
  private block: (SheetCell | null)[] = [];
  private blockFrom = 0;
  private blockTo = 0;
  private blockWidth = 0;

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
    const required: RequiredColumn[] = [];
    for (const spec of config.columns) {
      const col = spec.required ? header.columns[spec.key] : undefined;
      if (col !== undefined) required.push({ key: spec.key, name: spec.name, col });
    }
    this.requiredColumns = required;
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
    if (this.progressParses.size === 0) return undefined;
    const parsed = this.progressParses.get(index);
    if (parsed) this.progressParses.delete(index);
    return parsed;
  }

  private symbolTexts(): string[] {
    const col = this.header.columns.symbol;
    if (col === undefined) return [];
    return this.rowIndexes.map((r) => cellText(this.table.rows[r]?.[col]));
  }

  /** What a 進捗度 text (as written) is on the sheet's scale, worked out once a text. */
  symbol(text: string): SymbolReading {
    let reading = this.symbols.get(text);
    if (reading === undefined) {
      const { ahead, onTrack, behind } = this.scale.symbols;
      const symbol = normalizeSymbol(text);
      reading = {
        allowed: isAllowedSymbol(this.scale.symbols, text),
        symbol,
        ahead: symbolIn(ahead, symbol),
        onTrack: symbolIn(onTrack, symbol),
        behind: symbolIn(behind, symbol),
      };
      if (this.symbols.size < 1024) this.symbols.set(text, reading);
    }
    return reading;
  }

  /** A fresh context for the data row at a 0-based worksheet row. */
  row(index: number): RowContext {
    const cells = copyCells(this.table.rows[index]);
    return new RowContext(this, index, cells, 0, cells.length);
  }

  /**
   * A fresh context for the initiative at a position of rowIndexes: the row rules' walk, in order.
   * Its cells come from a list copied for a run of rows at a time (see RowContext).
   */
  initiativeAt(position: number): RowContext {
    if (position < this.blockFrom || position >= this.blockTo) this.copyBlock(position);
    const width = this.blockWidth;
    return new RowContext(this, this.rowIndexes[position], this.block, (position - this.blockFrom) * width, width);
  }

  /** Copies the cells of the initiatives from a position on into a new list, as wide as the widest of them. */
  private copyBlock(position: number): void {
    const rows = this.table.rows;
    const indexes = this.rowIndexes;
    const to = Math.min(indexes.length, position + BLOCK_ROWS);
    let width = 0;
    for (let p = position; p < to; p++) {
      const cells = rows[indexes[p]];
      if (cells && cells.length > width) width = cells.length;
    }
    const block: (SheetCell | null)[] = [];
    for (let p = position; p < to; p++) {
      const cells = rows[indexes[p]];
      const n = cells ? cells.length : 0;
      for (let c = 0; c < width; c++) block.push(c < n ? (cells[c] ?? null) : null);
    }
    this.block = block;
    this.blockFrom = position;
    this.blockTo = to;
    this.blockWidth = width;
  }

  /** Contexts of every initiative row, one at a time. */
  *rows(): Generator<RowContext> {
    for (let p = 0; p < this.rowIndexes.length; p++) yield this.initiativeAt(p);
  }

  /** The configured name of a template column. */
  columnName(key: ColumnKey): string {
    return this.config.columns.find((c) => c.key === key)?.name ?? key;
  }
}
