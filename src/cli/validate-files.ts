import { Config } from '../core/config';
import { buildReport, fileReport, validateSheet } from '../core/validate';
import { FileReport, Issue, Lang, Report } from '../core/types';
import { both, strings } from './i18n';
import { asUnreadable, chooseBookSheet, openBookFile, UnreadableFileError } from './workbook-file';

export interface ValidateFilesOptions {
  month?: number;
  sheet?: string;
  lang: Lang;
  config: Config;
}

export interface FileOutcome {
  report: FileReport;
  /** The file could not be read (or the sheet asked for is not in it). */
  unreadable: boolean;
  /** The sheet validated, when the file could be read (consolidation uses it). */
  table?: import('../core/table').SheetTable;
  /** The workbook's sheet names, when it could be read. */
  sheets?: string[];
}

/** The report of a file that could not be read: one file-unreadable issue. */
export function unreadableReport(file: string, e: UnreadableFileError, lang: Lang): FileReport {
  const issue: Issue = {
    code: 'file-unreadable',
    severity: 'error',
    message: strings(lang).fileUnreadable(file, e.text[lang]),
  };
  return fileReport(file, undefined, undefined, 0, undefined, undefined, [issue]);
}

/** Opens one file, picks its sheet and validates it; never throws for a file's content. `file` is reported as given. */
export async function validateFile(file: string, options: ValidateFilesOptions): Promise<FileOutcome> {
  try {
    const book = await openBookFile(file);
    const chosen = chooseBookSheet(book, file, options.config, options.sheet);
    const report = validateSheet(chosen.table, { month: options.month, lang: options.lang, config: options.config, file, otherSheets: chosen.otherSheets });
    return { report, unreadable: false, table: chosen.table, sheets: book.sheets.map((x) => x.name) };
  } catch (e) {
    return { report: unreadableReport(file, unreadableOrUnexpected(file, e), options.lang), unreadable: true };
  }
}

/** Any failure on one file is reported on that file, so the other files' results are never lost. */
function unreadableOrUnexpected(file: string, e: unknown): UnreadableFileError {
  try {
    return asUnreadable(file, e);
  } catch {
    const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return new UnreadableFileError(
      file,
      both((s) => s.unexpected(detail)),
      'unexpected',
    );
  }
}

export interface FilesOutcome {
  report: Report;
  unreadable: number;
}

/** Validates the files one after another into one report, one workbook in memory at a time. */
export async function validateFiles(files: string[], options: ValidateFilesOptions): Promise<FilesOutcome> {
  const reports: FileReport[] = [];
  let unreadable = 0;
  for (const file of files) {
    const r = await validateFile(file, options);
    reports.push(r.report);
    if (r.unreadable) unreadable++;
  }
  return { report: buildReport(reports, options.month), unreadable };
}
