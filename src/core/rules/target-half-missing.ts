import { defineRule, text } from '../rule';
import { blockName, firstHalf, oneHalfOnly, secondHalf } from './_targets';

export default defineRule({
  code: 'target-half-missing',
  severity: 'error',
  description: text('半期の目標が片方しかない', 'one half-year block without the other'),
  row(row, ctx, found) {
    if (ctx.header.columns.target === undefined || !oneHalfOnly(row.target.blocks)) return;
    const first = firstHalf(row.target.blocks);
    const have = blockName((first ?? secondHalf(row.target.blocks))!);
    const missing = first ? '【10~3月の目標】' : '【4~9月の目標】';
    found.push({
      row: row.index,
      column: 'target',
      message: (lang) => (lang === 'ja' ? `${have} はありますが ${missing} がありません` : `${have} is written but ${missing} is missing`),
    });
  },
});
