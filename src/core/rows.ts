import { ColumnKey } from './columns';
import { HeaderInfo, HeaderMatcher } from './header';
import { normalizeText } from './normalize';
import { cellText, isBlank, SheetCell, SheetTable } from './table';

/**
 * What each row under the header is (DESIGN.md section 2, "Rows that are not initiatives"). One
 * reading for validation, insertion and consolidation, so the commands never disagree on what a
 * row is:
 *
 * - `initiative`: validated, given month lines, consolidated;
 * - `section`: a section title such as `１\u3000行政経営`: one text, often merged across the table;
 * - `template`: an unused template row: nothing but a No. (typed or a formula such as
 *   `=ROW()-4`), perhaps with its 所管部/課 copied down;
 * - `note`: a single text starting with `※` or `注`;
 * - `header`: the header repeated (most of its cells are the header's names).
 *
 * Blank rows (and rows whose only content is a merge coming down from the row above) are not
 * listed at all.
 */
export type RowKind = 'initiative' | 'section' | 'template' | 'note' | 'header';

export interface SheetRow {
  /** 0-based worksheet row. */
  index: number;
  kind: RowKind;
  hidden: boolean;
  /** The row's text for section, note and header rows (the first line, as written). */
  text?: string;
  /** For initiatives: the 0-based row of the section title above it, if any. */
  section?: number;
}

export interface RowModel {
  /** Every non-blank row under the header, in sheet order (listed when first read). */
  readonly rows: SheetRow[];
  /** 0-based rows of the initiatives, ascending. */
  initiatives: number[];
  /** The rows that are not initiatives. */
  skipped: SheetRow[];
  /** The row's entry, by 0-based row (an initiative's is made when asked for). */
  get(index: number): SheetRow | undefined;
  /** The row is an initiative. */
  isInitiative(index: number): boolean;
  /** The section title an initiative sits under. */
  sectionTitle(index: number): string | undefined;
}

/** Columns whose content a copied-down template row may carry. */
const TEMPLATE_KEYS = new Set<ColumnKey>(['no', 'department', 'section']);

/** A note: `※…`, `注…`, `(注)…`, `＊…` (normalised: `*`). */
const NOTE = /^\s*(?:※|\*|注|\(注)/;

/** A heading-like text: `１\u3000行政経営`, `1. 行政経営`, `(1) 防災`, `第1章`, `■ 福祉`. */
const HEADING = /^\s*(?:\d+\s*[\s.、)]|\(\d+\)|第\s*\d+|[■□●◆◇▼▽▶▷])/;

/** Columns whose lone text is content being filled in, never a title (unless merged across). */
const CONTENT_KEYS = new Set<ColumnKey>(['target', 'plan', 'symbol', 'progress']);

/** A No. as a template row carries it: a number, digits as text, or a formula. */
function numberLike(cell: SheetCell): boolean {
  if (cell.formula !== undefined) return true;
  if (typeof cell.value === 'number') return true;
  return /^\s*\d+\s*\.?\s*$/.test(normalizeText(cellText(cell)));
}

function firstLine(text: string): string {
  return text.split(/\r\n|\n|\r/, 1)[0].trim();
}

interface Owned {
  col: number;
  cell: SheetCell;
  /** Columns the cell spans in this row (1 + the cells merged into it on its right). */
  span: number;
}

/** The row's own non-blank cells: those not covered by a merge (whose value is another cell's). */
function ownCells(row: readonly (SheetCell | null | undefined)[]): Owned[] {
  const out: Owned[] = [];
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (!cell || cell.mergedFrom !== undefined || isBlank(cell)) continue;
    out.push({ col: c, cell, span: 1 });
  }
  // How far each cell's merge reaches on this row (the covered cells to its right).
  for (const own of out) for (let c = own.col + 1; c < row.length && row[c]?.mergedFrom !== undefined; c++) own.span++;
  return out;
}

/**
 * A repeated header row names its 取組名 or 進捗状況 column with a short word: a row whose
 * 取組名 or progress cell holds long text is data, without normalising anything.
 */
