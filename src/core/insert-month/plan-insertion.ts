import { Localized } from '../types';
import { insertMonthLine, SkipReason } from './insert-line';
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
  text: string | number | boolean | null;
  isFormula?: boolean;
  /** The row's 年度計画, for `{plan}` and the hint. */
  planText?: string;
}

export interface PlannedChange {
  address: string;
  row: number;
  no?: number | string;
  initiative?: string;
  before: string;
  after: string;
  at: number;
  inserted: string;
  line: string;
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
  templateError?: Localized;
}

/** The preview of a month's insertion over a sheet's progress cells: what changes, what is skipped and why. */
export function planInsertion(rows: readonly InsertionRow[], month: number, template = DEFAULT_TEMPLATE): InsertionPlan {
  const plan: InsertionPlan = { month, changes: [], skipped: [] };
  const probe = renderTemplate(template, month, []);
  if ('error' in probe) return { ...plan, templateError: probe.error };
  for (const r of rows) {
    const planLines = planLinesFor(r.planText, month);
    const rendered = renderTemplate(template, month, planLines);
    if ('error' in rendered) return { ...plan, changes: [], skipped: [], templateError: rendered.error };
    const result = insertMonthLine(r.text, month, rendered.line, { isFormula: r.isFormula });
    const who = { address: r.address, row: r.row, no: r.no, initiative: r.initiative };
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
      line: rendered.line,
      planLines,
    });
  }
  return plan;
}
