import type { Config } from '../../core/config';
import { detectHeader } from '../../core/header';
import { chooseSheet, findSheetByName } from '../../core/sheet-choice';
import type { SheetTable } from '../../core/table';
import type { FileReport, Lang } from '../../core/types';
import { fileReport, validateSheet } from '../../core/validate';
import { openXlsx, readSheet, type OpenOptions, type SheetRead, type XlsxBook, XlsxError } from './xlsx';

/**
 * One department's workbook, from its bytes to its validated sheet: the file layer's part shared
 * by the CLI (validate, consolidate) and the pane's 集約 tab. No Node APIs: the caller reads the
 * bytes (fs, or a File in the browser).
 */

/** Why a file could not be read (or the sheet asked for is not in it), in both languages. */
export class UnreadableFile extends Error {
  constructor(
    readonly text: { ja: string; en: string },
    readonly reason: string,
  ) {
    super(text.en);
    this.name = 'UnreadableFile';
  }
}

const NO_WORKSHEET = { ja: 'ブックにワークシートがありません', en: 'the workbook has no worksheet' };

function sheetNotFound(name: string, names: string[]): { ja: string; en: string } {
  return {
    ja: `シート「${name}」がありません（このブックのシート: ${names.map((n) => `「${n}」`).join('、')}）`,
    en: `no sheet named "${name}" (sheets in this workbook: ${names.map((n) => `"${n}"`).join(', ')})`,
  };
}

export interface ChosenSheet {
  index: number;
  table: SheetRead;
  /** Other sheets holding a header, named in the report. */
  otherSheets: string[];
}

/**
 * The sheet to validate or change: the one named (hidden or not), else the active sheet when its
 * header is found there, else the first sheet with a header that is not an example or a cover
 * (core/sheet-choice.ts). Throws UnreadableFile for a name that is not there, XlsxError for a
 * damaged sheet.
 */
export function chooseBookSheet(book: XlsxBook, config: Config, name?: string): ChosenSheet {
  const read = new Map<number, SheetRead>();
  const table = (i: number) => {
    let t = read.get(i);
    if (!t) {
      t = readSheet(book, i);
      read.set(i, t);
    }
    return t;
  };
  if (!book.sheets.some((s) => s.kind === 'worksheet')) throw new UnreadableFile(NO_WORKSHEET, 'no-worksheet');
  if (name !== undefined) {
    const names = book.sheets.map((s) => s.name);
    const i = findSheetByName(names, name);
    if (i === undefined) throw new UnreadableFile(sheetNotFound(name, names), 'sheet-not-found');
    return { index: i, table: table(i), otherSheets: [] };
  }
  const hasHeader = (i: number) => book.sheets[i].kind === 'worksheet' && detectHeader(table(i), config) !== undefined;
  const candidates = book.sheets.map((s) => ({ name: s.name, hidden: s.state !== 'visible' || s.kind !== 'worksheet' }));
  const choice = chooseSheet(candidates, book.activeSheet, hasHeader);
  return { index: choice.index, table: table(choice.index), otherSheets: choice.otherSheets };
}

export interface DepartmentFile {
  /** The sheet validated, when the file could be read. */
  table?: SheetTable;
  report: FileReport;
  /** The workbook's sheet names, when it could be read. */
  sheets?: string[];
  /** Why it could not be read. */
  unreadable?: { ja: string; en: string };
}

export interface DepartmentOptions {
  month?: number;
  sheet?: string;
  lang: Lang;
  config: Config;
  open?: OpenOptions;
}

/** The words of any failure on one file, so that one bad file never stops the others. */
export function unreadableText(e: unknown): { ja: string; en: string } {
  if (e instanceof UnreadableFile || e instanceof XlsxError) return e.text;
  const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return { ja: `予期しないエラーで読み込めませんでした（${detail}）`, en: `could not be read because of an unexpected error (${detail})` };
}

/** The report of a file that could not be read: one file-unreadable issue. */
export function unreadableReport(file: string, text: { ja: string; en: string }, lang: Lang): FileReport {
  const message = lang === 'ja' ? `ファイル「${file}」を読み込めません: ${text.ja}` : `Cannot read "${file}": ${text.en}`;
  return fileReport(file, undefined, undefined, 0, undefined, undefined, [{ code: 'file-unreadable', severity: 'error', message }]);
}

/** Opens, picks the sheet and validates one department's file; never throws for a file's content. */
export function readDepartmentFile(file: string, bytes: Uint8Array, options: DepartmentOptions): DepartmentFile {
  try {
    const book = openXlsx(bytes, options.open);
    const chosen = chooseBookSheet(book, options.config, options.sheet);
    const report = validateSheet(chosen.table, { month: options.month, lang: options.lang, config: options.config, file, otherSheets: chosen.otherSheets });
    return { table: chosen.table, report, sheets: book.sheets.map((s) => s.name) };
  } catch (e) {
    const text = unreadableText(e);
    return { report: unreadableReport(file, text, options.lang), unreadable: text };
  }
}
