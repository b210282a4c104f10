import { DEFAULT_COLUMNS } from '../../src/core/columns';
import { Config } from '../../src/core/config';
import { ruleFor } from '../../src/core/rules';
import { SheetCell, SheetTable } from '../../src/core/table';
import { FileReport, Issue, ISSUE_CODES, IssueCode, Lang, Severity } from '../../src/core/types';
import { validateSheet, ValidateOptions } from '../../src/core/validate';

/** The template's column names, in template order: the header of {@link sheet} by default. */
export const HEADER = DEFAULT_COLUMNS.map((c) => c.name);

export type RowInput = Partial<Record<string, string | number | boolean | null>>;

/** A sound row: every required cell filled, progress for April to October. */
export function soundRow(overrides: RowInput = {}): RowInput {
  return {
    'No.': 1,
    所管部: '福祉部',
    課: '地域福祉課',
    取組名: 'テスト取組',
    年度目標: '【4~9月の目標】(全体達成率:50%)\n説明会を実施\n【10~3月の目標】(全体達成率:100%)\n評価を行う',
    年度計画: '4月:準備\n10月:評価',
    進捗度: '→',
    進捗状況及び課題: ['4月:a', '5月:b', '6月:c', '7月:d', '8月:e', '9月:f', '10月:g'].join('\n'),
    ...overrides,
  };
}

/** A plain cell, or null for undefined/null. */
export function cell(v: string | number | boolean | null | undefined): SheetCell | null {
  return v === undefined || v === null ? null : { value: v };
}

/**
 * A sheet with a title row (`R7取組実施プロセスシート` unless `title` is given), a one-row header
 * (the template's columns or `header`) on worksheet row 2, and the rows from row 3.
 */
export function sheet(rows: RowInput[], header: string[] = HEADER, title = 'R7取組実施プロセスシート'): SheetTable {
  return {
    sheetName: 'Sheet1',
    rows: [[cell(title)], header.map((h) => cell(h)), ...rows.map((r) => header.map((h) => cell(r[h])))],
  };
}

/** Is this one of the codes of DESIGN.md section 3 (`ISSUE_CODES`)? */
export function isIssueCode(code: unknown): code is IssueCode {
  return typeof code === 'string' && (ISSUE_CODES as readonly string[]).includes(code);
}

/**
 * Every helper that takes a code checks it at run time too: a code that reached here through a
 * cast or from JSON and is not in `ISSUE_CODES` fails the test instead of matching nothing.
 */
export function knownCode(code: IssueCode): IssueCode {
  if (!isIssueCode(code)) throw new Error(`unknown issue code "${String(code)}" (not in ISSUE_CODES)`);
  return code;
}

export function issuesOf(rows: RowInput[], options: ValidateOptions = { month: 10 }, header?: string[]): Issue[] {
  return validateSheet(sheet(rows, header), { month: 10, ...options }).issues;
}

export function codesOf(rows: RowInput[], options?: ValidateOptions, header?: string[]): string[] {
  return issuesOf(rows, options, header).map((i) => i.code);
}

/** Issues of one code on a single row built from `soundRow(overrides)`. */
export function run(code: IssueCode, overrides: RowInput, month = 10, options: ValidateOptions = {}): Issue[] {
  knownCode(code);
  return issuesOf([soundRow(overrides)], { month, ...options }).filter((i) => i.code === code);
}

/** Issues of one code in a validated sheet. */
export function issuesWithCode(code: IssueCode, table: SheetTable, options: ValidateOptions = {}): Issue[] {
  knownCode(code);
  return validateSheet(table, { month: 10, ...options }).issues.filter((i) => i.code === code);
}

// ---------------------------------------------------------------------------------------------
// Case tables, one file a rule, the way ESLint's RuleTester takes valid and invalid code.

/** Where a case's sheet comes from: one row, several rows, or a whole table. */
export interface SheetCase {
  name: string;
  /** One initiative: `soundRow` with these cells changed. */
  row?: RowInput;
  /** Several initiatives: `soundRow` with these cells changed, numbered 1, 2, … unless `No.` is given. */
  rows?: RowInput[];
  /** The header of `row`/`rows` (default: the template's columns). */
  header?: string[];
  /** A whole sheet, for layouts the row builder cannot make. */
  table?: SheetTable;
  /** Reporting month (default 10). */
  month?: number;
  config?: Config;
  /** For `valid` cases: the sheet may hold no initiative (a sheet-level rule). */
  noData?: boolean;
}

/** One issue as the case expects it: the cell and the message in both languages, always. */
export interface ExpectedIssue {
  /** A1 address; omit for issues about no cell (column-missing, header-not-found). */
  cell?: string;
  /** Message of the `ja` report, whole (the cell prefix included). */
  ja: string;
  /** Message of the `en` report, whole. */
  en: string;
  /** Default: the case table's `column` (undefined when it has none). */
  column?: string;
  months?: number[];
  /** Default: the rule's severity. */
  severity?: Severity;
  hidden?: true;
  no?: number | string;
  row?: number;
  target?: number;
  due?: number;
  reported?: number;
  counter?: string;
}

