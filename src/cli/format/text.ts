import { FileReport, Issue, Lang, Report, Severity } from '../../core/types';
import { CliStrings, strings } from '../i18n';
import { style, Style } from './style';

export interface TextOptions {
  lang: Lang;
  color: boolean;
}

interface Group {
  heading: string;
  /** 1-based worksheet row; 0 for the sheet-level group. */
  row: number;
  issues: Issue[];
  /** The section title the initiative sits under (from the report's skippedRows). */
  section?: string;
}

/** The section title above a 1-based row, from the report's section rows. */
function sectionAbove(file: FileReport, row: number): string | undefined {
  let title: string | undefined;
  for (const r of file.skippedRows ?? []) {
    if (r.row > row) break;
    if (r.kind === 'section') title = r.text;
  }
  return title;
}

/**
 * Issues about an initiative row carry its No. or 取組名, or sit below the header; the rest
 * (columns, header, the file itself) are sheet-level and come first.
 */
function groupIssues(file: FileReport, s: CliStrings): Group[] {
  const headerEnd = (file.headerRow ?? 0) + 1;
  const sheet: Group = { heading: s.sheetLevel, row: 0, issues: [] };
  const byRow = new Map<number, Group>();
  for (const issue of file.issues) {
    const aboutRow = issue.row !== undefined && (issue.no !== undefined || !!issue.initiative || issue.row > headerEnd);
    if (!aboutRow) {
      sheet.issues.push(issue);
      continue;
    }
    let g = byRow.get(issue.row!);
    if (!g) {
      g = { heading: s.rowHeading(issue.no, issue.row, issue.initiative), row: issue.row!, issues: [], section: sectionAbove(file, issue.row!) };
      byRow.set(issue.row!, g);
    }
    g.issues.push(issue);
  }
  const rows = [...byRow.values()].sort((a, b) => a.row - b.row);
  return sheet.issues.length > 0 ? [sheet, ...rows] : rows;
}

function paintSeverity(sev: Severity, label: string, st: Style): string {
  if (sev === 'error') return st.bold(st.red(label));
  if (sev === 'warning') return st.yellow(label);
  return st.cyan(label);
}

/**
 * The core prefixes cell messages with `M9: ` (`M9（非表示の行）: ` on a hidden row); the line shows
 * the address on its own, so the prefix is dropped.
 */
function messageWithoutCell(issue: Issue): string {
  if (!issue.cell || !issue.message.startsWith(issue.cell)) return issue.message;
  const colon = issue.message.indexOf(': ', issue.cell.length);
  return colon >= 0 && colon <= issue.cell.length + 12 ? issue.message.slice(colon + 2) : issue.message;
}

function issueLine(issue: Issue, s: CliStrings, st: Style, indent = '    '): string {
  const parts = [paintSeverity(issue.severity, s.severity[issue.severity], st)];
  if (issue.cell) parts.push(st.bold(issue.cell) + (issue.hidden ? s.hiddenMark : ''));
  parts.push(messageWithoutCell(issue));
  parts.push(st.dim(`(${issue.code})`));
  return indent + parts.join('  ');
}

function verdict(errors: number, s: CliStrings, st: Style, extra = ''): string {
  return errors === 0 ? st.bold(st.green(s.pass)) : st.bold(st.red(s.fail(errors) + extra));
}

function isUnreadable(file: FileReport): boolean {
  return file.issues.some((i) => i.code === 'file-unreadable');
}

function fileSection(file: FileReport, s: CliStrings, st: Style): string[] {
  const lines: string[] = [];
  if (isUnreadable(file)) {
    // Nothing was read: no sheet, no groups, just why.
    lines.push(st.bold(s.unreadableHeading(file.file)));
    for (const issue of file.issues) lines.push(issueLine(issue, s, st, '  '));
  } else {
    lines.push(st.bold(s.fileHeading(file.file, file.sheet, file.reportingMonth, file.reportingMonthSource)));
    if (file.scale) lines.push(`  ${st.dim(s.scaleLine(file.scale.symbols, file.scale.source))}`);
    const skipped = file.skippedRows ?? [];
    if (skipped.length > 0) {
      const kinds = { section: 0, template: 0, note: 0, header: 0 };
      for (const r of skipped) kinds[r.kind]++;
      lines.push(`  ${st.dim(s.skippedLine(kinds))}`);
    }
    if (file.otherSheets?.length) lines.push(`  ${s.otherSheetsLine(file.otherSheets)}`);
    const groups = groupIssues(file, s);
    if (groups.length === 0) lines.push(`  ${s.noIssues}`);
    let section: string | undefined;
    for (const g of groups) {
      if (g.section !== undefined && g.section !== section) {
        section = g.section;
        lines.push(`  ${st.bold(s.sectionHeading(section))}`);
      }
      lines.push(`  ${st.bold(g.heading)}`);
      for (const issue of g.issues) lines.push(issueLine(issue, s, st));
    }
  }
  lines.push(`  ${s.counts(file.summary)}`);
  lines.push(`  ${verdict(file.summary.error, s, st)}`);
  return lines;
}

/** The report for people: per file a heading, issues grouped by initiative, counts and a verdict. */
export function formatText(report: Report, options: TextOptions): string {
  const s = strings(options.lang);
  const st = style(options.color);
  const blocks = report.files.map((f) => fileSection(f, s, st).join('\n'));
  if (report.files.length > 1) {
    const unreadable = report.files.filter(isUnreadable).length;
    const extra = unreadable > 0 ? s.unreadableFiles(unreadable) : '';
    blocks.push([st.bold(s.total(report.summary.files, report.summary)), verdict(report.summary.error, s, st, extra)].join('\n'));
  }
  return blocks.join('\n\n') + '\n';
}
