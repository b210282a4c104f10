import { FISCAL_MONTHS, monthName } from '../fiscal';
import { defineRule, Finding, text } from '../rule';

export default defineRule({
  code: 'month-duplicate',
  severity: 'warning',
  description: text('同じ月の見出しが2回ある', 'the same single month labelled twice'),
  row(row) {
    if (row.col('progress') === undefined) return [];
    const counts = new Array<number>(13).fill(0);
    let twice = false;
    for (const e of row.progress.entries) {
      if (e.label?.kind !== 'single') continue;
      if (++counts[e.label.months[0]] > 1) twice = true;
    }
    if (!twice) return [];
    const out: Finding[] = [];
    for (const m of FISCAL_MONTHS) {
      const n = counts[m];
      if (n < 2) continue;
      out.push({
        row: row.index,
        column: 'progress',
        months: [m],
        message: (lang) =>
          lang === 'ja' ? `「${m}月:」が${n}回あります。1つにまとめてください` : `"${monthName(m, 'en')}" is labelled ${n} times: merge them into one entry`,
      });
    }
    return out;
  },
});
