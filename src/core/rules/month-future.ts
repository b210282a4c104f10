import { labelAsWritten } from '../as-written';
import { fiscalIndex, monthName } from '../fiscal';
import { monthEntries } from '../parse/entries';
import { defineRule, text } from '../rule';

export default defineRule({
  code: 'month-future',
  severity: 'warning',
  description: text('報告月より後の月の記入がある（空の記入欄は除く）', 'an entry for a month after the reporting month (empty lines made ready excepted)'),
  row(row, ctx, found) {
    if (ctx.header.columns.progress === undefined) return;
    const now = fiscalIndex(ctx.month);
    const entries = monthEntries(row.progress);
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      // Not after the reporting month (fiscalIndex, inline: this runs on every entry).
      if ((e.label!.first! + 8) % 12 <= now) continue;
      // An empty line made ready for the coming month reports nothing yet.
      if (e.empty) continue;
      const label = labelAsWritten(row.progress, e);
      found.push({
        row: row.index,
        column: 'progress',
        months: [e.label!.first!],
        message: (lang) =>
          lang === 'ja' ? `「${label}」は報告月（${ctx.month}月）より後の記入です` : `"${label}" is after the reporting month (${monthName(ctx.month, 'en')})`,
      });
    }
  },
});
