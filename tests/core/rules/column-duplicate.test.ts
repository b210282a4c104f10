import { HEADER, ruleTester, soundRow, twoRowSheet } from '../../helpers/sheet';

const twice = (name: string, first: string, written = name) => ({
  ja: `列「${name}」が重複しています（${first}列と同じ）。どちらかの見出しを直してください`,
  en: `Column "${name}" appears twice (same as column ${first}): rename one of them`,
  written,
});

ruleTester('column-duplicate', {
  valid: [
    { name: 'the template’s header', row: {} },
    { name: '総合計画 over two leaves is one group, not a duplicate', table: twoRowSheet([soundRow()]) },
    { name: 'an unknown column written twice is column-unknown only', header: [...HEADER, '備考', '備考'] },
  ],
  invalid: [
    (() => {
      const t = twice('取組名', 'H');
      return {
        name: 'a duplicated column, on the second',
        header: [...HEADER, '取組名'],
        issues: [{ cell: 'O2', column: t.written, ja: `O2: ${t.ja}`, en: `O2: ${t.en}` }],
      };
    })(),
    (() => {
      // The header as written is reported in `column`; the message names the template's column.
      const t = twice('進捗状況及び課題', 'M');
      return {
        name: 'the header as written, line break and all',
        header: [...HEADER, '進捗状況\n及び課題'],
        issues: [{ cell: 'O2', column: '進捗状況\n及び課題', ja: `O2: ${t.ja}`, en: `O2: ${t.en}` }],
      };
    })(),
    (() => {
      const t = twice('No.', 'A');
      return {
        name: 'an alias of a column present',
        header: [...HEADER, '番号'],
        issues: [{ cell: 'O2', column: '番号', ja: `O2: ${t.ja}`, en: `O2: ${t.en}` }],
      };
    })(),
    (() => {
      const t = twice('年度目標', 'J');
      return {
        name: 'three times: two issues',
        header: [...HEADER, '目標', '年度目標'],
        issues: [
          { cell: 'O2', column: '目標', ja: `O2: ${t.ja}`, en: `O2: ${t.en}` },
          { cell: 'P2', column: '年度目標', ja: `P2: ${t.ja}`, en: `P2: ${t.en}` },
        ],
      };
    })(),
    (() => {
      const t = twice('取組名', 'H');
      return {
        name: 'in a two-row header: on its lower row',
        table: twoRowSheet([soundRow()], 'resolved', [...HEADER, '取組名']),
        issues: [{ cell: 'O4', column: '取組名', ja: `O4: ${t.ja}`, en: `O4: ${t.en}` }],
      };
    })(),
  ],
});
