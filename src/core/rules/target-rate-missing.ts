import { defineRule, Finding, text } from '../rule';
import { blockName } from './_targets';

export default defineRule({
  code: 'target-rate-missing',
  severity: 'warning',
  description: text('半期の目標に全体達成率がない', 'a half-year block without 全体達成率'),
  row(row) {
    if (row.col('target') === undefined) return [];
    const out: Finding[] = [];
    for (const b of row.target.blocks) {
      if ((b.kind !== 'first-half' && b.kind !== 'second-half') || b.rate !== undefined) continue;
      out.push({
        row: row.index,
        column: 'target',
        message: (lang) =>
          lang === 'ja' ? `${blockName(b)} に全体達成率がありません（例: (全体達成率:50%)）` : `${blockName(b)} has no 全体達成率 (e.g. (全体達成率:50%))`,
      });
    }
    return out;
  },
});