function mayRepeatHeader(own: Owned[], keyOf: ReadonlyMap<number, ColumnKey>): boolean {
  for (const o of own) {
    const key = keyOf.get(o.col);
    if ((key === 'progress' || key === 'initiative' || key === 'target') && cellText(o.cell).length > 20) return false;
  }
  return true;
}

/** A text merged across several columns: a title, never a value copied down. */
function isTitle(o: Owned): boolean {
  return o.span >= 3 && typeof o.cell.value === 'string' && o.cell.formula === undefined;
}

/** The kind of one row, or undefined for a blank row. */
export function classifyRow(
  row: readonly (SheetCell | null | undefined)[],
  keyOf: ReadonlyMap<number, ColumnKey>,
  matcher?: HeaderMatcher,
): RowKind | undefined {
  const keys = keysByColumn(keyOf);
  return kindOf(row, keys, decisiveColumns(keys), keyOf, matcher);
}

/** The template column of each worksheet column, as a list (read for every cell of every row). */
function keysByColumn(keyOf: ReadonlyMap<number, ColumnKey>): (ColumnKey | undefined)[] {
  const keys: (ColumnKey | undefined)[] = [];
  for (const [col, key] of keyOf) keys[col] = key;
  return keys;
}

/**
 * The columns of 進捗状況及び課題, 年度目標 and 取組名 (the first of each), or undefined when the
 * sheet lacks one: when all three are filled in, a row is an initiative (see kindOf).
 */
function decisiveColumns(keys: readonly (ColumnKey | undefined)[]): number[] | undefined {
  const cols = [keys.indexOf('progress'), keys.indexOf('target'), keys.indexOf('initiative')];
  return cols.includes(-1) ? undefined : cols;
}

function kindOf(
  row: readonly (SheetCell | null | undefined)[],
  keys: readonly (ColumnKey | undefined)[],
  decisive: readonly number[] | undefined,
  keyOf: ReadonlyMap<number, ColumnKey>,
  matcher: HeaderMatcher | undefined,
): RowKind | undefined {
  // Most rows are initiatives whose 進捗状況, 年度目標 and 取組名 are filled in: those three cells
  // decide. (The loop below comes to the same answer, only later: its tests only ever turn one way
  // as it reads more cells, and these three cells make them all turn.)
  if (decisive !== undefined) {
    let long = matcher === undefined;
    let k = 0;
    for (; k < 3; k++) {
      const c = decisive[k];
      const cell = c < row.length ? row[c] : undefined;
      if (!cell || cell.mergedFrom !== undefined || isBlank(cell)) break;
      if (!long && cellText(cell).length > 20) long = true;
    }
    if (k === 3 && long) return 'initiative';
  }
  // Other rows: told apart without listing their cells when they hold many.
  let count = 0;
  let allTemplate = true;
  let mayRepeat = true;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (!cell || cell.mergedFrom !== undefined || isBlank(cell)) continue;
    count++;
    const key = c < keys.length ? keys[c] : undefined;
    if (allTemplate && !(key !== undefined && TEMPLATE_KEYS.has(key) && (key !== 'no' || numberLike(cell)))) allTemplate = false;
    if (mayRepeat && (key === 'progress' || key === 'initiative' || key === 'target') && cellText(cell).length > 20) mayRepeat = false;
    // Decided: three cells, not a template row, and no repeated header (or none looked for).
    if (count >= 3 && !allTemplate && !(matcher && mayRepeat)) return 'initiative';
  }
  if (count === 0) return undefined;
  if (count >= 3 && !allTemplate && !(matcher && mayRepeat)) return 'initiative';
  const own = ownCells(row);
  if (own.length === 0) return undefined;
  if (own.length === 1) {
    const { col, cell, span } = own[0];
    const key = keyOf.get(col);
    const text = cellText(cell);
    const isText = typeof cell.value === 'string' && cell.formula === undefined;
    if (isText && NOTE.test(normalizeText(text))) return 'note';
    if (key === 'no' && numberLike(cell)) return 'template';
    if (isText && (span >= 2 || key === undefined || key === 'no' || (!CONTENT_KEYS.has(key) && HEADING.test(normalizeText(text))))) return 'section';
  }
  // `1 | 行政経営` with the title merged across the table: a numbered section title.
  if (own.length === 2 && keyOf.get(own[0].col) === 'no' && numberLike(own[0].cell) && isTitle(own[1])) return 'section';
  if (own.every((o) => TEMPLATE_KEYS.has(keyOf.get(o.col)!) && (keyOf.get(o.col) !== 'no' || numberLike(o.cell)))) return 'template';
  if (matcher && own.length >= 3 && mayRepeatHeader(own, keyOf)) {
    let named = 0;
    for (const o of own) {
      const key = keyOf.get(o.col);
      const t = cellText(o.cell);
      if (key !== undefined && t.length <= 40 && matcher.match(t) === key) named++;
    }
    if (named * 2 > own.length) return 'header';
  }
  return 'initiative';
}

