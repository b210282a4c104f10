export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'ja' | 'en';
export interface Localized {
  ja: string;
  en: string;
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const ISSUE_CODES = [
  'header-not-found',
  'column-missing',
  'column-duplicate',
  'column-unknown',
  'column-order',
  'required-empty',
  'number-invalid',
  'number-duplicate',
  'symbol-missing',
  'symbol-invalid',
  'month-missing',
  'month-empty',
  'month-duplicate',
  'month-order',
  'month-future',
  'month-repeated-text',
  'target-period-missing',
  'target-half-missing',
  'target-rate-missing',
  'target-rate-invalid',
  'target-period-gap',
  'target-behind',
  'symbol-mismatch',
  'file-unreadable',
  'initiative-duplicate',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

/** One problem, as it appears in the JSON report (version 1). */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  /** A1 address of the cell, when the issue is about one cell. */
  cell?: string;
  /** 1-based worksheet row. */
  row?: number;
  /** Canonical column name (e.g. 進捗状況及び課題). */
  column?: string;
  /** The No. cell's value. */
  no?: number | string;
  /** 取組名 of the row. */
  initiative?: string;
  /** Months concerned, on month codes. */
  months?: number[];
  /** The row is hidden in the sheet (「非表示の行」). */
  hidden?: true;
  /** target-behind and symbol-mismatch: the target quantity as a number. */
  target?: number;
  /** target-behind: what is due by the reporting month. */
  due?: number;
  /** target-behind and symbol-mismatch: the latest reported quantity. */
  reported?: number;
  /** The counter of those quantities (件, 人 …). */
  counter?: string;
  /** In the report's language, naming the cell and its content. */
  message: string;
}

/** A row under the header that is not an initiative, as the report lists it. */
export interface SkippedRow {
  /** 1-based worksheet row. */
  row: number;
  kind: 'section' | 'template' | 'note' | 'header';
  /** The row's text (section title, note), first line. */
  text?: string;
  hidden?: true;
}

/** The 進捗度 scale the sheet was judged with. */
export interface ScaleReport {
  name: 'arrows' | 'circles' | 'abcd' | 'sabc' | 'custom';
  symbols: string[];
  source: 'configured' | 'detected' | 'default';
}

export type SeverityCounts = Record<Severity, number>;

export interface FileReport {
  file: string;
  sheet?: string;
  /**
   * 1-based row of the header row that names the columns (the lower row of a two-row header
   * whose vertical merges repeat the names; the upper one when the lower holds only leaves).
   */
  headerRow?: number;
  dataRows: number;
  reportingMonth?: number;
  reportingMonthSource?: MonthSource;
  /** The 進捗度 scale used and whether it was detected or configured. */
  scale?: ScaleReport;
  /** Other sheets of the workbook that also hold a header (`--sheet` picks one). */
  otherSheets?: string[];
  /** Rows under the header that are not initiatives: section titles, unused template rows, notes. */
  skippedRows?: SkippedRow[];
  valid: boolean;
  summary: SeverityCounts;
  stats: { issues: number; byCode: Partial<Record<IssueCode, number>> };
  issues: Issue[];
}

export type MonthSource = 'option' | 'inferred' | 'default';

export interface Report {
  schemaVersion: 1;
  reportingMonth: number;
  reportingMonthSource: MonthSource;
  valid: boolean;
  files: FileReport[];
  summary: SeverityCounts & { files: number };
  stats: { issues: number; byCode: Partial<Record<IssueCode, number>> };
}
