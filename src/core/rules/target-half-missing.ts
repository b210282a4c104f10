import { defineRule, text } from '../rule';
import { blockName, halves, oneHalfOnly } from './_targets';

export default defineRule({
  code: 'target-half-missing',
  severity: 'error',
  description: text('半期の目標が片方しかない', 'one half-year block without the other'),
  row(row) {
    if (row.col('target') === undefined || !oneHalfOnly(row.target.blocks)) return [];
    const { first, second } = halves(row.target.blocks);
    const have = blockName((first ?? second)!);
    const missing = first ? '【10~3月の目標】' : '【4~9月の目標】';
    return [
      {
        row: row.index,
        column: 'target',
        message: (lang) => (lang === 'ja' ? `${have} はありますが ${missing} がありません` : `${have} is written but ${missing} is missing`),
      },
    ];
  },
});
