import { defineRule, Finding, text } from '../rule';
import { address } from '../table';
import { positiveInteger } from './number-invalid';

export default defineRule({
  code: 'number-duplicate',
  severity: 'error',
  description: text('同じ No. が2回ある', 'the same No. twice'),
  sheet(ctx) {
    const col = ctx.header.columns.no;
    if (col === undefined) return [];
    const first = new Map<number, number>();
    const out: Finding[] = [];
    for (const index of ctx.rowIndexes) {
      const n = positiveInteger(ctx.table.rows[index]?.[col]?.value);
      if (n === undefined) continue;
      const seen = first.get(n);
      if (seen === undefined) {
        first.set(n, index);
        continue;
      }
      const other = address(seen, col);
      out.push({
        row: index,
        column: 'no',
        message: (lang) => (lang === 'ja' ? `No. ${n} が重複しています（${other} と同じ番号）` : `No. ${n} is used twice (same as ${other})`),
      });
    }
    return out;
  },
});
