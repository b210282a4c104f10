import { coveredMonths, monthEntries, parseEntries } from '../../../src/core/parse/entries';

describe('entries', () => {
  test('continuation lines belong to the entry above (fixture row 1)', () => {
    const text = '4月:暫定利用開始。\n活動の移行先へ依頼\n5月・6月・7月・8月・9月・10月:継続。\n9月:周知文書を作成。\n10月:掲示。';
    const { entries } = parseEntries(text);
    expect(entries.map((e) => [e.firstLine, e.lineCount, e.label?.first])).toEqual([
      [0, 2, 4],
      [2, 1, 5],
      [3, 1, 9],
      [4, 1, 10],
    ]);
    expect(entries[0].body).toBe('暫定利用開始。\n活動の移行先へ依頼');
  });

  test('lines before the first label form an entry without a label', () => {
    const { entries } = parseEntries('前年度からの継続\n4月:開始');
    expect(entries[0].label).toBeUndefined();
    expect(entries[0].body).toBe('前年度からの継続');
    expect(monthEntries(parseEntries('前年度からの継続\n4月:開始'))).toHaveLength(1);
  });

  test('\\r\\n, \\r and \\n all split lines; original lines are kept', () => {
    const p = parseEntries('4月:a\r\n5月:b\r6月:c\n7月:d');
    expect(p.lines).toEqual(['4月:a', '5月:b', '6月:c', '7月:d']);
    expect([...coveredMonths(p)]).toEqual([4, 5, 6, 7]);
  });

  test('blank text has no entries', () => {
    expect(parseEntries('').entries).toEqual([]);
    expect(parseEntries('\n \n').entries).toEqual([]);
  });
});

test('a range written with dashes and spaces keeps the body intact', () => {
  const { entries } = parseEntries('4 − 9月:上半期の実施\n10ー11月 : 下半期');
  expect(entries.map((e) => [e.label?.months.length, e.body])).toEqual([
    [6, '上半期の実施'],
    [2, '下半期'],
  ]);
});
