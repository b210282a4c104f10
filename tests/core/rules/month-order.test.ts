import { ruleTester, sheet, soundRow } from '../../helpers/sheet';

const progress = (text: string) => ({ 進捗状況及び課題: text });

ruleTester('month-order', {
  column: '進捗状況及び課題',
  valid: [
    { name: 'fiscal order', row: progress('4月:a\n5月~9月:b\n10月:c') },
    { name: 'judged by each label first month (No.1 of the fixture)', row: progress('4月:a\n5月・6月・7月・8月・9月・10月:b\n9月:c\n10月:d') },
    { name: 'across the year end', row: progress('4月~12月:a\n1月:b\n2月:c'), month: 2 },
    { name: 'word labels are not months', row: progress('随時:相談\n4月~10月:a\n通年:継続') },
    { name: 'forms staff write, in order', row: progress('【4月】a\n５月　b\n(6月)c\n令和7年7月:d\n8月~10月:e') },
  ],
  invalid: [
    {
      name: '10月 before 9月',
      row: progress('4月~8月:a\n10月:b\n9月:c'),
      issues: [
        {
          cell: 'M3',
          months: [9],
          ja: 'M3: 「9月:」が「10月:」の後にあります（年度順は4月→3月）',
          en: 'M3: "9月:" comes after "10月:" (fiscal order is April to March)',
        },
      ],
    },
    {
      name: 'January before December',
      row: progress('4月~11月:a\n1月:b\n12月:c'),
      month: 1,
      issues: [
        {
          cell: 'M3',
          months: [12],
          ja: 'M3: 「12月:」が「1月:」の後にあります（年度順は4月→3月）',
          en: 'M3: "12月:" comes after "1月:" (fiscal order is April to March)',
        },
      ],
    },
    {
      name: 'labels are quoted as written',
      row: progress('4月~8月:a\n【10月】b\n９月：c'),
      issues: [
        {
          cell: 'M3',
          months: [9],
          ja: 'M3: 「９月：」が「【10月】」の後にあります（年度順は4月→3月）',
          en: 'M3: "９月：" comes after "【10月】" (fiscal order is April to March)',
        },
      ],
    },
    {
      // Before this merge: "4月:" after "5月:" (the ligature normalised, the U+200B dropped with the full width).
      name: 'a ligature and an invisible character: quoted as written, without the invisible one',
      row: progress('５\u200B月：a\n㋃:b'),
      issues: [
        {
          cell: 'M3',
          months: [4],
          ja: 'M3: 「㋃:」が「５月：」の後にあります（年度順は4月→3月）',
          en: 'M3: "㋃:" comes after "５月：" (fiscal order is April to March)',
        },
      ],
    },
    {
      name: 'a hidden row',
      table: { ...sheet([soundRow(progress('4月~8月:a\n10月:b\n9月:c'))]), hiddenRows: [2] },
      issues: [
        {
          cell: 'M3',
          months: [9],
          hidden: true,
          ja: 'M3（非表示の行）: 「9月:」が「10月:」の後にあります（年度順は4月→3月）',
          en: 'M3 (hidden row): "9月:" comes after "10月:" (fiscal order is April to March)',
        },
      ],
    },
  ],
});
