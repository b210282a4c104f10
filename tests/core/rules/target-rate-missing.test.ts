import { ruleTester, sheet, soundRow } from '../../helpers/sheet';

const target = (text: string) => ({ 年度目標: text });
const H1 = '【4~9月の目標】(全体達成率:50%)\n説明会を実施';
const H2 = '【10~3月の目標】(全体達成率:100%)\n評価を行う';

ruleTester('target-rate-missing', {
  column: '年度目標',
  valid: [
    { name: 'both halves with rates', row: target(`${H1}\n${H2}`) },
    { name: 'a full-year block needs none', row: target('【4~3月】\na') },
    { name: 'an unlabelled target needs none', row: target('目標:25件') },
    {
      name: 'a rate on the line after the label counts; full-width figures',
      row: target('【4~9月の目標】\n(全体達成率:50%)\na\n【10~3月の目標】\n(全体達成率：１００％)\nb'),
    },
  ],
  invalid: [
    {
      name: 'each half without a rate',
      row: target('【4~9月の目標】\na\n【10~3月の目標】\nb'),
      issues: [
        {
          cell: 'J3',
          ja: 'J3: 【4~9月の目標】 に全体達成率がありません（例: (全体達成率:50%)）',
          en: 'J3: 【4~9月の目標】 has no 全体達成率 (e.g. (全体達成率:50%))',
        },
        {
          cell: 'J3',
          ja: 'J3: 【10~3月の目標】 に全体達成率がありません（例: (全体達成率:50%)）',
          en: 'J3: 【10~3月の目標】 has no 全体達成率 (e.g. (全体達成率:50%))',
        },
      ],
    },
    {
      name: 'the second half only',
      row: target(`${H1}\n【10~3月の目標】\n評価を行う`),
      issues: [
        {
          cell: 'J3',
          ja: 'J3: 【10~3月の目標】 に全体達成率がありません（例: (全体達成率:50%)）',
          en: 'J3: 【10~3月の目標】 has no 全体達成率 (e.g. (全体達成率:50%))',
        },
      ],
    },
    {
      name: 'a hidden row',
      table: { ...sheet([soundRow(target(`【4~9月の目標】\na\n${H2}`))]), hiddenRows: [2] },
      issues: [
        {
          cell: 'J3',
          hidden: true,
          ja: 'J3（非表示の行）: 【4~9月の目標】 に全体達成率がありません（例: (全体達成率:50%)）',
          en: 'J3 (hidden row): 【4~9月の目標】 has no 全体達成率 (e.g. (全体達成率:50%))',
        },
      ],
    },
  ],
});
