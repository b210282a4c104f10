import { labelAsWritten } from '../as-written';
import { monthEntries } from '../parse/entries';
import { defineRule, text } from '../rule';

export default defineRule({
  code: 'month-order',
  severity: 'warning',
  description: text('記入が年度順（4月→3月）に並んでいない', 'entries out of fiscal order'),
  row(row, ctx, found) {
    if (ctx.header.columns.progress === undefined) return;
    const entries = monthEntries(row.progress);
    for (let i = 1; i < entries.length; i++) {
      const prev = entries[i - 1];
      const cur = entries[i];
      // In fiscal order (fiscalIndex, inline: this runs on every entry).
      if ((cur.label!.first! + 8) % 12 >= (prev.label!.first! + 8) % 12) continue;
      const a = labelAsWritten(row.progress, cur);
      const b = labelAsWritten(row.progress, prev);
      found.push({
        row: row.index,
        column: 'progress',
        months: [cur.label!.first!],
        message: (lang) =>
          lang === 'ja' ? `「${a}」が「${b}」の後にあります（年度順は4月→3月）` : `"${a}" comes after "${b}" (fiscal order is April to March)`,
      });
    }
  },
});
