import { ruleTester, sheet, soundRow } from '../../helpers/sheet';

const progress = (text: string) => ({ 進捗状況及び課題: text });

ruleTester('month-duplicate', {
  column: '進捗状況及び課題',
  valid: [
    { name: 'single months once each', row: progress('4月~8月:a\n9月:b\n10月:c') },
    { name: 'a single month beside a list that covers it (No.1 of the fixture)', row: progress('4月:a\n5月・6月・7月・8月・9月・10月:b\n9月:c\n10月:d') },
    { name: 'a single month beside a range that covers it', row: progress('4月~10月:a\n10月:b') },
    { name: 'a line that is not a label does not count', row: progress('4月~9月:a\n10月:b\n10月に報告会を開催') },
    { name: '令和6年10月: on an R7 sheet is not a 10月 label', row: progress('4月~9月:a\n10月:b\n令和6年10月:c') },
  ],
  invalid: [
    {
      name: '9月 twice',
      row: progress('4月~8月:a\n9月:b\n9月:c\n10月:d'),
      issues: [
        {
          cell: 'M3',
          months: [9],
          ja: 'M3: 「9月:」が2回あります。1つにまとめてください',
          en: 'M3: "September" is labelled 2 times: merge them into one entry',
        },
      ],
    },
    {
      name: 'full-width and half-width are the same month',
      row: progress('4月~8月:a\n９月：b\n9月:c\n10月:d'),
      issues: [
        {
          cell: 'M3',
          months: [9],
          ja: 'M3: 「9月:」が2回あります。1つにまとめてください',
          en: 'M3: "September" is labelled 2 times: merge them into one entry',
        },
      ],
    },
    {
      name: 'forms staff write are the same month: 【10月】, 10月 text, 令和7年10月:',
      row: progress('4月~9月:a\n【10月】b\n10月 c\n令和7年10月:d'),
      issues: [
        {
          cell: 'M3',
          months: [10],
          ja: 'M3: 「10月:」が3回あります。1つにまとめてください',
          en: 'M3: "October" is labelled 3 times: merge them into one entry',
        },
      ],
    },
    {
      name: 'two months doubled, in fiscal order',
      row: progress('4月:a\n1月:x\n4月:b\n5月~10月:c\n1月:y'),
      month: 1,
      issues: [
        { cell: 'M3', months: [4], ja: 'M3: 「4月:」が2回あります。1つにまとめてください', en: 'M3: "April" is labelled 2 times: merge them into one entry' },
        { cell: 'M3', months: [1], ja: 'M3: 「1月:」が2回あります。1つにまとめてください', en: 'M3: "January" is labelled 2 times: merge them into one entry' },
      ],
    },
    {
      name: 'a hidden row',
      table: { ...sheet([soundRow(progress('4月~9月:a\n10月:b\n10月:c'))]), hiddenRows: [2] },
      issues: [
        {
          cell: 'M3',
          months: [10],
          hidden: true,
          ja: 'M3（非表示の行）: 「10月:」が2回あります。1つにまとめてください',
          en: 'M3 (hidden row): "October" is labelled 2 times: merge them into one entry',
        },
      ],
    },
  ],
});
