import { defineRule, text } from '../rule';
import { blockName } from './_targets';

export default defineRule({
  code: 'target-rate-missing',
  severity: 'warning',
  description: text('半期の目標に全体達成率がない', 'a half-year block without 全体達成率'),
  row(row) {
    if (row.col('target') === undefined) return [];
    return row.target.blocks
      .filter((b) => (b.kind === 'first-half' || b.kind === 'second-half') && b.rate === undefined)
      .map((b) => ({
        row: row.index,
        column: 'target' as const,
        message: text(`${blockName(b)} に全体達成率がありません（例: (全体達成率:50%)）`, `${blockName(b)} has no 全体達成率 (e.g. (全体達成率:50%))`),
      }));
  },
});
