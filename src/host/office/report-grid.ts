import type { ReportCell, ReportDocument } from '../port';
import { quoteSheetName } from './a1';
import { textEntry } from './text-edits';

/**
 * The report sheet laid out as a grid: the title in row 1, the facts (label, value) below it, an
 * empty row, the table's header row, then its rows. Every text is written as text in each way
 * Excel honours: the cell's number format is Text (`@`) before the value arrives, the value goes
 * through `Range.values` (never `formulas`), and a text Excel would read as a formula, number,
 * date or boolean gets the leading apostrophe Excel keeps as the quote prefix. Links are
 * `Range.hyperlink` (ExcelApi 1.7, no formula at all); on older hosts the only formulas are the
 * HYPERLINK formulas the grid builds itself, with their strings escaped.
 */

/** Text stored as typed, never read as a number, date or formula. */
export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';

export interface GridLink {
  row: number;
  col: number;
  /** `'Sheet 1'!M9`, as `Range.hyperlink.documentReference` takes it. */
  reference: string;
  text: string;
}

export interface ReportGrid {
  /** Entries for `Range.values`, a rectangle of `width` columns. */
  values: (string | number)[][];
  /** Number formats of the same shape: `@` for text and links, General for numbers. */
  formats: string[][];
  links: GridLink[];
  width: number;
  /** 0-based row of the table's header (repeated on each printed page). */
  headerRow: number;
  /** 0-based rows of the fact labels. */
  factRows: [number, number];
}

function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** `=HYPERLINK("#'Sheet1'!M9","M9")`, for hosts without `Range.hyperlink`. */
export function hyperlinkFormula(reference: string, text: string): string {
  return `=HYPERLINK(${formulaString(`#${reference}`)},${formulaString(text)})`;
}

export function linkReference(sheet: string, cell?: string): string {
  return `${quoteSheetName(sheet)}!${cell ?? 'A1'}`;
}

export function reportGrid(doc: ReportDocument): ReportGrid {
  const width = Math.max(2, doc.columns.length);
  const values: (string | number)[][] = [];
  const formats: string[][] = [];
  const links: GridLink[] = [];
  const put = (cells: ReportCell[]): void => {
    const row = values.length;
    const v: (string | number)[] = [];
    const f: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = cells[c] ?? null;
      if (cell === null || cell === '') {
        v.push('');
        f.push(TEXT_FORMAT);
      } else if (typeof cell === 'number') {
        v.push(Number.isFinite(cell) ? cell : String(cell));
        f.push(Number.isFinite(cell) ? GENERAL_FORMAT : TEXT_FORMAT);
      } else if (typeof cell === 'string') {
        v.push(textEntry(cell));
        f.push(TEXT_FORMAT);
      } else {
        v.push(textEntry(cell.text));
        f.push(TEXT_FORMAT);
        links.push({ row, col: c, reference: linkReference(cell.link.sheet, cell.link.cell), text: cell.text });
      }
    }
    values.push(v);
    formats.push(f);
  };
  put([doc.title]);
  const factStart = values.length;
  for (const [label, value] of doc.facts) put([label, value]);
  const factEnd = values.length;
  put([]);
  const headerRow = values.length;
  put(doc.columns);
  for (const row of doc.rows) put(row);
  return { values, formats, links, width, headerRow, factRows: [factStart, factEnd] };
}
