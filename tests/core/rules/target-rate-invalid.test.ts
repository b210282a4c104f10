import { ruleTester, sheet, soundRow } from '../../helpers/sheet';

const target = (text: string) => ({ 年度目標: text });
const halves = (first: number, second: number) => target(`【4~9月の目標】(全体達成率:${first}%)\na\n【10~3月の目標】(全体達成率:${second}%)\nb`);

ruleTester('target-rate-invalid', {
  column: '年度目標',
  valid: [
    { name: '50 then 100', row: halves(50, 100) },
    { name: '70 then 100', row: halves(70, 100) },
    { name: '0 then 100', row: halves(0, 100) },
    { name: 'equal halves at 100', row: halves(100, 100) },
    { name: 'no rates is target-rate-missing', row: target('【4~9月の目標】\na\n【10~3月の目標】\nb') },
  ],
  invalid: [
    {
      name: 'a rate over 100, which is also above the second half',
      row: halves(120, 100),
      issues: [
        { cell: 'J3', ja: 'J3: 【4~9月の目標】 の全体達成率 120% が0〜100%の範囲外です', en: 'J3: 【4~9月の目標】: 全体達成率 120% is outside 0–100%' },
        {
          cell: 'J3',
          ja: 'J3: 上半期の全体達成率 120% が下半期の 100% を上回っています',
          en: "J3: The first half's 全体達成率 120% is above the second half's 100%",
        },
      ],
    },
    {
      name: 'a negative rate',
      row: halves(-10, 100),
      issues: [{ cell: 'J3', ja: 'J3: 【4~9月の目標】 の全体達成率 -10% が0〜100%の範囲外です', en: 'J3: 【4~9月の目標】: 全体達成率 -10% is outside 0–100%' }],
    },
    {
      name: 'the first half above the second, and the last half not 100',
      row: halves(100, 90),
      issues: [
        {
          cell: 'J3',
          ja: 'J3: 上半期の全体達成率 100% が下半期の 90% を上回っています',
          en: "J3: The first half's 全体達成率 100% is above the second half's 90%",
        },
        {
          cell: 'J3',
          ja: 'J3: 【10~3月の目標】 の全体達成率が100%ではありません（90%）',
          en: "J3: 【10~3月の目標】: the last half's 全体達成率 is 90%, not 100%",
        },
      ],
    },
    {
      name: 'the last half not 100',
      row: halves(50, 90),
      issues: [
        {
          cell: 'J3',
          ja: 'J3: 【10~3月の目標】 の全体達成率が100%ではありません（90%）',
          en: "J3: 【10~3月の目標】: the last half's 全体達成率 is 90%, not 100%",
        },
      ],
    },
    {
      name: 'a hidden row',
      table: { ...sheet([soundRow(halves(50, 80))]), hiddenRows: [2] },
      issues: [
        {
          cell: 'J3',
          hidden: true,
          ja: 'J3（非表示の行）: 【10~3月の目標】 の全体達成率が100%ではありません（80%）',
          en: "J3 (hidden row): 【10~3月の目標】: the last half's 全体達成率 is 80%, not 100%",
        },
      ],
    },
  ],
});
