import type { Config } from '../../core/config';
import { consolidate } from '../../core/consolidate';
import { WORDS } from '../../core/consolidate/i18n';
import type { SheetTable } from '../../core/table';
import type { FileReport, Lang } from '../../core/types';
import { readDepartmentFile, unreadableReport } from '../../host/file/department-file';

/**
 * The file layer as the 集約 tab uses it, in a chunk of its own (loaded the first time files are
 * read, see load-file-layer.ts): the CLI's reader of department workbooks (no object model per
 * file) and the consolidation core.
 */

export interface ReadFile {
  table?: SheetTable;
  report: FileReport;
  /** Why the file cannot be used: unreadable, or a consolidated workbook (`skipped`). */
  reason?: { ja: string; en: string };
  skipped?: boolean;
}

const CONSOLIDATED = {
  ja: 'このブックは集約した結果（「全庁集約」「集計」のシートがある）のため、集約に含めませんでした',
  en: 'this workbook is a consolidation (it has the consolidated sheets), so it was left out',
};

/** A workbook a consolidation wrote: it holds the 全庁集約 and 集計 sheets (in either language). */
function isConsolidated(sheets: string[] | undefined): boolean {
  return !!sheets && Object.values(WORDS).some((w) => sheets.includes(w.sheets.all) && sheets.includes(w.sheets.summary));
}

/** Reads one department's file; never throws for its content. */
export function readFile(name: string, bytes: Uint8Array, options: { month?: number; lang: Lang; config: Config }): ReadFile {
  const r = readDepartmentFile(name, bytes, options);
  if (r.unreadable) return { report: r.report, reason: r.unreadable };
  if (isConsolidated(r.sheets)) return { report: r.report, reason: CONSOLIDATED, skipped: true };
  return { table: r.table, report: r.report };
}

export { consolidate };

/** A file whose bytes could not be had (moved away or deleted since it was chosen, a sample the server lacks). */
export function unobtainable(name: string, detail: string, lang: Lang): ReadFile {
  const reason = {
    ja: `ファイルの内容を取得できませんでした。移動または削除されていないか確認し、選び直してください（${detail}）`,
    en: `the file's contents could not be had: check that it was not moved or deleted, and choose it again (${detail})`,
  };
  return { report: unreadableReport(name, reason, lang), reason };
}
