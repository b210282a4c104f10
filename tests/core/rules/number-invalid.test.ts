import { ruleTester, sheet, soundRow } from '../../helpers/sheet';

const no = (value: string | number | boolean) => ({ 'No.': value });
const bad = (value: string | number | boolean, shown = String(value)) => ({
  name: `No. ${JSON.stringify(value)}`,
  row: no(value),
  issues: [{ cell: 'A3', ja: `A3: No.「${shown}」が正の整数ではありません`, en: `A3: No. "${shown}" is not a positive integer` }],
});

ruleTester('number-invalid', {
  column: 'No.',
  valid: [
    { name: '1', row: no(1) },
    { name: '12', row: no(12) },
    { name: 'digits as text', row: no('3') },
    { name: 'full-width digits', row: no('１２') },
    { name: 'spaces around the digits', row: no(' 7 ') },
    { name: 'a blank No. is required-empty', row: no('') },
  ],
  invalid: [
    bad(0),
    bad(-1),
    bad(1.5),
    bad('abc'),
    bad('1-2'),
    bad('０'),
    bad(true),
    {
      name: 'an error value',
      table: (() => {
        const t = sheet([soundRow()]);
        t.rows[2][0] = { value: null, error: '#REF!' };
        return t;
      })(),
      issues: [{ cell: 'A3', ja: 'A3: No.「#REF!」が正の整数ではありません', en: 'A3: No. "#REF!" is not a positive integer' }],
    },
    {
      name: 'a long text is shortened',
      row: no('番号は後で振ります（担当者確認中のため）'),
      issues: [
        {
          cell: 'A3',
          ja: 'A3: No.「番号は後で振ります（担当者確認中のため）」が正の整数ではありません',
          en: 'A3: No. "番号は後で振ります（担当者確認中のため）" is not a positive integer',
        },
      ],
    },
    {
      name: 'a hidden row',
      table: { ...sheet([soundRow(no('x'))]), hiddenRows: [2] },
      issues: [
        { cell: 'A3', hidden: true, ja: 'A3（非表示の行）: No.「x」が正の整数ではありません', en: 'A3 (hidden row): No. "x" is not a positive integer' },
      ],
    },
  ],
});
