import { insertMonthLine, MAX_CELL_LENGTH } from '../../../src/core/insert-month';

const ins = (text: string | null, month: number, line = `${month}月:`) => insertMonthLine(text, month, line);

/** Removing `inserted` at `at` from the result gives `original` back, character for character. */
function expectOnlyAdded(original: string, r: ReturnType<typeof ins>) {
  expect(r.status).toBe('inserted');
  if (r.status !== 'inserted') return;
  expect(r.text.slice(r.at, r.at + r.inserted.length)).toBe(r.inserted);
  expect(r.text.slice(0, r.at) + r.text.slice(r.at + r.inserted.length)).toBe(original);
}

describe('insertMonthLine: where the line goes', () => {
  test.each<[string, string | null, number, string]>([
    ['11月 after 10月', '4月:a\n10月:b', 11, '4月:a\n10月:b\n11月:'],
    ['a missed 7月 between 6月 and 8月', '4月:a\n6月:b\n8月:c', 7, '4月:a\n6月:b\n7月:\n8月:c'],
    ['7月 after the continuation lines of 6月', '4月:a\n6月:b\n続きの行\nさらに続き\n8月:c', 7, '4月:a\n6月:b\n続きの行\nさらに続き\n7月:\n8月:c'],
    ['blank continuation lines stay with their entry', '4月:a\n\n6月:b', 5, '4月:a\n\n5月:\n6月:b'],
    ['before every later entry', '8月:c\n9月:d', 5, '5月:\n8月:c\n9月:d'],
    ['lines before the first label stay at the top', '前年度からの継続\n8月:c', 5, '前年度からの継続\n5月:\n8月:c'],
    ['across the year end: 1月 before 2月', '4月~12月:a\n2月:b', 1, '4月~12月:a\n1月:\n2月:b'],
    ['across the year end: 1月 after 12月', '11月:a\n12月:b', 1, '11月:a\n12月:b\n1月:'],
    ['3月 last', '4月:a\n2月:b', 3, '4月:a\n2月:b\n3月:'],
    ['a list is placed by its first month', '4月:a\n5月・6月・7月:b\n9月:c', 8, '4月:a\n5月・6月・7月:b\n8月:\n9月:c'],
    ['a range is placed by its first month', '4月~6月:a\n8月~10月:b', 7, '4月~6月:a\n7月:\n8月~10月:b'],
    ['full-width labels are read, and the new label is written like them', '４月：a\n６月：b', 5, '４月：a\n５月：\n６月：b'],
    ['the label style of the entry before: 【】', '【4月】a\n【6月】b', 5, '【4月】a\n【5月】\n【6月】b'],
    ['the label style of the entry before: a full-width space', '4月　a\n6月　b', 5, '4月　a\n5月　\n6月　b'],
    ['the label style of the entry before: （）', '（４月）a', 5, '（４月）a\n（５月）'],
    ['the first label when none comes before', '通年:x\n６月：b', 5, '通年:x\n５月：\n６月：b'],
    ['wave dash 〜 ranges are read', '4月〜6月:a\n9月:b', 8, '4月〜6月:a\n8月:\n9月:b'],
    ['wave dash ～ ranges are read', '4月～6月:a\n9月:b', 7, '4月～6月:a\n7月:\n9月:b'],
    ['katakana ー between months', '4ー6月:a\n9月:b', 7, '4ー6月:a\n7月:\n9月:b'],
    ['\\r\\n: between entries', '4月:a\r\n6月:b', 5, '4月:a\r\n5月:\r\n6月:b'],
    ['\\r\\n: at the end', '4月:a\r\n5月:b', 6, '4月:a\r\n5月:b\r\n6月:'],
    ['\\r\\n: a trailing break stays last', '4月:a\r\n', 5, '4月:a\r\n5月:\r\n'],
    ['a trailing line break stays last', '4月:a\n', 5, '4月:a\n5月:\n'],
    ['two trailing line breaks', '4月:a\n\n', 5, '4月:a\n\n5月:\n'],
    ['a blank cell gets just the line', '', 11, '11月:'],
    ['a null cell gets just the line', null, 11, '11月:'],
    ['whitespace is kept, the line goes below', '  ', 4, '  \n4月:'],
    ['a full-width space is kept', '\u3000', 4, '\u3000\n4月:'],
    ['a lone line break is kept last', '\n', 4, '\n4月:\n'],
    ['text without any label: at the end', '特記事項なし', 4, '特記事項なし\n4月:'],
    // Word-labelled entries (通年/随時/上半期/下半期/年間) do not decide the place; they keep theirs.
    ['a word entry above: the month follows the dated entries', '通年:継続\n4月:a', 5, '通年:継続\n4月:a\n5月:'],
    ['a trailing word entry stays last', '4月:a\n5月:b\n随時:相談対応', 6, '4月:a\n5月:b\n6月:\n随時:相談対応'],
    ['a word entry between months stays after the earlier month', '6月:a\n随時:相談\n8月:b', 7, '6月:a\n7月:\n随時:相談\n8月:b'],
    ['only word entries: at the end', '通年:運用\n随時:相談', 5, '通年:運用\n随時:相談\n5月:'],
    ['a word entry at the top, later months below', '通年:運用\n8月:b', 5, '通年:運用\n5月:\n8月:b'],
    // Text already out of order: the line goes before the first entry starting later, right after the dated entry above it.
    ['out of order: before the first later entry', '8月:a\n6月:b', 7, '7月:\n8月:a\n6月:b'],
    ['out of order: after the last dated entry when none is later', '8月:a\n6月:b', 9, '8月:a\n6月:b\n9月:'],
    [
      'the fixture No.1 shape (a list, then 9月 and 10月)',
      '4月:a\n続き\n5月・6月・7月・8月・9月・10月:b\n9月:c\n10月:d',
      11,
      '4月:a\n続き\n5月・6月・7月・8月・9月・10月:b\n9月:c\n10月:d\n11月:',
    ],
  ])('%s', (_n, text, month, expected) => {
    const r = ins(text, month);
    expectOnlyAdded(text ?? '', r);
    if (r.status === 'inserted') expect(r.text).toBe(expected);
  });

  test('at and inserted: exactly the characters added', () => {
    expect(ins('4月:a\r\n6月:b', 5)).toEqual({ status: 'inserted', text: '4月:a\r\n5月:\r\n6月:b', at: 6, inserted: '5月:\r\n', line: '5月:' });
    expect(ins('4月:a', 5)).toEqual({ status: 'inserted', text: '4月:a\n5月:', at: 4, inserted: '\n5月:', line: '5月:' });
    expect(ins(null, 5)).toEqual({ status: 'inserted', text: '5月:', at: 0, inserted: '5月:', line: '5月:' });
  });

  test('offsets count UTF-16 units (astral characters before the insertion point)', () => {
    const text = '4月:𠮷野家で会議😀\n6月:b';
    const r = ins(text, 5);
    expectOnlyAdded(text, r);
    expect(r).toMatchObject({ at: text.indexOf('6月'), inserted: '5月:\n' });
  });

  test('the line break of the cell is used, the first one found', () => {
    const r = ins('4月:a\r\n5月:b\n7月:c', 6);
    expect(r).toMatchObject({ status: 'inserted', text: '4月:a\r\n5月:b\n6月:\r\n7月:c' });
  });
});

