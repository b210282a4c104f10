import { ColumnKey } from './columns';
import { RowContext, SheetContext } from './context';
import { IssueCode, Lang, Localized, Severity } from './types';

/**
 * A finding's message, built in the language the report is asked for and only then (a report is
 * in one language: building both for every finding was wasted work).
 */
export type Message = (lang: Lang) => string;

/** What a rule found; the report adds the cell address, No., 取組名 and the chosen language. */
export interface Finding {
  /** 0-based worksheet row. */
  row?: number;
  /** The template column the finding is about. */
  column?: ColumnKey;
  /** 0-based worksheet column, when the finding is about a column that is not a template column. */
  col?: number;
  /** Overrides the rule's severity (column-missing: error for required, warning for optional). */
  severity?: Severity;
  months?: number[];
  /** The column's name when it is not a template column's configured name (header text as written). */
  columnName?: string;
  /** Figures of target-behind and symbol-mismatch, reported as data too. */
  figures?: { target: number; due?: number; reported: number; counter: string };
  message: Message;
}

/** One rule a file, with its code, severity and description, the way ESLint keeps rules. */
export interface Rule {
  code: IssueCode;
  severity: Severity;
  description: Localized;
  /** Sheet-level check, run once. */
  sheet?(ctx: SheetContext): Finding[];
  /**
   * Row-level check, run for every initiative: pushes what it finds onto `found` (a list the
   * engine reuses from row to row; nothing is made for a row without findings, most rows).
   */
  row?(row: RowContext, ctx: SheetContext, found: Finding[]): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

export function text(ja: string, en: string): Localized {
  return { ja, en };
}

/** Rules quote cell content with the engine's one excerpt (insert-month's messages use it too). */
export { excerpt } from './as-written';
