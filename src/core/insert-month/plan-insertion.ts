import { excerpt } from '../as-written';
import { Localized } from '../types';
import { insertMonthLine, MAX_CELL_LENGTH, SkipReason } from './insert-line';
import { planLinesFor } from './plan-lines';
import { DEFAULT_TEMPLATE, renderTemplate } from './template';

/** A progress cell offered for insertion. */
export interface InsertionRow {
  /** A1 address of the progress cell. */
  address: string;
  /** 1-based worksheet row. */
  row: number;
  no?: number | string;
  initiative?: string;
  /** The cell's value (a formula's cached result; an error cell's error text). */
  text: string | number | boolean | null;
  isFormula?: boolean;
  /** The cell holds an error value such as `#N/A` (then `text` is that value): never changed. */
  isError?: boolean;
  /** The row's 年度計画, for `{plan}` and the hint. */
  planText?: string;
  /** The row is hidden in the sheet: skipped unless the plan includes hidden rows. */
  hidden?: boolean;
  /** The sheet's fiscal year (from its title rows or name), if written: a year copied into a new label must agree with it. */
  fiscalYear?: number;
}

export interface PlannedChange {
  address: string;
  row: number;
  no?: number | string;
  initiative?: string;
  /** The cell's text now ('' for a blank cell). */
  before: string;
  /** The cell's text after the insertion: `before` with `inserted` spliced in at `at`. */
  after: string;
  at: number;
  inserted: string;
  /** The rendered template line (without the line break). */
  line: string;
  /** The plan lines for the month, as written (the hint). */
  planLines: string[];
}

export interface SkippedRow {
  address: string;
  row: number;
  no?: number | string;
  initiative?: string;
  reason: SkipReason;
  message: Localized;
}

export interface InsertionPlan {
  month: number;
  changes: PlannedChange[];
  skipped: SkippedRow[];
  /** The template (or month) cannot make a line the validator would read as the month: nothing changes. */
  templateError?: Localized;
}

/**
 * The preview of a month's insertion over a sheet's progress cells, in row order: what changes
 * and how, what is skipped and why. Writing is left to the host. When the template cannot make
 * a line for the month (for any row's plan text), the plan has no changes, only `templateError`.
 */
export function planInsertion(
  rows: readonly InsertionRow[],
  month: number,
  template: string = DEFAULT_TEMPLATE,
  opts: { maxLength?: number; includeHidden?: boolean } = {},
): InsertionPlan {
  const maxLength = opts.maxLength ?? MAX_CELL_LENGTH;
  const empty: InsertionPlan = { month, changes: [], skipped: [] };
  const probe = renderTemplate(template, month, []);
  if ('error' in probe) return { ...empty, templateError: probe.error };
  const plan: InsertionPlan = { month, changes: [], skipped: [] };
  for (const r of rows) {
    const who = { address: r.address, row: r.row, no: r.no, initiative: r.initiative };
    if (r.hidden && !opts.includeHidden) {
      plan.skipped.push({
        ...who,
        reason: 'hidden',
        message: {
          ja: '非表示の行です（終了した取組と見なして追加しません）',
          en: 'hidden row (taken for a finished initiative: not changed)',
        },
      });
      continue;
    }
    if (r.isError && !r.isFormula) {
      const v = excerpt(String(r.text ?? ''));
      plan.skipped.push({
        ...who,
        reason: 'not-text',
        message: { ja: `エラー値「${v}」のセルは変更しません`, en: `the cell holds the error value "${v}": not changed` },
      });
      continue;
    }
    const planLines = planLinesFor(r.planText, month);
    const rendered = renderTemplate(template, month, planLines);
    if ('error' in rendered) return { ...empty, templateError: rendered.error };
    const result = insertMonthLine(r.text, month, rendered.line, { isFormula: r.isFormula, maxLength, fiscalYear: r.fiscalYear });
    if (result.status === 'skipped') {
      plan.skipped.push({ ...who, reason: result.reason, message: result.message });
      continue;
    }
    plan.changes.push({
      ...who,
      before: typeof r.text === 'string' ? r.text : '',
      after: result.text,
      at: result.at,
      inserted: result.inserted,
      line: result.line,
      planLines,
    });
  }
  return plan;
}
