import { monthName } from '../fiscal';
import { defineRule, Finding, text } from '../rule';

export default defineRule({
  code: 'month-duplicate',
  severity: 'warning',
  description: text('同じ月の見出しが2回ある', 'the same single month labelled twice'),
  row(row) {
    if (row.col('progress') === undefined) return [];
    const counts = new Map<number, number>();
    for (const e of row.progress.entries) {
      if (e.label?.kind !== 'single') continue;
      const m = e.label.months[0];
      counts.set(m, (counts.get(m) ?? 0) + 1);
    }
    const out: Finding[] = [];
    for (const [m, n] of counts) {
      if (n < 2) continue;
      out.push({
        row: row.index,
        column: 'progress',
        months: [m],
        message: text(`「${m}月:」が${n}回あります。1つにまとめてください`, `"${monthName(m, 'en')}" is labelled ${n} times: merge them into one entry`),
      });
    }
    return out;
  },
});