describe('insertMonthLine: cells that already cover the month', () => {
  test.each<[string, string, number]>([
    ['a single label', '4月:a\n7月:b', 7],
    ['a list label', '4月:a\n5月・6月・7月:b', 7],
    ['a list with 月 only at the end', '5・6・7月:b', 6],
    ['a range label', '7月~9月:b', 8],
    ['a range without the first 月', '7~9月:b', 9],
    ['a range across the year end', '10月~2月:b', 1],
    ['an open range covers every later month', '4月~:b', 11],
    ['an open range covers March', '10月~:b', 3],
    ['頃', '12月頃:b', 12],
    ['wave dash 〜', '7月〜9月:b', 8],
    ['wave dash ～', '7月～9月:b', 8],
    ['full-width digits and colon', '１１月：b', 11],
    ['full-width range', '１０月～１２月：b', 11],
    ['an empty label line counts too', '11月:', 11],
    ['a label after some text', '前置き\n11月:b', 11],
  ])('covered: %s', (_n, text, month) => {
    expect(ins(text, month)).toMatchObject({ status: 'skipped', reason: 'covered' });
  });

  test('the message names the label that covers the month', () => {
    const r = ins('4月:a\n５月・６月・７月：継続', 7);
    expect(r).toMatchObject({ status: 'skipped', reason: 'covered' });
    if (r.status !== 'skipped') return;
    expect(r.message.ja).toBe('7月 の記入はすでにあります（「５月・６月・７月：」）');
    expect(r.message.en).toContain('"５月・６月・７月："');
  });

  test('the quoted label leaves out invisible characters, and keeps the rest as written', () => {
    // Before this merge the quote held the U+200B: 「１\u200B０月：」.
    const r = ins('4月:a\n１\u200B０月：継続', 10);
    if (r.status !== 'skipped') throw new Error(`not skipped: ${r.status}`);
    expect(r.message.ja).toBe('10月 の記入はすでにあります（「１０月：」）');
    expect(r.message.en).toBe('an entry already covers month 10 ("１０月：")');
  });

  test('an open range does not cover the months before it', () => {
    expect(ins('7月~:b', 5)).toMatchObject({ status: 'inserted', text: '5月:\n7月~:b' });
  });

  test('word labels cover no month of a progress cell', () => {
    expect(ins('通年:運用', 5).status).toBe('inserted');
  });

  test('twice adds nothing the second time', () => {
    const first = ins('4月:a\n10月:b', 11);
    expect(first.status).toBe('inserted');
    if (first.status !== 'inserted') return;
    expect(ins(first.text, 11)).toMatchObject({ status: 'skipped', reason: 'covered' });
  });
});

