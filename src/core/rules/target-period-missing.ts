import { defineRule, text } from '../rule';

export default defineRule({
  code: 'target-period-missing',
  severity: 'info',
  description: text('年度目標に期間の見出しがない', '年度目標 has no period label'),
  row(row, ctx, found) {
    const col = ctx.header.columns.target;
    if (col === undefined || row.blankAt(col) || row.target.labelled) return;
    found.push({
      row: row.index,
      column: 'target',
      message: (lang) =>
        lang === 'ja'
          ? '年度目標に期間の見出しがありません（通年の目標として扱います。例:【4~9月の目標】）'
          : '年度目標 has no period label (read as a full-year target; e.g. 【4~9月の目標】)',
    });
  },
});
