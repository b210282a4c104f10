import { ruleTester, sheet, soundRow } from '../../helpers/sheet';

const progress = (text: string) => ({ 進捗状況及び課題: text });

ruleTester('month-repeated-text', {
  column: '進捗状況及び課題',
  valid: [
    { name: 'different texts', row: progress('4月~8月:a\n9月:実績 15件\n10月:実績 15件 対象者に再通知') },
    { name: 'empty entries are month-empty, not repeated', row: progress('4月~8月:a\n9月:\n10月:') },
    { name: 'the same text two months apart', row: progress('4月~7月:a\n8月:実績 15件\n9月:別\n10月:実績 15件') },
    { name: 'continuation lines make texts differ', row: progress('4月~8月:a\n9月:会議\n第1回\n10月:会議\n第2回') },
  ],
  invalid: [
    {
      name: 'identical consecutive entries, once for each repeat (No.9 of the fixture)',
      row: progress('4月~6月:a\n7月:実績 15件\n8月:実績 15件\n9月:実績　15件\n10月:b'),
      issues: [
        {
          cell: 'M3',
          months: [8],
          ja: 'M3: 「8月:」の記入が前月「7月:」と同じです:「実績 15件」',
          en: 'M3: "8月:" repeats the previous entry "7月:" word for word: "実績 15件"',
        },
        {
          cell: 'M3',
          months: [9],
          ja: 'M3: 「9月:」の記入が前月「8月:」と同じです:「実績 15件」',
          en: 'M3: "9月:" repeats the previous entry "8月:" word for word: "実績 15件"',
        },
      ],
    },
    {
      name: 'labels written differently, same text',
      row: progress('4月~8月:a\n【9月】説明会を開催\n１０月：説明会を開催'),
      issues: [
        {
          cell: 'M3',
          months: [10],
          ja: 'M3: 「１０月：」の記入が前月「【9月】」と同じです:「説明会を開催」',
          en: 'M3: "１０月：" repeats the previous entry "【9月】" word for word: "説明会を開催"',
        },
      ],
    },
    {
      // The quote is the text's first line, `…` saying more lines follow; the label's U+200B is left out of its quote.
      name: 'a text of several lines: its first line quoted, then …',
      row: progress('4月~8月:a\n9月:会議\n第1回\n1\u200B0月:会議\n第1回'),
      issues: [
        {
          cell: 'M3',
          months: [10],
          ja: 'M3: 「10月:」の記入が前月「9月:」と同じです:「会議…」',
          en: 'M3: "10月:" repeats the previous entry "9月:" word for word: "会議…"',
        },
      ],
    },
    {
      name: 'a hidden row',
      table: { ...sheet([soundRow(progress('4月~8月:a\n9月:同じ\n10月:同じ'))]), hiddenRows: [2] },
      issues: [
        {
          cell: 'M3',
          months: [10],
          hidden: true,
          ja: 'M3（非表示の行）: 「10月:」の記入が前月「9月:」と同じです:「同じ」',
          en: 'M3 (hidden row): "10月:" repeats the previous entry "9月:" word for word: "同じ"',
        },
      ],
    },
  ],
});
