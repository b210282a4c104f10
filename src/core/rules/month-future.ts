import { fiscalIndex, monthName } from '../fiscal';
import { monthEntries } from '../parse/entries';
import { defineRule, Finding, text } from '../rule';
import { labelText } from './_labels';

export default defineRule({
  code: 'month-future',
  severity: 'warning',
  description: text('報告月より後の月の記入がある（空の記入欄は除く）', 'an entry for a month after the reporting month (empty lines made ready excepted)'),
  row(row, ctx) {
    if (row.col('progress') === undefined) return [];
    const now = fiscalIndex(ctx.month);
    const out: Finding[] = [];
    for (const e of monthEntries(row.progress)) {
      if (fiscalIndex(e.label!.first!) <= now) continue;
      // An empty line made ready for the coming month reports nothing yet.
      if (e.empty) continue;
      const label = labelText(row.progress, e);
      out.push({
        row: row.index,
        column: 'progress',
        months: [e.label!.first!],
        message: (lang) =>
          lang === 'ja' ? `「${label}」は報告月（${ctx.month}月）より後の記入です` : `"${label}" is after the reporting month (${monthName(ctx.month, 'en')})`,
      });
    }
    return out;
  },
});