/** Reads the rows under the header. */
export function classifyRows(table: SheetTable, header: HeaderInfo, matcher?: HeaderMatcher): RowModel {
  const keyOf = new Map<number, ColumnKey>();
  for (const [key, col] of Object.entries(header.columns) as [ColumnKey, number][]) keyOf.set(col, key);
  for (const d of header.duplicates) for (const c of d.cols) keyOf.set(c, d.key);
  const keys = keysByColumn(keyOf);
  const decisive = decisiveColumns(keys);
  const hidden = new Set(table.hiddenRows ?? []);
  // Initiatives are kept as row numbers and a mark a row, not as objects: a sheet of 100,000
  // rows makes no 100,000 entries that outlive the validation's young objects.
  const initiative = new Uint8Array(table.rows.length);
  const initiatives: number[] = [];
  const skipped: SheetRow[] = [];
  const skippedAt = new Map<number, SheetRow>();
  const sections: number[] = [];
  for (let r = header.dataStart; r < table.rows.length; r++) {
    const cells = table.rows[r];
    if (!cells || cells.length === 0) continue;
    const kind = kindOf(cells, keys, decisive, keyOf, matcher);
    if (!kind) continue;
    if (kind === 'initiative') {
      initiative[r] = 1;
      initiatives.push(r);
      continue;
    }
    const entry: SheetRow = { index: r, kind, hidden: hidden.has(r) };
    const owned = ownCells(cells);
    const own = kind === 'section' ? (owned.find(isTitle) ?? owned[0]) : owned[0];
    if (kind !== 'template' && own) entry.text = firstLine(cellText(own.cell));
    if (kind === 'section') sections.push(r);
    skipped.push(entry);
    skippedAt.set(r, entry);
  }
  /** The section title row above an initiative: the last one before it. */
  const sectionAbove = (r: number): number | undefined => {
    let lo = 0;
    let hi = sections.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sections[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? sections[lo - 1] : undefined;
  };
  const initiativeRow = (r: number): SheetRow => {
    const entry: SheetRow = { index: r, kind: 'initiative', hidden: hidden.has(r) };
    const s = sectionAbove(r);
    if (s !== undefined) entry.section = s;
    return entry;
  };
  const get = (index: number): SheetRow | undefined => (initiative[index] === 1 ? initiativeRow(index) : skippedAt.get(index));
  let all: SheetRow[] | undefined;
  return {
    get rows() {
      if (!all) {
        all = [];
        let i = 0;
        for (const s of skipped) {
          while (i < initiatives.length && initiatives[i] < s.index) all.push(initiativeRow(initiatives[i++]));
          all.push(s);
        }
        while (i < initiatives.length) all.push(initiativeRow(initiatives[i++]));
      }
      return all;
    },
    initiatives,
    skipped,
    get,
    isInitiative: (index) => initiative[index] === 1,
    sectionTitle: (index) => {
      const s = get(index)?.section;
      return s === undefined ? undefined : skippedAt.get(s)?.text;
    },
  };
}
