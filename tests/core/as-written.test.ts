import { excerpt, labelAsWritten, originalPrefixLength, withoutInvisible } from '../../src/core/as-written';
import { parseEntries } from '../../src/core/parse/entries';

/** The label of the cell's first labelled entry, as messages and insert-month read it. */
const labelOf = (text: string) => {
  const cell = parseEntries(text);
  const entry = cell.entries.find((e) => e.label);
  if (!entry) throw new Error(`no label in ${JSON.stringify(text)}`);
  return labelAsWritten(cell, entry);
};

describe('withoutInvisible: the characters normalisation drops, left out', () => {
  test.each([
    ['10月:', '10月:'],
    ['1\u200B0月:', '10月:'],
    ['\uFEFF10月\u200C\u200D:', '10月:'],
    ['↗\uFE0F', '↗'],
    ['↗\uFE0E', '↗'],
    ['\u200B\u200B', ''],
    // Visible characters normalisation maps are kept as written.
    ['１０月：\u3000', '１０月：\u3000'],
  ])('%j → %j', (text, out) => {
    expect(withoutInvisible(text)).toBe(out);
  });

  test('a text without any is returned as it is', () => {
    const text = '4月~9月:説明会を開催';
    expect(withoutInvisible(text)).toBe(text);
  });
});

describe('originalPrefixLength: where a prefix of the normalised line ends in the stored line', () => {
  test.each([
    ['10月:a', 4, 4],
    ['１０月：a', 4, 4],
    ['1\u200B0月:a', 4, 5],
    ['㋀:a', 3, 2],
    ['10月:a', 0, 0],
    ['10月', 9, 3],
  ])('%j, %i → %i', (line, n, k) => {
    expect(originalPrefixLength(line, n)).toBe(k);
  });
});

describe('labelAsWritten: the label as written, trimmed, without invisible characters', () => {
  test.each([
    ['10月:a', '10月:'],
    ['１０月：a', '１０月：'],
    ['【１０月】：a', '【１０月】：'],
    ['５月・６月・７月：a', '５月・６月・７月：'],
    ['令和７年１０月：a', '令和７年１０月：'],
    ['  10月:a', '10月:'],
    ['\u300010月:a', '10月:'],
    ['10月\u3000ALTを活用', '10月'],
    ['前置き\n４月：a', '４月：'],
    // The cases where the rules' copy and insert-month's copy differed (before → now):
    // the rules gave the normalised label ("10月:"), insert-month kept the invisible character.
    ['1\u200B0月:a', '10月:'],
    ['１\u200B０月：a', '１０月：'],
    ['\u200B10月:a', '10月:'],
    ['10月\u200B:a', '10月:'],
    ['１０月\uFE0F：a', '１０月：'],
    // The rules gave "1月:" (normalised) and "4月~9月:a" (the normalised line cut at the wrong place).
    ['㋀:a', '㋀:'],
    ['4月 − 9月:a', '4月 − 9月:'],
  ])('%j → %j', (text, label) => {
    expect(labelOf(text)).toBe(label);
  });

  test('an entry without label has none', () => {
    const cell = parseEntries('説明会を開催\n4月:a');
    expect(cell.entries[0].label).toBeUndefined();
    expect(labelAsWritten(cell, cell.entries[0])).toBe('');
  });
});

describe('excerpt: the first line that is not blank, cut at max, … for what is left out', () => {
  const long = 'あ'.repeat(30);
  test.each([
    ['abc', 'abc'],
    ['  abc  ', 'abc'],
    ['abc\ndef', 'abc…'],
    ['abc\r\ndef', 'abc…'],
    // Before this merge the rules' excerpt gave "abc" for a break written `\r` alone.
    ['abc\rdef', 'abc…'],
    ['  abc  \n def', 'abc…'],
    // Before: the rules' excerpt gave "abc…" (nothing follows) and "…" (nothing quoted).
    ['abc\n', 'abc'],
    ['abc\n \u3000\n', 'abc'],
    ['\nabc', 'abc'],
    ['\n\nabc\ndef', 'abc…'],
    [long, 'あ'.repeat(24) + '…'],
    [long + '\nx', 'あ'.repeat(24) + '…'],
    ['あ'.repeat(24), 'あ'.repeat(24)],
    ['あ'.repeat(24) + '\nx', 'あ'.repeat(24) + '…'],
    ['', ''],
    ['\n', ''],
  ])('%j → %j', (text, out) => {
    expect(excerpt(text)).toBe(out);
  });

  test('max counts characters, not UTF-16 units', () => {
    expect(excerpt('𠮷'.repeat(5), 5)).toBe('𠮷'.repeat(5));
    expect(excerpt('𠮷'.repeat(6), 5)).toBe('𠮷'.repeat(5) + '…');
  });
});
