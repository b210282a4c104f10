import { ColumnKey } from './columns';
import { Config, DEFAULT_CONFIG } from './config';
import { RowContext, SheetContext } from './context';
import { detectHeader, HeaderInfo } from './header';
import { inferReportingMonth } from './reporting-month';
import { Finding, Rule } from './rule';
import { RULES } from './rules';
import { headerNotFoundMessage } from './rules/header-not-found';
import { address, SheetTable } from './table';
import { FileReport, Issue, IssueCode, Lang, MonthSource, Report, SEVERITIES, Severity, SeverityCounts, SkippedRow } from './types';
import { isMonth } from './fiscal';
import { summarize } from './summary';

export interface ValidateOptions {
  /** Reporting month 1..12; inferred from the sheet when absent. */
  month?: number;
  lang?: Lang;
  config?: Config;
  /** Name shown as `file` in the report. */
  file?: string;
  /** Codes to leave out. */
  disable?: IssueCode[];
  /** Other sheets of the workbook that hold a header, named in the report. */
  otherSheets?: string[];
}

/** The month the sheet is judged at, and where it came from. */
export function reportingMonthFor(table: SheetTable, header: HeaderInfo | undefined, month?: number): { month: number; source: MonthSource } {
  if (month !== undefined && isMonth(month)) return { month, source: 'option' };
  const col = header?.columns.progress;
  if (header && col !== undefined) {
    const texts = function* () {
      for (let r = header.dataStart; r < table.rows.length; r++) {
        const v = table.rows[r]?.[col]?.value;
        if (typeof v === 'string') yield v;
      }
    };
    const inferred = inferReportingMonth(texts());
    if (inferred !== undefined) return { month: inferred, source: 'inferred' };
  }
  return { month: 3, source: 'default' };
}

/** Validates one sheet: every rule of DESIGN.md section 3. Never throws on cell content. */
export function validateSheet(table: SheetTable, options: ValidateOptions = {}): FileReport {
  const config = options.config ?? DEFAULT_CONFIG;
  const lang = options.lang ?? 'ja';
  const file = options.file ?? table.sheetName;
  const header = detectHeader(table, config);
  if (!header) {
    const { month, source } = reportingMonthFor(table, undefined, options.month);
    const msg = headerNotFoundMessage(table.sheetName, config.headerSearchRows);
    const issue: Issue = { code: 'header-not-found', severity: 'error', message: msg[lang] };
    const report = fileReport(file, table.sheetName, undefined, 0, month, source, [issue]);
    if (options.otherSheets?.length) report.otherSheets = options.otherSheets;
    return report;
  }
  // The context infers the month when none is given, parsing each progress cell once for both.
  const ctx = new SheetContext(table, header, config, options.month);
  const { month, monthSource: source } = ctx;
  const disabled = new Set(options.disable ?? []);
  const rules = RULES.filter((r) => !disabled.has(r.code));
  const issues: Issue[] = [];
  for (const rule of rules) if (rule.sheet) for (const f of rule.sheet(ctx)) issues.push(toIssue(rule, f, ctx, lang));
  const byRow = rowIssues(ctx, rules.filter((r) => r.row) as RowRule[], lang);
  // Sheet-level findings about a row (number-duplicate) are merged into row order.
  const all = mergeByRow(issues.sort(issueOrder), byRow);
  const report = fileReport(file, table.sheetName, header.row + 1, ctx.rowIndexes.length, month, source, all);
  return withSheetFacts(report, ctx, options);
}

type RowRule = Rule & Required<Pick<Rule, 'row'>>;

/**
 * Every row rule on every initiative, issues in row order (by severity within a row). A function
 * of its own, with plain loops: the loop that runs hottest, also in a fresh process (the CLI),
 * is compiled without the rest of validateSheet.
 */
function rowIssues(ctx: SheetContext, rowRules: RowRule[], lang: Lang): Issue[] {
  const byRow: Issue[] = [];
  const found: Finding[] = [];
  const rows = ctx.rowIndexes.length;
  for (let r = 0; r < rows; r++) {
    const row = ctx.initiativeAt(r);
    const start = byRow.length;
    for (let k = 0; k < rowRules.length; k++) {
      const rule = rowRules[k];
      rule.row(row, ctx, found);
      if (found.length === 0) continue;
      for (let i = 0; i < found.length; i++) byRow.push(toIssue(rule, found[i], ctx, lang, row));
      found.length = 0;
    }
    if (byRow.length - start > 1) sortTail(byRow, start);
  }
  return byRow;
}

