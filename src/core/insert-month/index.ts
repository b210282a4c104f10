export { planLinesFor } from './plan-lines';
export { DEFAULT_TEMPLATE, planWords, renderTemplate } from './template';
export { insertionLineIndex, insertMonthLine, MAX_CELL_LENGTH } from './insert-line';
export type { InsertOptions, InsertResult, SkipReason } from './insert-line';
export { planInsertion } from './plan-insertion';
export type { InsertionPlan, InsertionRow, PlannedChange, SkippedRow } from './plan-insertion';
export { insertionRows } from './rows';
