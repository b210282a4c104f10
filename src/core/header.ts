import { ColumnKey, ColumnSpec } from './columns';
import { Config } from './config';
import { normalizeHeader } from './normalize';
import { SheetCell, SheetTable, cellText, isBlank } from './table';

/** Where the header is and which column holds which template column. */
export interface HeaderInfo {
  /** 0-based row of the header's first row. */
  row: number;
  /** 1 or 2 header rows. */
  rowCount: number;
  /** 0-based first data row. */
  dataStart: number;
  /** Template column → 0-based sheet column (the first one when duplicated). */
  columns: Partial<Record<ColumnKey, number>>;
  /** Template columns in the order they appear in the sheet. */
  order: ColumnKey[];
  duplicates: { key: ColumnKey; cols: number[] }[];
  unknown: { col: number; text: string }[];
  /** The header text of each column as written (trimmed; `総合計画/分野別目標` style for two rows). */
  written: string[];
  /**
   * A single 総合計画 column, not split into 分野別目標 and 計画施策: it stands for both (mapped as
   * `fieldGoal`, and 計画施策 is not reported missing).
   */
  combinedGroup?: number;
}

export interface HeaderMatcher {
  match(text: string): ColumnKey | undefined;
  isGroup(text: string): boolean;
}

/** Builds a name matcher: names and aliases compared after normalisation, never by position. */
export function headerMatcher(columns: readonly ColumnSpec[]): HeaderMatcher {
  const byName = new Map<string, ColumnKey>();
  const groups = new Set<string>();
  for (const c of columns) {
    for (const n of [c.name, ...c.aliases]) {
      const h = normalizeHeader(n);
      if (!byName.has(h)) byName.set(h, c.key);
      const bare = h.replace(/\.$/, '');
      if (!byName.has(bare)) byName.set(bare, c.key);
    }
    if (c.group) groups.add(normalizeHeader(c.group));
  }
  const lookup = (h: string) => byName.get(h) ?? byName.get(h.replace(/\.$/, ''));
  return {
    match(text: string) {
      const h = normalizeHeader(text);
      if (h === '') return undefined;
      const direct = lookup(h);
      if (direct) return direct;
      for (const g of groups) {
        if (h.startsWith(g) && h.length > g.length) {
          const rest = lookup(h.slice(g.length).replace(/^[・:/-]/, ''));
          if (rest) return rest;
        }
      }
      return undefined;
    },
    isGroup(text: string) {
      return groups.has(normalizeHeader(text));
    },
  };
}

const MIN_MATCHES = 3;
const MAX_HEADER_LENGTH = 40;

/**
 * Is the row under the header's first row a second header line? It must hold a leaf name that
 * the first row does not (分野別目標 under 総合計画) or a vertical merge coming down from the
 * first row, and most of its cells must be header cells: a data row that merely repeats a
 * header word (an initiative whose 取組の概要 is the bare word 「概要」) is data, not header.
 */
function isSecondHeaderLine(
  top: readonly (SheetCell | null | undefined)[],
  below: readonly (SheetCell | null | undefined)[],
  topRow: number,
  matcher: HeaderMatcher,
): boolean {
  const width = Math.max(top.length, below.length);
  let evidence = false;
  let filled = 0;
  let headerish = 0;
  for (let c = 0; c < width; c++) {
    const cell = below[c];
    const b = cellText(cell);
    if (b.trim() === '') continue;
    filled++;
    const t = cellText(top[c]);
    const fromTop = cell?.mergedFrom !== undefined && /^\$?[A-Z]+\$?(\d+)$/.exec(cell.mergedFrom)?.[1] === String(topRow + 1);
    const named = b.length <= MAX_HEADER_LENGTH && (matcher.match(b) !== undefined || matcher.isGroup(b));
    if (fromTop || (named && normalizeHeader(b) !== normalizeHeader(t))) evidence = true;
    if (fromTop || named || normalizeHeader(b) === normalizeHeader(t)) headerish++;
  }
  return evidence && headerish * 2 > filled;
}

/** Finds the header in the first `config.headerSearchRows` rows, or undefined. */
export function detectHeader(table: SheetTable, config: Config): HeaderInfo | undefined {
  const matcher = headerMatcher(config.columns);
  const limit = Math.min(config.headerSearchRows, table.rows.length);
  let best = -1;
  let bestScore = 0;
  for (let r = 0; r < limit; r++) {
    const keys = new Set<ColumnKey>();
    for (const cell of table.rows[r] ?? []) {
      if (isBlank(cell)) continue;
      const t = cellText(cell);
      // Header names are short: skip the long text of data rows without normalising it.
      if (t.length > MAX_HEADER_LENGTH) continue;
      const k = matcher.match(t);
      if (k) keys.add(k);
    }
    if (keys.size > bestScore) {
      best = r;
      bestScore = keys.size;
    }
  }
  if (best < 0 || bestScore < MIN_MATCHES) return undefined;
  const top = table.rows[best] ?? [];
  const below = table.rows[best + 1] ?? [];
  const width = Math.max(top.length, below.length);
  const twoRows = isSecondHeaderLine(top, below, best, matcher);
  const info: HeaderInfo = {
    row: best,
    rowCount: twoRows ? 2 : 1,
    dataStart: best + (twoRows ? 2 : 1),
    columns: {},
    order: [],
    duplicates: [],
    unknown: [],
    written: [],
  };
  const groupCols: number[] = [];
  const seen = new Map<ColumnKey, number[]>();
  for (let c = 0; c < width; c++) {
    const t = cellText(top[c]);
    const b = twoRows ? cellText(below[c]) : '';
    let key: ColumnKey | undefined;
    let text = t;
    if (twoRows && b.trim() !== '' && normalizeHeader(b) !== normalizeHeader(t)) {
      key = matcher.match(b);
      text = matcher.isGroup(t) || t.trim() === '' ? b : `${t}/${b}`;
      if (!key && !matcher.isGroup(t)) key = matcher.match(t);
    } else {
      key = matcher.match(t);
    }
    info.written[c] = text.trim();
    if (!key && matcher.isGroup(text)) groupCols.push(c);
    if (key) {
      const cols = seen.get(key) ?? [];
      cols.push(c);
      seen.set(key, cols);
    } else if (text.trim() !== '' && !matcher.isGroup(text)) {
      info.unknown.push({ col: c, text: text.trim() });
    }
  }
  if (groupCols.length > 0 && !seen.has('fieldGoal') && !seen.has('policy')) {
    seen.set('fieldGoal', [groupCols[0]]);
    info.combinedGroup = groupCols[0];
  }
  for (const [key, cols] of seen) {
    info.columns[key] = cols[0];
    if (cols.length > 1) info.duplicates.push({ key, cols });
  }
  info.order = [...seen.entries()].sort((a, b) => a[1][0] - b[1][0]).map(([k]) => k);
  return info;
}
