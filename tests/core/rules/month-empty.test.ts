import { ruleTester, sheet, soundRow } from '../../helpers/sheet';

const progress = (text: string) => ({ 進捗状況及び課題: text });

ruleTester('month-empty', {
  column: '進捗状況及び課題',
  valid: [
    { name: 'filled entries', row: progress('4月~10月:a') },
    { name: 'a label followed by text on the next line', row: progress('4月~9月:a\n10月:\n説明会を開催') },
    { name: '【10月】 alone on its line, text below', row: progress('4月~9月:a\n【10月】\n説明会を開催') },
    { name: 'a line that is not a label is not an empty entry', row: progress('4月~10月:a\n10月に実施:') },
    { name: 'a blank cell is required-empty', row: progress('') },
    { name: 'a line made ready for the coming month (insert-month in October)', row: progress('4月~10月:a\n11月:') },
    { name: 'lines made ready for several coming months', row: progress('4月~10月:a\n11月:\n【12月】') },
  ],
  invalid: [
    {
      name: 'an unfilled template line',
      row: progress('4月~10月:a\n11月:'),
      month: 11,
      issues: [{ cell: 'M3', months: [11], ja: 'M3: 「11月:」の後に記入がありません', en: 'M3: Nothing is written after "11月:"' }],
    },
    {
      name: 'spaces only after the label',
      row: progress('4月~9月:a\n10月:　 '),
      issues: [{ cell: 'M3', months: [10], ja: 'M3: 「10月:」の後に記入がありません', en: 'M3: Nothing is written after "10月:"' }],
    },
    {
      name: 'the label is quoted as written: full width',
      row: progress('4月~9月:a\n１０月：'),
      issues: [{ cell: 'M3', months: [10], ja: 'M3: 「１０月：」の後に記入がありません', en: 'M3: Nothing is written after "１０月："' }],
    },
    {
      // Quoted as written without the invisible U+200B (before this merge: "10月:", the full width lost too).
      name: 'a label holding an invisible character: quoted as written, without it',
      row: progress('4月~9月:a\n１\u200B０月：'),
      issues: [{ cell: 'M3', months: [10], ja: 'M3: 「１０月：」の後に記入がありません', en: 'M3: Nothing is written after "１０月："' }],
    },
    {
      name: 'a bracketed label with nothing after it',
      row: progress('4月~9月:a\n【10月】'),
      issues: [{ cell: 'M3', months: [10], ja: 'M3: 「【10月】」の後に記入がありません', en: 'M3: Nothing is written after "【10月】"' }],
    },
    {
      name: 'a range label',
      row: progress('4月~8月:a\n9月~10月:'),
      issues: [{ cell: 'M3', months: [9, 10], ja: 'M3: 「9月~10月:」の後に記入がありません', en: 'M3: Nothing is written after "9月~10月:"' }],
    },
    {
      name: 'a word label has no months',
      row: progress('4月~10月:a\n随時:'),
      issues: [{ cell: 'M3', ja: 'M3: 「随時:」の後に記入がありません', en: 'M3: Nothing is written after "随時:"' }],
    },
    {
      name: 'two empty lines, two issues',
      row: progress('4月~8月:a\n9月:\n10月:'),
      issues: [
        { cell: 'M3', months: [9], ja: 'M3: 「9月:」の後に記入がありません', en: 'M3: Nothing is written after "9月:"' },
        { cell: 'M3', months: [10], ja: 'M3: 「10月:」の後に記入がありません', en: 'M3: Nothing is written after "10月:"' },
      ],
    },
    {
      name: 'a hidden row',
      table: { ...sheet([soundRow(progress('4月~9月:a\n10月:'))]), hiddenRows: [2] },
      issues: [
        {
          cell: 'M3',
          months: [10],
          hidden: true,
          ja: 'M3（非表示の行）: 「10月:」の後に記入がありません',
          en: 'M3 (hidden row): Nothing is written after "10月:"',
        },
      ],
    },
  ],
});
