import { labelAsWritten } from '../as-written';
import { monthEntries, sameBodies } from '../parse/entries';
import { defineRule, excerpt, text } from '../rule';

export default defineRule({
  code: 'month-repeated-text',
  severity: 'info',
  description: text('前月と同じ文面の記入', "an entry's text is identical to the previous month's"),
  row(row, ctx, found) {
    if (ctx.header.columns.progress === undefined) return;
    const entries = monthEntries(row.progress);
    for (let i = 1; i < entries.length; i++) {
      const cur = entries[i];
      const prev = entries[i - 1];
      if (cur.empty || !sameBodies(cur, prev)) continue;
      const a = labelAsWritten(row.progress, cur);
      const b = labelAsWritten(row.progress, prev);
      found.push({
        row: row.index,
        column: 'progress',
        months: cur.label!.months,
        message: (lang) =>
          lang === 'ja'
            ? `「${a}」の記入が前月「${b}」と同じです:「${excerpt(cur.body)}」`
            : `"${a}" repeats the previous entry "${b}" word for word: "${excerpt(cur.body)}"`,
      });
    }
  },
});
