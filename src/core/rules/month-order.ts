import { fiscalIndex } from '../fiscal';
import { monthEntries } from '../parse/entries';
import { defineRule, Finding, text } from '../rule';
import { labelText } from './_labels';

export default defineRule({
  code: 'month-order',
  severity: 'warning',
  description: text('記入が年度順（4月→3月）に並んでいない', 'entries out of fiscal order'),
  row(row) {
    if (row.col('progress') === undefined) return [];
    const entries = monthEntries(row.progress);
    const out: Finding[] = [];
    for (let i = 1; i < entries.length; i++) {
      const prev = entries[i - 1];
      const cur = entries[i];
      if (fiscalIndex(cur.label!.first!) >= fiscalIndex(prev.label!.first!)) continue;
      const a = labelText(row.progress, cur);
      const b = labelText(row.progress, prev);
      out.push({
        row: row.index,
        column: 'progress',
        months: [cur.label!.first!],
        message: (lang) =>
          lang === 'ja' ? `「${a}」が「${b}」の後にあります（年度順は4月→3月）` : `"${a}" comes after "${b}" (fiscal order is April to March)`,
      });
    }
    return out;
  },
});
