/**
 * What a caller hands to writeWorkbook: sheets as plain rows of cells, and a few layout wishes.
 */
import type { Crc32Function, DeflateFunction } from '../zip';

/**
 * One cell:
 * - a string (always a text cell, never a formula), a finite number, a boolean; null/undefined for no cell;
 * - `{ value, numFmt }`: a number shown with a number format (dates are Excel serial numbers with a date format
 *   such as 'yyyy/m/d');
 * - `{ error }`: an error value such as '#N/A' (t="e");
 * - `{ text, link }`: text with a hyperlink, either inside the workbook (`#'全庁集約'!M9`) or an external URL
 *   (http, https, mailto, file).
 */
export type NewCell = string | number | boolean | null | undefined | { value: number; numFmt: string } | { error: string } | { text: string; link?: string };

/** Column layout, by position. */
export interface NewColumn {
  /** Width in Excel character widths (as Excel's column width box shows it), 0 to 255. */
  width?: number;
  /** Wrap text in this column's cells. */
  wrap?: boolean;
}

/** Print layout. */
export interface NewPage {
  paper: 'A3' | 'A4';
  orientation: 'landscape' | 'portrait';
  /** Fit all columns on one page width (as many pages tall as needed). */
  fitToWidth?: boolean;
}

export interface NewSheet {
  /** Sheet name: 1 to 31 characters, none of []:*?/\, not starting or ending with ', unique ignoring case. */
  name: string;
  columns?: NewColumn[];
  rows: NewCell[][];
  /**
   * The first `headerRows` rows are the header: bold, a light fill, thin borders, wrapped, frozen (pane split),
   * repeated at the top of every printed page (_xlnm.Print_Titles), and the autofilter sits on the last header
   * row over the used columns when `autoFilter` is true.
   */
  headerRows?: number;
  autoFilter?: boolean;
  page?: NewPage;
  /** Rows (0-based, after the header) to give a light fill, e.g. a total row. */
  emphasisRows?: number[];
}

export interface WriteWorkbookOptions {
  /** Author written in the document properties (default "Process Sheet Checker"). */
  creator?: string;
  /** Creation time written in the document properties (default now). */
  created?: Date;
  /**
   * Deflate level of the parts (default 1: 1,500 rows of Japanese text make ~6 MB of XML, and level 6 takes two to
   * three times as long for a file ~20% smaller).
   */
  level?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** CRC-32 implementation passed to the zip layer (e.g. Node's zlib.crc32); default the zip layer's own. */
  crc32?: Crc32Function;
  /** Raw deflate passed to the zip layer (e.g. Node's zlib.deflateRawSync); default fflate's. */
  deflate?: DeflateFunction;
}
