import { HEADER, ruleTester, soundRow, twoRowSheet } from '../../helpers/sheet';

const swapped = (a: string, b: string) => HEADER.map((h) => (h === a ? b : h === b ? a : h));
const combined = HEADER.flatMap((h) => (h === '分野別目標' ? ['総合計画'] : h === '計画施策' ? [] : [h]));

ruleTester('column-order', {
  valid: [
    { name: 'template order', row: {} },
    { name: 'unknown columns in between do not matter', header: ['備考', ...HEADER.slice(0, 5), '担当者', ...HEADER.slice(5)] },
    { name: 'missing columns do not matter', header: HEADER.filter((h) => h !== '事業名' && h !== '取組の概要') },
    { name: 'a single 総合計画 column in the place of 分野別目標', header: combined },
    { name: 'a two-row header in template order', table: twoRowSheet([soundRow()]) },
  ],
  invalid: [
    {
      name: 'reversed: one issue, at the first column out of place',
      header: [...HEADER].reverse(),
      issues: [
        {
          cell: 'A2',
          column: '共同所管',
          ja: 'A2: 列の順序がひな形と異なります（「No.」の位置に「共同所管」があります）',
          en: 'A2: Columns are in another order than the template ("共同所管" stands where "No." belongs)',
        },
      ],
    },
    {
      name: 'two columns swapped',
      header: swapped('年度目標', '年度計画'),
      issues: [
        {
          cell: 'J2',
          column: '年度計画',
          ja: 'J2: 列の順序がひな形と異なります（「年度目標」の位置に「年度計画」があります）',
          en: 'J2: Columns are in another order than the template ("年度計画" stands where "年度目標" belongs)',
        },
      ],
    },
    {
      name: 'the header as written in `column`, the template’s name in the message',
      header: swapped('進捗度', '進捗状況及び課題').map((h) => (h === '進捗状況及び課題' ? '進捗状況\n及び課題' : h)),
      issues: [
        {
          cell: 'L2',
          column: '進捗状況\n及び課題',
          ja: 'L2: 列の順序がひな形と異なります（「進捗度」の位置に「進捗状況及び課題」があります）',
          en: 'L2: Columns are in another order than the template ("進捗状況及び課題" stands where "進捗度" belongs)',
        },
      ],
    },
    {
      name: 'a single 総合計画 column at the end',
      header: [...combined.filter((h) => h !== '総合計画'), '総合計画'],
      issues: [
        {
          cell: 'D2',
          column: '事業名',
          ja: 'D2: 列の順序がひな形と異なります（「分野別目標」の位置に「事業名」があります）',
          en: 'D2: Columns are in another order than the template ("事業名" stands where "分野別目標" belongs)',
        },
      ],
    },
  ],
});