describe('insertMonthLine: cells never changed', () => {
  test('formula cells are never touched', () => {
    expect(insertMonthLine('4月:a', 5, '5月:', { isFormula: true })).toMatchObject({ status: 'skipped', reason: 'formula' });
    expect(insertMonthLine(null, 5, '5月:', { isFormula: true })).toMatchObject({ status: 'skipped', reason: 'formula' });
    expect(insertMonthLine(3, 5, '5月:', { isFormula: true })).toMatchObject({ status: 'skipped', reason: 'formula' });
  });

  test('numbers and booleans are not text', () => {
    const n = insertMonthLine(12, 5, '5月:');
    expect(n).toMatchObject({ status: 'skipped', reason: 'not-text' });
    if (n.status === 'skipped') expect(n.message.ja).toContain('「12」');
    expect(insertMonthLine(true, 5, '5月:')).toMatchObject({ status: 'skipped', reason: 'not-text' });
    expect(insertMonthLine(0, 5, '5月:')).toMatchObject({ status: 'skipped', reason: 'not-text' });
  });

  test(`a result over ${MAX_CELL_LENGTH.toLocaleString('en-US')} characters is refused with its length`, () => {
    // '4月:' + filler + '\n5月:' (4 characters added): 32,767 fits, 32,768 does not.
    const fits = '4月:' + 'あ'.repeat(MAX_CELL_LENGTH - 3 - 4);
    const over = '4月:' + 'あ'.repeat(MAX_CELL_LENGTH - 3 - 3);
    const ok = insertMonthLine(fits, 5, '5月:');
    expect(ok.status).toBe('inserted');
    if (ok.status === 'inserted') expect(ok.text.length).toBe(MAX_CELL_LENGTH);
    const r = insertMonthLine(over, 5, '5月:');
    expect(r).toMatchObject({ status: 'skipped', reason: 'too-long' });
    if (r.status !== 'skipped') return;
    expect(r.message.ja).toContain('32,768 文字');
    expect(r.message.ja).toContain('32,767');
    expect(r.message.ja).toContain('「4月:ああ');
    expect(r.message.en).toContain('32,768 characters');
  });

  test('the refusal quotes the first line of a cell of several lines, with … for the rest', () => {
    // Before this merge insert-month's excerpt had no `…` here: 「4月:a」.
    const r = insertMonthLine('4月:a\n5月:b', 6, '6月:', { maxLength: 10 });
    if (r.status !== 'skipped') throw new Error(`not skipped: ${r.status}`);
    expect(r.message.ja).toBe('「4月:a…」に 6月 の行を追加すると 13 文字になり、セルの上限 10 文字を超えます');
    expect(r.message.en).toBe('adding the month 6 line to "4月:a…" would make 13 characters, over the cell limit of 10');
  });

  test('a smaller limit can be given', () => {
    expect(insertMonthLine('4月:a', 5, '5月:', { maxLength: 8 })).toMatchObject({ status: 'inserted' });
    expect(insertMonthLine('4月:a', 5, '5月:', { maxLength: 7 })).toMatchObject({ status: 'skipped', reason: 'too-long' });
    expect(insertMonthLine('', 5, '5月:', { maxLength: 2 })).toMatchObject({ status: 'skipped', reason: 'too-long' });
  });

  test('a covered cell is reported as covered even when it is at the limit', () => {
    expect(insertMonthLine('5月:' + 'あ'.repeat(MAX_CELL_LENGTH - 3), 5, '5月:')).toMatchObject({ reason: 'covered' });
  });
});

describe('insertMonthLine: the caller must give a line for the month', () => {
  test.each<[number, string]>([
    [13, '13月:'],
    [0, '0月:'],
    [5.5, '5月:'],
    [5, '6月:'],
    [5, '報告:'],
    [5, '5月:\n続き'],
    [5, '通年:'],
  ])('month %p with line %p throws', (month, line) => {
    expect(() => insertMonthLine('4月:a', month, line)).toThrow(RangeError);
  });

  test('a line whose label covers the month is accepted', () => {
    expect(insertMonthLine('4月:a', 5, '5月頃:予定')).toMatchObject({ status: 'inserted', text: '4月:a\n5月頃:予定' });
  });
});
