import { Config, DEFAULT_CONFIG, allowedSymbols } from '../config';
import { detectHeader, headerMatcher } from '../header';
import { classifyRows } from '../rows';
import { duplicateInitiatives, InitiativeAt } from '../rules/initiative-duplicate';
import ruleDuplicate from '../rules/initiative-duplicate';
import { symbolKey } from '../scale';
import { address, cellText, isBlank } from '../table';
import { FileReport, Issue, Lang } from '../types';
import { outCell } from './cells';
import { consolidatedColumns, OutColumn, SheetLayout } from './columns';
import { Words, WORDS } from './i18n';
import { ConsolidationInput, OutCell, OutTable } from './types';

export type { ConsolidationInput, OutCell, OutTable } from './types';
export { outText } from './cells';

export type Verdict = 'ready' | 'needs-fix' | 'unreadable';

/** One line of 集計. */
export interface FileSummary {
  file: string;
  sheet?: string;
  /** From 所管部 (the most common one), else the file's name. */
  department: string;
  month?: number;
  initiatives: number;
  /** Initiatives per 進捗度 symbol (normalised: 〇 is ○). */
  symbols: Map<string, number>;
  /** 進捗度 values outside every file's scale. */
  otherSymbols: number;
  blank: number;
  error: number;
  warning: number;
  info: number;
  verdict: Verdict;
  /** Initiatives with month-missing. */
  missing: number;
}

export interface Consolidation {
  columns: OutColumn[];
  /** 全庁集約: every initiative of every file. */
  all: OutTable;
  /** 集計: one row per file and a total. */
  summary: OutTable;
  /** 点検結果: every file's issues, by file, then severity. */
  issues: OutTable;
  files: FileSummary[];
  /** Each file's report with the consolidation's own findings (initiative-duplicate) added. */
  reports: FileReport[];
  /** The 進捗度 symbols that have a column in 集計, in order. */
  symbols: string[];
}

const WIDE = 40;

function mostCommon(values: string[]): string | undefined {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, c] of n) if (best === undefined || c > n.get(best)!) best = v;
  return best;
}

function layoutOf(input: ConsolidationInput, config: Config): SheetLayout | undefined {
  if (!input.table) return undefined;
  const header = detectHeader(input.table, config);
  if (!header) return undefined;
  const model = classifyRows(input.table, header, headerMatcher(config.columns));
  return { table: input.table, header, initiatives: model.initiatives };
}

/** Consolidates the files (in the order given): never merges rows, never loses a value. */
export function consolidate(inputs: readonly ConsolidationInput[], config: Config = DEFAULT_CONFIG, options: { lang?: Lang } = {}): Consolidation {
  const lang = options.lang ?? 'ja';
  const w: Words = WORDS[lang];
  const layouts = inputs.map((i) => layoutOf(i, config));
  const hiddenSets = inputs.map((i) => new Set(i.table?.hiddenRows ?? []));
  const { columns, maps } = consolidatedColumns(layouts, config, w);

  // 全庁集約
  const allRows: OutCell[][] = [];
  const initiatives: InitiativeAt[] = [];
  const departments: string[] = [];
  inputs.forEach((input, f) => {
    const layout = layouts[f];
    const map = maps[f];
    const deptCol = layout?.header.columns.department;
    const dept =
      layout && deptCol !== undefined ? mostCommon(layout.initiatives.map((r) => cellText(layout.table.rows[r]?.[deptCol]).trim()).filter(Boolean)) : undefined;
    departments.push(dept ?? input.file);
    if (!layout || !map) return;
    const { table, header } = layout;
    for (const r of layout.initiatives) {
      const row = table.rows[r] ?? [];
      const cells: OutCell[] = columns.map((c) => {
        const col = map.get(c);
        return col === undefined ? null : outCell(row[col]);
      });
      cells.push(hiddenSets[f].has(r) ? w.hiddenMark : null, input.file, input.report.sheet ?? table.sheetName, r + 1);
      allRows.push(cells);
      const noCol = header.columns.no;
      const nameCol = header.columns.initiative;
      const noCell = noCol !== undefined ? row[noCol] : undefined;
      initiatives.push({
        file: f,
        fileName: input.file,
        department: departments[f],
        row: r,
        no: noCell && !isBlank(noCell) ? (typeof noCell.value === 'number' ? noCell.value : cellText(noCell).trim()) : undefined,
        name: nameCol !== undefined ? cellText(row[nameCol]).trim() : '',
      });
    }
  });

  // The consolidation's own findings, added to each file's report.
  const extra = new Map<number, Issue[]>();
  for (const d of duplicateInitiatives(initiatives)) {
    const nameCol = layouts[d.at.file]!.header.columns.initiative!;
    const list = extra.get(d.at.file) ?? [];
    list.push({
      code: ruleDuplicate.code,
      severity: ruleDuplicate.severity,
      cell: address(d.at.row, nameCol),
      row: d.at.row + 1,
      column: config.columns.find((c) => c.key === 'initiative')!.name,
      ...(d.at.no !== undefined ? { no: d.at.no } : {}),
      initiative: d.at.name,
      message: `${address(d.at.row, nameCol)}: ${d.message[lang]}`,
    });
    extra.set(d.at.file, list);
  }
  const reports = inputs.map((input, f) => withIssues(input.report, extra.get(f) ?? []));

  // 集計
  const symbolOrder: string[] = [];
  for (const r of reports) for (const s of r.scale?.symbols ?? []) if (!symbolOrder.includes(symbolKey(s))) symbolOrder.push(symbolKey(s));
  const files: FileSummary[] = inputs.map((input, f) => summaryOf(input, reports[f], layouts[f], departments[f], symbolOrder));
  const symbols = symbolOrder.length ? symbolOrder : allowedSymbols(config.symbols);

  return {
    columns,
    all: {
      name: w.sheets.all,
      header: [...columns.map((c) => c.name), w.hidden, w.sourceFile, w.sourceSheet, w.sourceRow],
      rows: allRows,
      widths: [...columns.map((c) => widthOf(c)), 8, 24, 16, 8],
      wrap: [...columns.map((c) => widthOf(c) >= WIDE), false, false, false, false],
    },
    summary: summaryTable(files, symbols, w),
    issues: issuesTable(inputs, reports, w, lang),
    files,
    reports,
    symbols,
  };
}

