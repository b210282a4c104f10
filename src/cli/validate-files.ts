import { Config } from '../core/config';
import { buildReport, fileReport, validateSheet } from '../core/validate';
import { FileReport, Issue, Lang, Report } from '../core/types';
import { openWorkbook, UnreadableFileError } from '../host/file/open-workbook';
import { both, strings } from './i18n';
import { pickSheet } from './pick-sheet';

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
}

/** The report of a file that could not be read: one file-unreadable issue. */
export function unreadableReport(file: string, e: UnreadableFileError, lang: Lang): FileReport {
  const issue: Issue = {
    code: 'file-unreadable',
    severity: 'error',
    message: strings(lang).fileUnreadable(file, e[lang]),
  };
  return fileReport(file, undefined, undefined, 0, undefined, undefined, [issue]);
}

function asUnreadable(file: string, e: unknown): UnreadableFileError {
  if (e instanceof UnreadableFileError) return e;
  const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
  const t = both((s) => s.unexpected(detail));
  return new UnreadableFileError(file, 'corrupt', t.ja, t.en);
}

/** Opens one file, picks its sheet and validates it; never throws. `file` is reported as given. */
export async function validateFile(file: string, options: ValidateFilesOptions): Promise<FileOutcome> {
  try {
    const wb = await openWorkbook(file);
    const table = pickSheet(wb, file, options.config, options.sheet);
    const report = validateSheet(table, { month: options.month, lang: options.lang, config: options.config, file });
    return { report, unreadable: false };
  } catch (e) {
    return { report: unreadableReport(file, asUnreadable(file, e), options.lang), unreadable: true };
  }
}

export interface FilesOutcome {
  report: Report;
  unreadable: number;
}

/**
 * Validates the files one after another into one report, one workbook in memory at a time.
 * (Reading the next file while validating the current one was measured: no gain.)
 */
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
