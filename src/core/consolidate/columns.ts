import { ColumnKey } from '../columns';
import { Config } from '../config';
import { HeaderInfo } from '../header';
import { normalizeHeader } from '../normalize';
import { columnLetters, isBlank, SheetTable } from '../table';
import { Words } from './i18n';

/**
 * The consolidated table's columns, mapped by name and alias, never by position: the template's
 * columns in template order, then every other column any file has (the union, by normalised
 * header, in the order first met), then the marks added by consolidation.
 */
export interface OutColumn {
  name: string;
  /** A template column. */
  key?: ColumnKey;
  /** Another column, by its normalised header. */
  other?: string;
}

/** Where each consolidated column sits in one file's sheet. */
export type ColumnMap = Map<OutColumn, number>;

export interface SheetLayout {
  table: SheetTable;
  header: HeaderInfo;
  /** 0-based rows of the initiatives. */
  initiatives: number[];
}

/** A file's columns that are not template columns: unknown headers, second copies of a template column, data under no header. */
function otherColumns(layout: SheetLayout, words: Words): { col: number; name: string }[] {
  const { header, table, initiatives } = layout;
  const out: { col: number; name: string }[] = header.unknown.map((u) => ({ col: u.col, name: u.text }));
  for (const d of header.duplicates) {
    for (const col of d.cols.slice(1)) out.push({ col, name: words.duplicateColumn(header.written[col] || d.key, columnLetters(col)) });
  }
  // Data in a column with no header at all must not be lost either.
  const named = new Set<number>([...(Object.values(header.columns) as number[]), ...out.map((o) => o.col)]);
  for (let c = 0; c < header.written.length; c++) if (header.written[c]) named.add(c);
  const unnamed = new Set<number>();
  for (const r of initiatives) {
    const row = table.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!named.has(c) && cell && cell.mergedFrom === undefined && !isBlank(cell)) unnamed.add(c);
    }
  }
  for (const c of [...unnamed].sort((a, b) => a - b)) out.push({ col: c, name: words.noHeader(columnLetters(c)) });
  return out;
}

/** The columns of the consolidated table and, for each file, where each one is in its sheet. */
export function consolidatedColumns(
  layouts: readonly (SheetLayout | undefined)[],
  config: Config,
  words: Words,
): { columns: OutColumn[]; maps: (ColumnMap | undefined)[] } {
  const columns: OutColumn[] = config.columns.map((c) => ({ name: c.name, key: c.key }));
  const byOther = new Map<string, OutColumn>();
  const maps = layouts.map((layout) => {
    if (!layout) return undefined;
    const map: ColumnMap = new Map();
    for (const column of columns) if (column.key && layout.header.columns[column.key] !== undefined) map.set(column, layout.header.columns[column.key]!);
    for (const o of otherColumns(layout, words)) {
      const key = normalizeHeader(o.name);
      let column = byOther.get(key);
      if (!column) {
        column = { name: o.name, other: key };
        byOther.set(key, column);
        columns.push(column);
      }
      // Two columns of one file with the same normalised header: the second keeps its own column.
      if (map.has(column)) {
        const own: OutColumn = { name: words.duplicateColumn(o.name, columnLetters(o.col)), other: `${key}#${o.col}` };
        columns.push(own);
        map.set(own, o.col);
      } else map.set(column, o.col);
    }
    return map;
  });
  return { columns, maps };
}
