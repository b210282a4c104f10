import { labelAsWritten } from '../as-written';
import { fiscalIndex } from '../fiscal';
import { defineRule, text } from '../rule';

export default defineRule({
  code: 'month-empty',
  severity: 'error',
  description: text(
    '報告月までの月の見出しの後に何も書かれていない（未記入のひな形行）',
    'a month label up to the reporting month with nothing after it (an unfilled template line)',
  ),
  row(row, ctx, found) {
    if (ctx.header.columns.progress === undefined) return;
    const now = fiscalIndex(ctx.month);
    const entries = row.progress.entries;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (!e.label || !e.empty) continue;
      // A line made ready for a month still to come (insert-month's `11月:` in October) is not overdue.
      if (e.label.first !== undefined && fiscalIndex(e.label.first) > now) continue;
      const label = labelAsWritten(row.progress, e);
      found.push({
        row: row.index,
        column: 'progress',
        months: e.label.months.length ? e.label.months : undefined,
        message: (lang) => (lang === 'ja' ? `「${label}」の後に記入がありません` : `Nothing is written after "${label}"`),
      });
    }
  },
});
