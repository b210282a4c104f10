import { normalizeText } from '../normalize';
import { defineRule, excerpt, text } from '../rule';
import { cellText, isBlank } from '../table';

/** A positive integer, written as a number or as digits (full-width digits too). */
export function positiveInteger(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  if (typeof value === 'string') {
    const s = normalizeText(value).trim();
    return /^[1-9]\d{0,8}$/.test(s) ? Number(s) : undefined;
  }
  return undefined;
}

export default defineRule({
  code: 'number-invalid',
  severity: 'error',
  description: text('No. が正の整数でない', 'No. is not a positive integer'),
  row(row, ctx, found) {
    const cell = row.cellAt(ctx.header.columns.no);
    if (cell === undefined || isBlank(cell)) return;
    if (cell.error === undefined && positiveInteger(cell.value) !== undefined) return;
    const shown = excerpt(cellText(cell));
    found.push({
      row: row.index,
      column: 'no',
      message: (lang) => (lang === 'ja' ? `No.「${shown}」が正の整数ではありません` : `No. "${shown}" is not a positive integer`),
    });
  },
});
