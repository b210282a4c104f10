export { planLinesFor } from './plan-lines';
export { DEFAULT_TEMPLATE, renderTemplate } from './template';
export { insertMonthLine, MAX_CELL_LENGTH } from './insert-line';
export type { InsertResult, SkipReason } from './insert-line';
export { planInsertion } from './plan-insertion';
export type { InsertionPlan, InsertionRow, PlannedChange, SkippedRow } from './plan-insertion';
export { insertionRows } from './rows';
