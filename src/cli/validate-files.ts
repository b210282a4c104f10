import { Config } from '../core/config';
import { buildReport } from '../core/validate';
import { FileReport, Lang, Report } from '../core/types';
import { DepartmentFile, readDepartmentFile, unreadableReport } from '../host/file/department-file';
import { FileAccessError, readInput } from './files';
import { StringsThread } from './strings-thread';
import { isBigFile } from './strings-worker-spawn';
import { OPEN_OPTIONS } from './workbook-file';

export interface ValidateFilesOptions {
  month?: number;
  sheet?: string;
  lang: Lang;
  config: Config;
}

/** Reads the shared strings of big workbooks in a worker thread while the sheet is read (strings-thread.ts). */
const strings = new StringsThread();

/** Reads one file and validates its sheet; never throws for a file's content. `file` is reported as given. */
export async function validateFile(file: string, options: ValidateFilesOptions): Promise<DepartmentFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readInput(file);
  } catch (e) {
    if (!(e instanceof FileAccessError)) throw e;
    return { report: unreadableReport(file, e.text, options.lang), unreadable: e.text };
  }
  return readDepartmentFile(file, bytes, { ...options, open: { ...OPEN_OPTIONS, sharedStrings: strings.elsewhere } });
}

export interface FilesOutcome {
  report: Report;
  unreadable: number;
}

/** Validates the files one after another into one report, one workbook in memory at a time. */
export async function validateFiles(files: string[], options: ValidateFilesOptions): Promise<FilesOutcome> {
  // The worker takes tens of milliseconds to start: started now, it is ready by the time a big file's sheet is read.
  if (files.some(isBigFile)) strings.start();
  const reports: FileReport[] = [];
  let unreadable = 0;
  try {
    for (const file of files) {
      const r = await validateFile(file, options);
      reports.push(r.report);
      if (r.unreadable) unreadable++;
    }
  } finally {
    strings.stop();
  }
  return { report: buildReport(reports, options.month), unreadable };
}
