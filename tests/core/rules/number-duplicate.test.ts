import { HEADER, ruleTester, sheet, soundRow } from '../../helpers/sheet';

/** Initiatives No.1 and No.2, then an unused template row whose No. formula gives 2 again. */
const withTemplateRow = (() => {
  const t = sheet([soundRow({ 'No.': 1 }), soundRow({ 'No.': 2 })]);
  t.rows.push(HEADER.map((h) => (h === 'No.' ? { value: 2, formula: 'ROW()-3' } : h === '所管部' ? { value: '福祉部' } : null)));
  return t;
})();

ruleTester('number-duplicate', {
  column: 'No.',
  valid: [
    { name: 'unique numbers', rows: [{ 'No.': 1 }, { 'No.': 2 }, { 'No.': 3 }] },
    { name: 'an unused template row is not an initiative', table: withTemplateRow },
    { name: 'numbers that are not positive integers are number-invalid only', rows: [{ 'No.': 'x' }, { 'No.': 'x' }] },
  ],
  invalid: [
    {
      name: 'the second use, naming the first cell; full-width digits are the same number',
      rows: [{ 'No.': 1 }, { 'No.': 2 }, { 'No.': '１' }],
      issues: [{ cell: 'A5', no: '１', ja: 'A5: No. 1 が重複しています（A3 と同じ番号）', en: 'A5: No. 1 is used twice (same as A3)' }],
    },
    {
      name: 'three uses: two issues, each naming the first',
      rows: [{ 'No.': 4 }, { 'No.': 4 }, { 'No.': 4 }],
      issues: [
        { cell: 'A4', ja: 'A4: No. 4 が重複しています（A3 と同じ番号）', en: 'A4: No. 4 is used twice (same as A3)' },
        { cell: 'A5', ja: 'A5: No. 4 が重複しています（A3 と同じ番号）', en: 'A5: No. 4 is used twice (same as A3)' },
      ],
    },
    {
      name: 'a hidden row',
      table: { ...sheet([soundRow({ 'No.': 1 }), soundRow({ 'No.': 1 })]), hiddenRows: [3] },
      issues: [
        { cell: 'A4', hidden: true, ja: 'A4（非表示の行）: No. 1 が重複しています（A3 と同じ番号）', en: 'A4 (hidden row): No. 1 is used twice (same as A3)' },
      ],
    },
  ],
});
