import { HEADER, ruleTester, sheet, soundRow, twoRowSheet } from '../../helpers/sheet';

const unknown = (cell: string, written: string, shown = written) => ({
  cell,
  column: written,
  ja: `${cell}: 列「${shown}」はひな形にない列です（点検の対象外）`,
  en: `${cell}: Column "${shown}" is not in the template (not checked)`,
});
const combined = HEADER.flatMap((h) => (h === '分野別目標' ? ['総合計画'] : h === '計画施策' ? [] : [h]));

ruleTester('column-unknown', {
  valid: [
    { name: 'the template’s header', row: {} },
    { name: 'a single 総合計画 column is the 総合計画 column', header: combined, row: { 総合計画: '8.福祉' } },
    { name: '総合計画 over its two leaves (merges resolved)', table: twoRowSheet([soundRow()], 'resolved') },
    { name: '総合計画 over its two leaves (no merges)', table: twoRowSheet([soundRow()], 'none') },
    { name: 'aliases are template columns', header: HEADER.map((h) => (h === '課' ? '所管課' : h === '共同所管' ? '共同所管課' : h)) },
  ],
  invalid: [
    { name: 'a column not in the template, kept and reported', header: [...HEADER, '備考'], issues: [unknown('O2', '備考')] },
    { name: 'the header as written', header: [...HEADER, '備考（メモ）'], issues: [unknown('O2', '備考（メモ）')] },
    {
      name: 'a long header is shortened in the message, not in `column`',
      header: [...HEADER, '令和6年度の実績と比較した今年度の見込みについての補足説明'],
      issues: [unknown('O2', '令和6年度の実績と比較した今年度の見込みについての補足説明', '令和6年度の実績と比較した今年度の見込みについて…')],
    },
    { name: 'between template columns', header: [...HEADER.slice(0, 3), '担当者', ...HEADER.slice(3)], issues: [unknown('D2', '担当者')] },
    { name: 'two unknown columns', header: [...HEADER, '備考', '担当者'], issues: [unknown('O2', '備考'), unknown('P2', '担当者')] },
    { name: 'in a two-row header: on its lower row', table: twoRowSheet([soundRow()], 'resolved', [...HEADER, '備考']), issues: [unknown('O4', '備考')] },
    {
      name: 'a hidden row changes nothing for a header issue',
      table: { ...sheet([soundRow()], [...HEADER, '備考']), hiddenRows: [2] },
      issues: [unknown('O2', '備考')],
    },
  ],
});
