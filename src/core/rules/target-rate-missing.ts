import { defineRule, text } from '../rule';
import { blockName } from './_targets';

export default defineRule({
  code: 'target-rate-missing',
  severity: 'warning',
  description: text('半期の目標に全体達成率がない', 'a half-year block without 全体達成率'),
  row(row, ctx, found) {
    if (ctx.header.columns.target === undefined) return;
    const blocks = row.target.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      if ((b.kind !== 'first-half' && b.kind !== 'second-half') || b.rate !== undefined) continue;
      found.push({
        row: row.index,
        column: 'target',
        message: (lang) =>
          lang === 'ja' ? `${blockName(b)} に全体達成率がありません（例: (全体達成率:50%)）` : `${blockName(b)} has no 全体達成率 (e.g. (全体達成率:50%))`,
      });
    }
  },
});