function widthOf(c: OutColumn): number {
  switch (c.key) {
    case 'no':
      return 6;
    case 'symbol':
      return 8;
    case 'target':
    case 'plan':
    case 'progress':
    case 'overview':
      return WIDE + 10;
    case 'initiative':
    case 'project':
    case 'subProject':
      return 24;
    default:
      return c.key ? 14 : 18;
  }
}

function withIssues(report: FileReport, extra: Issue[]): FileReport {
  if (extra.length === 0) return report;
  const issues = [...report.issues, ...extra].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const summary = { ...report.summary };
  const byCode = { ...report.stats.byCode };
  for (const i of extra) {
    summary[i.severity]++;
    byCode[i.code] = (byCode[i.code] ?? 0) + 1;
  }
  return { ...report, issues, summary, stats: { issues: issues.length, byCode }, valid: summary.error === 0 };
}

function summaryOf(input: ConsolidationInput, report: FileReport, layout: SheetLayout | undefined, department: string, symbolOrder: string[]): FileSummary {
  const unreadable = !input.table;
  const symbols = new Map<string, number>(symbolOrder.map((s) => [s, 0]));
  let otherSymbols = 0;
  let blank = 0;
  const symCol = layout?.header.columns.symbol;
  for (const r of layout?.initiatives ?? []) {
    const t = symCol === undefined ? '' : cellText(layout!.table.rows[r]?.[symCol]);
    const k = symbolKey(t);
    if (k === '') blank++;
    else if (symbols.has(k)) symbols.set(k, symbols.get(k)! + 1);
    else otherSymbols++;
  }
  const missing = new Set(report.issues.filter((i) => i.code === 'month-missing').map((i) => i.row)).size;
  return {
    file: input.file,
    sheet: report.sheet,
    department,
    month: report.reportingMonth,
    initiatives: layout?.initiatives.length ?? 0,
    symbols,
    otherSymbols,
    blank,
    error: report.summary.error,
    warning: report.summary.warning,
    info: report.summary.info,
    verdict: unreadable ? 'unreadable' : report.summary.error > 0 ? 'needs-fix' : 'ready',
    missing,
  };
}

function summaryTable(files: FileSummary[], symbols: string[], w: Words): OutTable {
  const s = w.summary;
  const anyOther = files.some((f) => f.otherSymbols > 0);
  const header = [
    s.file,
    s.sheet,
    s.department,
    s.month,
    s.initiatives,
    ...symbols,
    ...(anyOther ? [s.otherSymbol] : []),
    s.blank,
    s.error,
    s.warning,
    s.info,
    s.verdict,
    s.missing,
  ];
  const rows: OutCell[][] = files.map((f) => [
    f.file,
    f.sheet ?? null,
    f.department,
    f.month ?? null,
    f.initiatives,
    ...symbols.map((x) => f.symbols.get(x) ?? 0),
    ...(anyOther ? [f.otherSymbols] : []),
    f.blank,
    f.error,
    f.warning,
    f.info,
    w.verdict[f.verdict],
    f.missing,
  ]);
  const sum = (get: (f: FileSummary) => number) => files.reduce((n, f) => n + get(f), 0);
  const verdicts = (['ready', 'needs-fix', 'unreadable'] as const)
    .map((v) => [v, files.filter((f) => f.verdict === v).length] as const)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${w.verdict[v]} ${n}`)
    .join(' / ');
  rows.push([
    s.total,
    null,
    null,
    null,
    sum((f) => f.initiatives),
    ...symbols.map((x) => sum((f) => f.symbols.get(x) ?? 0)),
    ...(anyOther ? [sum((f) => f.otherSymbols)] : []),
    sum((f) => f.blank),
    sum((f) => f.error),
    sum((f) => f.warning),
    sum((f) => f.info),
    verdicts,
    sum((f) => f.missing),
  ]);
  const widths = header.map((h, i) => (i === 0 ? 28 : i === 2 ? 16 : h === s.verdict ? 14 : 8));
  return { name: w.sheets.summary, header, rows, widths, wrap: header.map(() => false) };
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

function issuesTable(inputs: readonly ConsolidationInput[], reports: FileReport[], w: Words, lang: Lang): OutTable {
  const x = w.issues;
  const order = inputs.map((_, f) => f).sort((a, b) => inputs[a].file.localeCompare(inputs[b].file, lang === 'ja' ? 'ja' : 'en'));
  const rows: OutCell[][] = [];
  for (const f of order) {
    const report = reports[f];
    const issues = [...report.issues].sort((a, b) => RANK[a.severity] - RANK[b.severity] || (a.row ?? 0) - (b.row ?? 0));
    for (const i of issues) {
      rows.push([inputs[f].file, report.sheet ?? null, w.severity[i.severity], i.cell ?? null, i.no ?? null, i.initiative ?? null, i.message, i.code]);
    }
  }
  return {
    name: w.sheets.issues,
    header: [x.file, x.sheet, x.severity, x.cell, x.no, x.initiative, x.message, x.code],
    rows,
    widths: [24, 14, 8, 8, 6, 24, 60, 18],
    wrap: [false, false, false, false, false, true, true, false],
  };
}
export { toCsv } from './csv';