/** The JSON additions of DESIGN.md section 6: scale, other sheets, rows that are not initiatives. */
function withSheetFacts(report: FileReport, ctx: SheetContext, options: ValidateOptions): FileReport {
  const { scale } = ctx;
  const symbols = [...scale.symbols.ahead, ...scale.symbols.onTrack, ...scale.symbols.behind, ...scale.symbols.notAssessable];
  const out: FileReport = { ...report, scale: { name: scale.name, symbols, source: scale.source } };
  if (options.otherSheets?.length) out.otherSheets = options.otherSheets;
  out.skippedRows = ctx.rowModel.skipped.map((r) => ({
    row: r.index + 1,
    kind: r.kind as SkippedRow['kind'],
    ...(r.text !== undefined ? { text: r.text } : {}),
    ...(r.hidden ? { hidden: true as const } : {}),
  }));
  // valid, summary, stats and issues stay last, as before.
  const { valid, summary, stats, issues, ...head } = out;
  return { ...head, valid, summary, stats, issues };
}

/** Validates several sheets (or files) into one report. */
export function buildReport(files: FileReport[], month: number | undefined): Report {
  const source: MonthSource = month !== undefined ? 'option' : (files.find((f) => f.reportingMonthSource)?.reportingMonthSource ?? 'default');
  const reporting = month ?? mostCommon(files.map((f) => f.reportingMonth).filter((m): m is number => m !== undefined)) ?? 3;
  const counts = summarize(files.flatMap((f) => f.issues));
  return {
    schemaVersion: 1,
    reportingMonth: reporting,
    reportingMonthSource: source,
    valid: counts.summary.error === 0,
    files,
    summary: { files: files.length, ...counts.summary },
    stats: counts.stats,
  };
}

export function validate(table: SheetTable, options: ValidateOptions = {}): Report {
  return buildReport([validateSheet(table, options)], options.month);
}

function mostCommon(ms: number[]): number | undefined {
  const c = new Map<number, number>();
  for (const m of ms) c.set(m, (c.get(m) ?? 0) + 1);
  let best: number | undefined;
  for (const [m, n] of c) if (best === undefined || n > c.get(best)!) best = m;
  return best;
}

export function fileReport(
  file: string,
  sheet: string | undefined,
  headerRow: number | undefined,
  dataRows: number,
  month: number | undefined,
  source: MonthSource | undefined,
  issues: Issue[],
): FileReport {
  const counts = summarize(issues);
  return {
    file,
    sheet,
    headerRow,
    dataRows,
    reportingMonth: month,
    reportingMonthSource: source,
    valid: counts.summary.error === 0,
    summary: counts.summary,
    stats: counts.stats,
    issues,
  };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function issueOrder(a: Issue, b: Issue): number {
  return (a.row ?? 0) - (b.row ?? 0) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
}

/** Sorts one row's issues (the tail of the list from `start`) by severity, keeping rule order within one. */
function sortTail(list: Issue[], start: number): void {
  const tail = list.splice(start).sort(issueOrder);
  for (const i of tail) list.push(i);
}

/** Merges two lists sorted by issueOrder; on a tie the first list's issue comes first. */
function mergeByRow(a: Issue[], b: Issue[]): Issue[] {
  if (a.length === 0) return b;
  const out: Issue[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(issueOrder(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** Said after the cell of an issue on a hidden row. */
const HIDDEN_MARK: Record<Lang, string> = { ja: '（非表示の行）', en: ' (hidden row)' };

function toIssue(rule: Rule, f: Finding, ctx: SheetContext, lang: Lang, rowCtx?: RowContext): Issue {
  const col = f.col ?? (f.column ? ctx.header.columns[f.column as ColumnKey] : undefined);
  const row = rowCtx ?? (f.row !== undefined && f.row >= ctx.header.dataStart ? ctx.row(f.row) : undefined);
  const cell = f.row !== undefined && col !== undefined ? address(f.row, col) : undefined;
  // Built in the JSON key order: code, severity, cell, row, column, no, initiative, months, message.
  const issue: Issue = { code: rule.code, severity: f.severity ?? rule.severity } as Issue;
  if (cell) issue.cell = cell;
  if (f.row !== undefined) issue.row = f.row + 1;
  if (f.columnName !== undefined) issue.column = f.columnName;
  else if (f.column) issue.column = ctx.columnName(f.column);
  if (row) {
    const no = row.no;
    if (no !== undefined) issue.no = no;
    const initiative = row.initiative;
    if (initiative) issue.initiative = initiative;
  }
  if (f.months) issue.months = f.months;
  if (row?.hidden) issue.hidden = true;
  if (f.figures) {
    issue.target = f.figures.target;
    if (f.figures.due !== undefined) issue.due = f.figures.due;
    issue.reported = f.figures.reported;
    issue.counter = f.figures.counter;
  }
  const where = cell && row?.hidden ? `${cell}${HIDDEN_MARK[lang]}` : cell;
  const message = f.message(lang);
  issue.message = where ? `${where}: ${message}` : message;
  return issue;
}

export { SEVERITIES };
export type { SeverityCounts };
