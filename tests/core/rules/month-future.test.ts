import { ruleTester, sheet, soundRow } from '../../helpers/sheet';

const progress = (text: string) => ({ 進捗状況及び課題: text });

ruleTester('month-future', {
  column: '進捗状況及び課題',
  valid: [
    { name: 'up to the reporting month', row: progress('4月~10月:a') },
    { name: 'a range starting by the reporting month', row: progress('4月~9月:a\n10月~12月:b') },
    { name: 'an open range starting by the reporting month', row: progress('4月~:継続') },
    { name: 'a word label is no month', row: progress('4月~10月:a\n下半期:予定') },
    { name: 'at reporting month 3 nothing is in the future', row: progress('4月~3月:a'), month: 3 },
    { name: 'an empty line made ready for the coming month reports nothing yet', row: progress('4月~10月:a\n11月:') },
  ],
  invalid: [
    {
      name: '11月 at reporting month 10',
      row: progress('4月~10月:a\n11月:b'),
      issues: [{ cell: 'M3', months: [11], ja: 'M3: 「11月:」は報告月（10月）より後の記入です', en: 'M3: "11月:" is after the reporting month (October)' }],
    },
    {
      name: '1月 (next calendar year) at reporting month 10',
      row: progress('4月~10月:a\n1月:b'),
      issues: [{ cell: 'M3', months: [1], ja: 'M3: 「1月:」は報告月（10月）より後の記入です', en: 'M3: "1月:" is after the reporting month (October)' }],
    },
    {
      name: 'a range judged by its first month; the label quoted as written',
      row: progress('4月~10月:a\n【１１月～１２月】b'),
      issues: [
        {
          cell: 'M3',
          months: [11],
          ja: 'M3: 「【１１月～１２月】」は報告月（10月）より後の記入です',
          en: 'M3: "【１１月～１２月】" is after the reporting month (October)',
        },
      ],
    },
    {
      // Before this merge the quote was the normalised line cut at the label's length: "11月~12月:準備".
      name: 'a range written with spaces around its dash: the label alone, as written',
      row: progress('4月~10月:a\n11月 − 12月:準備'),
      issues: [
        {
          cell: 'M3',
          months: [11],
          ja: 'M3: 「11月 − 12月:」は報告月（10月）より後の記入です',
          en: 'M3: "11月 − 12月:" is after the reporting month (October)',
        },
      ],
    },
    {
      name: 'at reporting month 6',
      row: progress('4月:a\n5月:b\n6月:c\n7月:d'),
      month: 6,
      issues: [{ cell: 'M3', months: [7], ja: 'M3: 「7月:」は報告月（6月）より後の記入です', en: 'M3: "7月:" is after the reporting month (June)' }],
    },
    {
      name: 'a hidden row',
      table: { ...sheet([soundRow(progress('4月~10月:a\n11月:b'))]), hiddenRows: [2] },
      issues: [
        {
          cell: 'M3',
          months: [11],
          hidden: true,
          ja: 'M3（非表示の行）: 「11月:」は報告月（10月）より後の記入です',
          en: 'M3 (hidden row): "11月:" is after the reporting month (October)',
        },
      ],
    },
  ],
});
