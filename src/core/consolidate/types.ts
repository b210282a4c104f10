import type { SheetTable } from '../table';
import type { FileReport, Lang } from '../types';

/**
 * Consolidation (DESIGN.md section 4.3): several departments' sheets into one city-wide table, a
 * summary per file and one validation report. Pure: the hosts read the files and write the result.
 */

/** One department's file: its chosen sheet and its validation report, or only the report when it could not be read. */
export interface ConsolidationInput {
  /** The file's name as shown (e.g. `welfare-r7.xlsx`). */
  file: string;
  /** Undefined when the file could not be read (its report then holds one file-unreadable issue). */
  table?: SheetTable;
  report: FileReport;
}

/** A cell of an output table: what a workbook writer (file or Office.js) and a CSV writer need. */
export type OutCell = string | number | boolean | null | { value: number; numFmt: string } | { error: string };

/** A table to write: a header row, then the rows. */
export interface OutTable {
  /** Sheet name. */
  name: string;
  header: string[];
  rows: OutCell[][];
  /** Suggested column widths in Excel characters. */
  widths: number[];
  /** Columns whose text wraps (long texts). */
  wrap: boolean[];
}

export interface ConsolidationOptions {
  lang?: Lang;
}
