import { ruleTester, sheet, soundRow } from '../../helpers/sheet';

const target = (text: string) => ({ 年度目標: text });
const H1 = '【4~9月の目標】(全体達成率:50%)\n説明会を実施';
const H2 = '【10~3月の目標】(全体達成率:100%)\n評価を行う';

ruleTester('target-period-gap', {
  column: '年度目標',
  valid: [
    { name: 'halves', row: target(`${H1}\n${H2}`) },
    { name: 'full year', row: target('【4~3月】\na') },
    { name: 'one half alone is target-half-missing instead', row: target(H1) },
    { name: 'quarters that cover the year once', row: target('【4~6月】a\n【7~9月】b\n【10~12月】c\n【1~3月】d') },
    { name: 'no label', row: target('目標:25件') },
  ],
  invalid: [
    {
      name: 'a gap',
      row: target('【4~8月の目標】\na\n【10~3月の目標】(全体達成率:100%)\nb'),
      issues: [{ cell: 'J3', months: [9], ja: 'J3: 目標の期間に 9月 が含まれていません', en: 'J3: The target periods leave September uncovered' }],
    },
    {
      name: 'an overlap',
      row: target('【4~9月の目標】(全体達成率:50%)\na\n【7~3月の目標】\nb'),
      issues: [{ cell: 'J3', months: [7, 8, 9], ja: 'J3: 目標の期間が 7月〜9月 で重なっています', en: 'J3: The target periods overlap in July–September' }],
    },
    {
      name: 'a gap and an overlap',
      row: target('【4~6月】a\n【5~8月】b\n【10~3月の目標】(全体達成率:100%)\nc'),
      issues: [
        { cell: 'J3', months: [9], ja: 'J3: 目標の期間に 9月 が含まれていません', en: 'J3: The target periods leave September uncovered' },
        { cell: 'J3', months: [5, 6], ja: 'J3: 目標の期間が 5月、6月 で重なっています', en: 'J3: The target periods overlap in May, June' },
      ],
    },
    {
      name: 'a hidden row',
      table: { ...sheet([soundRow(target('【4~8月の目標】\na\n【10~3月の目標】(全体達成率:100%)\nb'))]), hiddenRows: [2] },
      issues: [
        {
          cell: 'J3',
          months: [9],
          hidden: true,
          ja: 'J3（非表示の行）: 目標の期間に 9月 が含まれていません',
          en: 'J3 (hidden row): The target periods leave September uncovered',
        },
      ],
    },
  ],
});
