import { FISCAL_MONTHS, monthName } from '../fiscal';
import { defineRule, text } from '../rule';

export default defineRule({
  code: 'month-duplicate',
  severity: 'warning',
  description: text('同じ月の見出しが2回ある', 'the same single month labelled twice'),
  row(row, ctx, found) {
    if (ctx.header.columns.progress === undefined) return;
    const entries = row.progress.entries;
    // Months labelled once and more than once, as bits (1 << month): most rows label each once.
    let once = 0;
    let twice = 0;
    for (let i = 0; i < entries.length; i++) {
      const l = entries[i].label;
      if (l === undefined || l.kind !== 'single') continue;
      const bit = 1 << l.months[0];
      if ((once & bit) !== 0) twice |= bit;
      else once |= bit;
    }
    if (twice === 0) return;
    for (const m of FISCAL_MONTHS) {
      if ((twice & (1 << m)) === 0) continue;
      let n = 0;
      for (const e of entries) if (e.label?.kind === 'single' && e.label.months[0] === m) n++;
      found.push({
        row: row.index,
        column: 'progress',
        months: [m],
        message: (lang) =>
          lang === 'ja' ? `「${m}月:」が${n}回あります。1つにまとめてください` : `"${monthName(m, 'en')}" is labelled ${n} times: merge them into one entry`,
      });
    }
  },
});
