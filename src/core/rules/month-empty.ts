import { defineRule, text } from '../rule';
import { labelText } from './_labels';

export default defineRule({
  code: 'month-empty',
  severity: 'error',
  description: text('月の見出しの後に何も書かれていない（未記入のひな形行）', 'a month label with nothing after it (an unfilled template line)'),
  row(row) {
    if (row.col('progress') === undefined) return [];
    return row.progress.entries
      .filter((e) => e.label && e.empty)
      .map((e) => {
        const label = labelText(row.progress, e);
        return {
          row: row.index,
          column: 'progress' as const,
          months: e.label!.months.length ? e.label!.months : undefined,
          message: text(`「${label}」の後に記入がありません`, `Nothing is written after "${label}"`),
        };
      });
  },
});
