import { ruleTester, sheet, soundRow } from '../../helpers/sheet';

const progress = (text: string) => ({ 進捗状況及び課題: text });
const rest = '\n5月~10月:継続';
const EVERY = '「4月:」「【4月】」「4月 本文」のように書いてください';
const EVERY_EN = 'write "4月:", "【4月】" or "4月 text"';

/** A sheet whose title row names no fiscal year. */
const noYear = (text: string) => sheet([soundRow(progress(text))], undefined, '取組実施プロセスシート');

ruleTester('month-missing', {
  column: '進捗状況及び課題',
  valid: [
    { name: 'every month April–October', row: progress(['4月:a', '5月:b', '6月:c', '7月:d', '8月:e', '9月:f', '10月:g'].join('\n')) },
    { name: 'a list label covers its months', row: progress('4月:a\n5月・6月・7月・8月・9月・10月:継続') },
    { name: 'a list written 5・6・7月', row: progress('4月:a\n5・6・7・8・9・10月:継続') },
    { name: 'a range label covers its months', row: progress('4月~10月:継続') },
    { name: 'a range written 4~10月', row: progress('4~10月:継続') },
    { name: 'an open range covers every later month', row: progress('4月~:継続中') },
    { name: 'full-width digits and colon, ～ range', row: progress('４月：a\n５月～１０月：b') },
    { name: 'wave dash 〜', row: progress('4月〜10月:b') },
    { name: 'dash ー between months', row: progress('4ー10月:b') },
    { name: '頃', row: progress('4月~9月:a\n10月頃:b') },
    { name: 'months after the reporting month do not matter', row: progress('4月~10月:a\n11月:予定') },
    // DESIGN.md section 2, "Month labels": the forms staff write.
    { name: '４月　ALTを… (month, a full-width space, text)', row: progress('４月　ALTを活用した授業を実施' + rest) },
    { name: '4月 text (half-width space)', row: progress('4月 説明会を開催' + rest) },
    { name: '【4月】 alone on its line, text below', row: progress('【4月】\n説明会を開催' + rest) },
    { name: '【4月】 before text', row: progress('【4月】説明会を開催' + rest) },
    { name: '［4月］ (full-width square brackets)', row: progress('［4月］説明会を開催' + rest) },
    { name: '(4月)', row: progress('(4月)説明会を開催' + rest) },
    { name: '（４月）', row: progress('（４月）説明会を開催' + rest) },
    { name: '令和7年4月: on an R7 sheet', row: progress('令和7年4月:説明会を開催' + rest) },
    { name: 'R7.4月: on an R7 sheet', row: progress('R7.4月:説明会を開催' + rest) },
    { name: '2025年4月: on an R7 sheet', row: progress('2025年4月:説明会を開催' + rest) },
    { name: '4月分:', row: progress('4月分:説明会を開催' + rest) },
    { name: 'bracketed labels throughout', row: progress('【4月】a\n【5月~7月】b\n【8月・9月】c\n【10月】d') },
    { name: '令和8年1月: is January of the R7 fiscal year', row: progress('4月~12月:a\n令和8年1月:b'), month: 1 },
    { name: '2026年1月: is January of the R7 fiscal year', row: progress('4月~12月:a\n2026年1月:b'), month: 1 },
    { name: 'a sheet that names no fiscal year takes any year', table: noYear('令和6年4月:a' + rest) },
    { name: 'judged at the reporting month: May', row: progress('4月:a\n5月:b'), month: 5 },
    { name: 'a blank progress cell is required-empty, not month-missing', row: progress('') },
  ],
  invalid: [
    {
      name: '6月–10月 missing (No.5 of the fixture)',
      row: progress('4月:a\n5月:b'),
      issues: [
        {
          cell: 'M3',
          months: [6, 7, 8, 9, 10],
          ja: 'M3: 6月〜10月 の記入がありません。「6月:」「7月:」「8月:」…のように月ごとに行を追加してください',
          en: 'M3: No progress entry for June–October: add a line for each month, starting with "6月:" and so on',
        },
      ],
    },
    {
      name: 'a gap in the middle',
      row: progress('4月~6月:a\n8月~10月:b'),
      issues: [
        {
          cell: 'M3',
          months: [7],
          ja: 'M3: 7月 の記入がありません。「7月:」で始まる行を追加してください',
          en: 'M3: No progress entry for July: add a line starting with "7月:"',
        },
      ],
    },
    {
      name: 'two gaps',
      row: progress('4月:a\n6月:b\n8月~9月:c'),
      issues: [
        {
          cell: 'M3',
          months: [5, 7, 10],
          ja: 'M3: 5月、7月、10月 の記入がありません。「5月:」「7月:」「10月:」のように月ごとに行を追加してください',
          en: 'M3: No progress entry for May, July, October: add a line for each month, starting with "5月:" and so on',
        },
      ],
    },
    {
      name: 'a word label covers no month',
      row: progress('通年:継続\n4月~9月:a'),
      issues: [
        {
          cell: 'M3',
          months: [10],
          ja: 'M3: 10月 の記入がありません。「10月:」で始まる行を追加してください',
          en: 'M3: No progress entry for October: add a line starting with "10月:"',
        },
      ],
    },
    {
      name: 'no label at all',
      row: progress('特になし'),
      issues: [
        {
          cell: 'M3',
          months: [4, 5, 6, 7, 8, 9, 10],
          ja: 'M3: 4月〜10月 の記入がありません。「4月:」「5月:」「6月:」…のように月ごとに行を追加してください',
          en: 'M3: No progress entry for April–October: add a line for each month, starting with "4月:" and so on',
        },
      ],
    },
    {
      name: 'judged at the reporting month: June',
      row: progress('4月:a\n5月:b'),
      month: 6,
      issues: [
        {
          cell: 'M3',
          months: [6],
          ja: 'M3: 6月 の記入がありません。「6月:」で始まる行を追加してください',
          en: 'M3: No progress entry for June: add a line starting with "6月:"',
        },
      ],
    },
    {
      name: 'judged at the reporting month: February, across the year end',
      row: progress('4月~12月:a'),
      month: 2,
      issues: [
        {
          cell: 'M3',
          months: [1, 2],
          ja: 'M3: 1月、2月 の記入がありません。「1月:」「2月:」のように月ごとに行を追加してください',
          en: 'M3: No progress entry for January, February: add a line for each month, starting with "1月:" and so on',
        },
      ],
    },
    // Lines that look like a month but are not labels: the message says so and shows the forms.
    {
      name: '5月3日に… is a date, not a label',
      row: progress('4月:a\n5月3日に説明会を開催\n6月~10月:b'),
      issues: [
        {
          cell: 'M3',
          months: [5],
          ja: `M3: 5月 の記入がありません。「5月:」で始まる行を追加してください（「5月3日に説明会を開催」は月の見出しとして読めません。${EVERY}）`,
          en: `M3: No progress entry for May: add a line starting with "5月:" ("5月3日に説明会を開催" is not read as a month label: ${EVERY_EN})`,
        },
      ],
    },
    {
      name: '4月から… is a sentence, not a label',
      row: progress('4月から受付を開始' + rest),
      issues: [
        {
          cell: 'M3',
          months: [4],
          ja: `M3: 4月 の記入がありません。「4月:」で始まる行を追加してください（「4月から受付を開始」は月の見出しとして読めません。${EVERY}）`,
          en: `M3: No progress entry for April: add a line starting with "4月:" ("4月から受付を開始" is not read as a month label: ${EVERY_EN})`,
        },
      ],
    },
    {
      name: 'a cell of 4/1 … lines: the labels were not understood',
      row: progress('4/1 説明会\n5/12 研修\n10/3 報告会'),
      issues: [
        {
          cell: 'M3',
          months: [4, 5, 6, 7, 8, 9, 10],
          ja: `M3: 4月〜10月 の記入がありません。「4月:」「5月:」「6月:」…のように月ごとに行を追加してください（「4/1 説明会」は月の見出しとして読めません。${EVERY}）`,
          en: `M3: No progress entry for April–October: add a line for each month, starting with "4月:" and so on ("4/1 説明会" is not read as a month label: ${EVERY_EN})`,
        },
      ],
    },
    {
      name: '4. 研修 (a number and a dot)',
      row: progress('4.研修を実施' + rest),
      issues: [
        {
          cell: 'M3',
          months: [4],
          ja: `M3: 4月 の記入がありません。「4月:」で始まる行を追加してください（「4.研修を実施」は月の見出しとして読めません。${EVERY}）`,
          en: `M3: No progress entry for April: add a line starting with "4月:" ("4.研修を実施" is not read as a month label: ${EVERY_EN})`,
        },
      ],
    },
    // The year written with the month must agree with the sheet's fiscal year (R7: April 2025 – March 2026).
    {
      name: '令和6年4月: on an R7 sheet does not count',
      row: progress('令和6年4月:説明会' + rest),
      issues: [
        {
          cell: 'M3',
          months: [4],
          ja: 'M3: 4月 の記入がありません。「4月:」で始まる行を追加してください（「令和6年4月:説明会」は年が表の年度と合わないため、月の記入として数えていません）',
          en: `M3: No progress entry for April: add a line starting with "4月:" ("令和6年4月:説明会" names a year outside the sheet's fiscal year, so it does not count as a month's entry)`,
        },
      ],
    },
    {
      name: '2024年4月: on an R7 sheet does not count',
      row: progress('2024年4月:説明会' + rest),
      issues: [
        {
          cell: 'M3',
          months: [4],
          ja: 'M3: 4月 の記入がありません。「4月:」で始まる行を追加してください（「2024年4月:説明会」は年が表の年度と合わないため、月の記入として数えていません）',
          en: `M3: No progress entry for April: add a line starting with "4月:" ("2024年4月:説明会" names a year outside the sheet's fiscal year, so it does not count as a month's entry)`,
        },
      ],
    },
    {
      name: '令和7年1月: is January 2025, before the R7 fiscal year',
      row: progress('4月~12月:a\n令和7年1月:b'),
      month: 1,
      issues: [
        {
          cell: 'M3',
          months: [1],
          ja: 'M3: 1月 の記入がありません。「1月:」で始まる行を追加してください（「令和7年1月:b」は年が表の年度と合わないため、月の記入として数えていません）',
          en: `M3: No progress entry for January: add a line starting with "1月:" ("令和7年1月:b" names a year outside the sheet's fiscal year, so it does not count as a month's entry)`,
        },
      ],
    },
    {
      name: 'a hidden row is validated and says so',
      table: { ...sheet([soundRow({ 'No.': 1 }), soundRow({ 'No.': 2, ...progress('4月~9月:a') })]), hiddenRows: [3] },
      issues: [
        {
          cell: 'M4',
          months: [10],
          hidden: true,
          no: 2,
          ja: 'M4（非表示の行）: 10月 の記入がありません。「10月:」で始まる行を追加してください',
          en: 'M4 (hidden row): No progress entry for October: add a line starting with "10月:"',
        },
      ],
    },
  ],
});
