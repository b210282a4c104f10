import type { ReportSheetRow } from '../port';
import { quoteSheetName } from './a1';

/**
 * The 検証結果 sheet's contents as one 2-D array of entries plus the number formats that keep
 * text as text: header, then per issue the code, severity, a HYPERLINK formula to the cell, No.,
 * 取組名 and the message.
 */

export const REPORT_HEADERS: Record<'ja' | 'en', string[]> = {
  ja: ['コード', '重要度', 'セル', 'No.', '取組名', '内容'],
  en: ['Code', 'Severity', 'Cell', 'No.', 'Initiative', 'Message'],
};

/** Column widths in points, A to F. */
export const REPORT_COLUMN_WIDTHS = [150, 60, 70, 40, 220, 520];

const SEVERITY_JA: Record<string, string> = { error: 'エラー', warning: '警告', info: '情報' };

/** Text stored as typed, never read as a number, date or formula. */
export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';

function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** `=HYPERLINK("#'Sheet1'!M9","M9")`; without a cell it links to A1 and shows the sheet name. */
export function hyperlinkFormula(sheet: string, cell?: string): string {
  const target = `#${quoteSheetName(sheet)}!${cell ?? 'A1'}`;
  return `=HYPERLINK(${formulaString(target)},${formulaString(cell ?? sheet)})`;
}

export interface ReportGrid {
  /** Entries to write through `Range.formulas` (text, numbers and the link formulas). */
  entries: (string | number)[][];
  /** Number formats of the same shape: `@` for text, General for numbers and links. */
  formats: string[][];
}

export function reportGrid(rows: ReportSheetRow[], lang: 'ja' | 'en'): ReportGrid {
  const entries: (string | number)[][] = [REPORT_HEADERS[lang].slice()];
  const formats: string[][] = [REPORT_HEADERS[lang].map(() => TEXT_FORMAT)];
  for (const row of rows) {
    const severity = lang === 'ja' ? (SEVERITY_JA[row.severity] ?? row.severity) : row.severity;
    const no = row.no ?? '';
    entries.push([row.code, severity, hyperlinkFormula(row.sheet, row.cell), no, row.initiative ?? '', row.message]);
    formats.push([TEXT_FORMAT, TEXT_FORMAT, GENERAL_FORMAT, typeof no === 'number' ? GENERAL_FORMAT : TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT]);
  }
  return { entries, formats };
}
