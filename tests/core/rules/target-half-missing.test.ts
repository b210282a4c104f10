import { ruleTester, sheet, soundRow } from '../../helpers/sheet';

const target = (text: string) => ({ 年度目標: text });
const H1 = '【4~9月の目標】(全体達成率:50%)\n説明会を実施';
const H2 = '【10~3月の目標】(全体達成率:100%)\n評価を行う';

ruleTester('target-half-missing', {
  column: '年度目標',
  valid: [
    { name: 'both halves', row: target(`${H1}\n${H2}`) },
    { name: 'full-year only', row: target('【4~3月】\na') },
    { name: 'no label', row: target('a') },
    { name: 'both halves in words', row: target('【上半期】(全体達成率:50%)\na\n【下半期】(全体達成率:100%)\nb') },
  ],
  invalid: [
    {
      name: 'first half only',
      row: target(H1),
      issues: [
        {
          cell: 'J3',
          ja: 'J3: 【4~9月の目標】 はありますが 【10~3月の目標】 がありません',
          en: 'J3: 【4~9月の目標】 is written but 【10~3月の目標】 is missing',
        },
      ],
    },
    {
      name: 'second half only',
      row: target(H2),
      issues: [
        {
          cell: 'J3',
          ja: 'J3: 【10~3月の目標】 はありますが 【4~9月の目標】 がありません',
          en: 'J3: 【10~3月の目標】 is written but 【4~9月の目標】 is missing',
        },
      ],
    },
    {
      name: 'the label as the sheet writes it (square brackets)',
      row: target('[4月~9月の目標](全体達成率:50%)\na'),
      issues: [
        {
          cell: 'J3',
          ja: 'J3: [4月~9月の目標] はありますが 【10~3月の目標】 がありません',
          en: 'J3: [4月~9月の目標] is written but 【10~3月の目標】 is missing',
        },
      ],
    },
    {
      name: 'a hidden row',
      table: { ...sheet([soundRow(target(H1))]), hiddenRows: [2] },
      issues: [
        {
          cell: 'J3',
          hidden: true,
          ja: 'J3（非表示の行）: 【4~9月の目標】 はありますが 【10~3月の目標】 がありません',
          en: 'J3 (hidden row): 【4~9月の目標】 is written but 【10~3月の目標】 is missing',
        },
      ],
    },
  ],
});