export interface InvalidCase extends SheetCase {
  issues: ExpectedIssue[];
}

export interface CaseTable {
  /** The column every issue of the rule names unless a case says otherwise (e.g. 進捗状況及び課題). */
  column?: string;
  valid: SheetCase[];
  invalid: InvalidCase[];
}

export function caseTable(c: SheetCase): SheetTable {
  if (c.table) return c.table;
  if (c.rows)
    return sheet(
      c.rows.map((r, i) => soundRow({ 'No.': i + 1, ...r })),
      c.header,
    );
  return sheet([soundRow(c.row ?? {})], c.header);
}

export function validateCase(c: SheetCase, lang: Lang): FileReport {
  return validateSheet(caseTable(c), { month: c.month ?? 10, lang, ...(c.config ? { config: c.config } : {}) });
}

/** The fields a case compares, from an issue: those the expectation names, and the ones always compared. */
const COMPARED = ['cell', 'column', 'months', 'severity', 'hidden', 'target', 'due', 'reported', 'counter'] as const;

function picked(issue: Issue, extra: readonly (keyof Issue)[]): Partial<Issue> {
  const out: Partial<Issue> = {};
  for (const k of [...COMPARED, ...extra]) if (issue[k] !== undefined) (out as Record<string, unknown>)[k] = issue[k];
  out.message = issue.message;
  return out;
}

/**
 * Defines the jest tests of one rule: every `valid` case gives no issue of the code (in Japanese
 * and English), every `invalid` case gives exactly the expected issues of the code, in order,
 * with their cell, column, months, severity, figures and whole message in both languages.
 */
export function ruleTester(code: IssueCode, table: CaseTable): void {
  knownCode(code);
  const rule = ruleFor(code);
  describe(`${code}: valid`, () => {
    test.each(table.valid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      for (const lang of ['ja', 'en'] as const) {
        const report = validateCase(c, lang);
        if (code !== 'header-not-found') expect(report.headerRow).toBeDefined();
        if (!c.noData) expect(report.dataRows).toBeGreaterThan(0);
        expect(report.issues.filter((i) => i.code === code)).toEqual([]);
      }
    });
  });
  describe(`${code}: invalid`, () => {
    test.each(table.invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      expect(c.issues.length).toBeGreaterThan(0);
      for (const lang of ['ja', 'en'] as const) {
        const found = validateCase(c, lang).issues.filter((i) => i.code === code);
        const expected = c.issues.map((e) => {
          const want: Partial<Issue> = {
            cell: e.cell,
            column: e.column ?? table.column,
            months: e.months,
            severity: e.severity ?? rule.severity,
            hidden: e.hidden,
            target: e.target,
            due: e.due,
            reported: e.reported,
            counter: e.counter,
            message: e[lang],
          };
          if (e.no !== undefined) want.no = e.no;
          if (e.row !== undefined) want.row = e.row;
          return Object.fromEntries(Object.entries(want).filter(([, v]) => v !== undefined));
        });
        // `no` and `row` are compared where the case names them.
        const extra = (n: number) => (['no', 'row'] as const).filter((k) => c.issues[n]?.[k] !== undefined);
        expect(found.map((i, n) => picked(i, extra(n)))).toEqual(expected);
      }
    });
  });
}

/** How a two-row header's merged cells arrive in the SheetTable. */
export type MergeStyle = 'resolved' | 'blank' | 'none';

/**
 * The template's layout (DESIGN.md section 2, as the fixture): a title row, a department row,
 * then a two-row header — `総合計画` over `分野別目標` and `計画施策`, every other name merged
 * vertically over both rows — and the rows from worksheet row 5. `resolved`: covered cells carry
 * the top-left value and `mergedFrom` (as the adapters give merges); `blank`: covered cells are
 * blank with `mergedFrom`; `none`: no merge at all, the lower row holds only the two leaves.
 */
export function twoRowSheet(rows: RowInput[], merges: MergeStyle = 'resolved', header: string[] = HEADER): SheetTable {
  const groupCols = header.map((h, c) => (h === '分野別目標' || h === '計画施策' ? c : -1)).filter((c) => c >= 0);
  const firstGroup = groupCols[0];
  const covered = (value: string, from: string): SheetCell | null =>
    merges === 'resolved' ? { value, mergedFrom: from } : merges === 'blank' ? { value: null, mergedFrom: from } : null;
  const top = header.map((h, c) => {
    if (!groupCols.includes(c)) return cell(h);
    return c === firstGroup ? cell('総合計画') : covered('総合計画', `${columnName(firstGroup)}3`);
  });
  const leaf = header.map((h, c) => (groupCols.includes(c) ? cell(h) : covered(h, `${columnName(c)}3`)));
  return {
    sheetName: 'Sheet1',
    rows: [[cell('R7取組実施プロセスシート')], [cell('福祉部')], top, leaf, ...rows.map((r) => header.map((h) => cell(r[h])))],
  };
}

function columnName(col: number): string {
  return String.fromCharCode(65 + col);
}
