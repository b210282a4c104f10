import { ruleFor } from '../../core/rules';
import type { FileReport, Issue, Severity } from '../../core/types';
import type { ReportCell, ReportDocument } from '../../host/port';
import type { Lang, UiStrings } from '../i18n';

/**
 * The report sheet a reviewer prints and files, composed from a check's result: a header block
 * (file, sheet, reporting month, date and time, scale, verdict, counts), then one row per issue
 * sorted by initiative (sheet order, whole-sheet issues first) and severity, with the rule's
 * name in the user's language, a link to the cell, and the code last.
 */

export interface ReportContext {
  report: FileReport;
  sheetName: string;
  workbook?: string;
  month: number;
  checkedAt: Date;
  lang: Lang;
  strings: UiStrings;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Column widths in points: No., 取組名, 重要度, セル, 点検項目, 内容, コード. */
export const REPORT_WIDTHS = [36, 180, 48, 52, 170, 380, 120];

/** Issues in reading order: whole-sheet ones first, then by row, by severity, by column. */
export function sortedIssues(issues: readonly Issue[]): Issue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => {
      const ra = a.issue.row ?? 0;
      const rb = b.issue.row ?? 0;
      if (ra !== rb) return ra - rb;
      const s = SEVERITY_ORDER[a.issue.severity] - SEVERITY_ORDER[b.issue.severity];
      return s !== 0 ? s : a.i - b.i;
    })
    .map((x) => x.issue);
}

/** The message without the `M9: ` the engine puts in front (the cell has its own column). */
export function messageText(issue: Issue): string {
  return issue.cell && issue.message.startsWith(`${issue.cell}: `) ? issue.message.slice(issue.cell.length + 2) : issue.message;
}

export function reportDocument(ctx: ReportContext): ReportDocument {
  const { report, strings: t, lang } = ctx;
  const f = t.reportFacts;
  const verdict = report.valid ? t.ready : t.needsFix(report.summary.error);
  const facts: [string, ReportCell][] = [];
  if (ctx.workbook) facts.push([f.file, ctx.workbook]);
  facts.push([f.sheet, ctx.sheetName]);
  facts.push([f.month, t.monthOption(ctx.month)]);
  facts.push([f.checkedAt, t.dateTime(ctx.checkedAt)]);
  if (report.scale) facts.push([f.scale, report.scale.symbols.join(' ')]);
  facts.push([f.verdict, verdict]);
  facts.push([f.counts, t.reportCounts(report.summary.error, report.summary.warning, report.summary.info)]);
  const rows = sortedIssues(report.issues).map((issue): ReportCell[] => [
    issue.no ?? null,
    issue.initiative ?? (issue.row === undefined ? t.sheetLevel : null),
    t.severity[issue.severity],
    { text: issue.cell ?? ctx.sheetName, link: { sheet: ctx.sheetName, cell: issue.cell } },
    ruleFor(issue.code).description[lang],
    messageText(issue),
    issue.code,
  ]);
  return { name: t.reportSheetName, title: t.reportTitle, facts, columns: [...t.reportColumns], widths: REPORT_WIDTHS, rows };
}
