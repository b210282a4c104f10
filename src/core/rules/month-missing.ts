import { formatMonths, monthsUpTo } from '../fiscal';
import { coveredMonths } from '../parse/entries';
import { defineRule, text } from '../rule';

export default defineRule({
  code: 'month-missing',
  severity: 'error',
  description: text('4月から報告月までに記入のない月がある', 'a month from April to the reporting month has no progress entry'),
  row(row, ctx) {
    if (row.col('progress') === undefined || row.blank('progress')) return [];
    const covered = coveredMonths(row.progress);
    const missing = monthsUpTo(ctx.month).filter((m) => !covered.has(m));
    if (missing.length === 0) return [];
    return [
      {
        row: row.index,
        column: 'progress',
        months: missing,
        message: text(`${formatMonths(missing, 'ja')} の記入がありません`, `No progress entry for ${formatMonths(missing, 'en')}`),
      },
    ];
  },
});
