import { ruleTester, sheet, soundRow } from '../../helpers/sheet';

const target = (text: string) => ({ 年度目標: text });
const H1 = '【4~9月の目標】(全体達成率:50%)\n説明会を実施';
const H2 = '【10~3月の目標】(全体達成率:100%)\n評価を行う';
const JA = '年度目標に期間の見出しがありません（通年の目標として扱います。例:【4~9月の目標】）';
const EN = '年度目標 has no period label (read as a full-year target; e.g. 【4~9月の目標】)';

ruleTester('target-period-missing', {
  column: '年度目標',
  valid: [
    { name: 'half-year blocks', row: target(`${H1}\n${H2}`) },
    { name: 'a full-year block', row: target('【4~3月】\n居場所の確保を支援する') },
    { name: 'square brackets and 月 on both ends', row: target('[4月~9月の目標](全体達成率:50%)\na\n[10月~3月の目標](全体達成率:100%)\nb') },
    { name: 'full-width digits and ～', row: target('【４～９月の目標】(全体達成率:50%)\na\n【１０～３月の目標】(全体達成率:100%)\nb') },
    { name: 'words for the halves', row: target('【上半期】(全体達成率:50%)\na\n【下半期】(全体達成率:100%)\nb') },
    { name: 'a blank 年度目標 is required-empty', row: target('') },
  ],
  invalid: [
    {
      name: 'an unlabelled target (No.9 of the fixture)',
      row: target('助成件数の更なる拡大をめざす。\n目標:25件'),
      issues: [{ cell: 'J3', ja: `J3: ${JA}`, en: `J3: ${EN}` }],
    },
    {
      name: 'a month range outside brackets is no period label',
      row: target('4~9月 説明会を実施'),
      issues: [{ cell: 'J3', ja: `J3: ${JA}`, en: `J3: ${EN}` }],
    },
    {
      name: 'a hidden row',
      table: { ...sheet([soundRow(target('目標:25件'))]), hiddenRows: [2] },
      issues: [{ cell: 'J3', hidden: true, ja: `J3（非表示の行）: ${JA}`, en: `J3 (hidden row): ${EN}` }],
    },
  ],
});
