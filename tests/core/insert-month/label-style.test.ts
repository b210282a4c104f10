import { insertMonthLine } from '../../../src/core/insert-month';
import { cellLabelStyle, LabelStyle, labelStyleOf, restyleLine, styledLabel } from '../../../src/core/insert-month/label-style';
import { parseEntries } from '../../../src/core/parse/entries';

const styleOfFirst = (text: string) => {
  const cell = parseEntries(text);
  return labelStyleOf(cell, cell.entries[0]);
};

describe('labelStyleOf: how a cell writes its labels', () => {
  test.each<[string, LabelStyle | undefined]>([
    ['10月:a', { fullWidth: false, colon: ':' }],
    ['１０月：a', { fullWidth: true, colon: '：' }],
    ['10月：a', { fullWidth: false, colon: '：' }],
    ['【10月】a', { fullWidth: false, open: '【', close: '】' }],
    ['【１０月】：a', { fullWidth: true, open: '【', close: '】', colon: '：' }],
    ['［4月］a', { fullWidth: false, open: '［', close: '］' }],
    ['（４月）a', { fullWidth: true, open: '（', close: '）' }],
    ['(4月)a', { fullWidth: false, open: '(', close: ')' }],
    ['10月　ALTを活用', { fullWidth: false, space: '\u3000' }],
    ['10月 ALTを活用', { fullWidth: false, space: ' ' }],
    ['５月・６月：a', { fullWidth: true, colon: '：' }],
    ['7月~9月　a', { fullWidth: false, space: '\u3000' }],
    ['4月分：a', { fullWidth: false, colon: '：' }],
    ['10月', { fullWidth: false }],
    // Invisible characters hide no style (before this merge: no brackets, and a plain space instead of U+3000).
    ['\u200B【10月】a', { fullWidth: false, open: '【', close: '】' }],
    ['10月\u200B\u3000ALTを活用', { fullWidth: false, space: '\u3000' }],
    ['１\u200B０月：a', { fullWidth: true, colon: '：' }],
    ['通年:a', undefined],
    ['説明会を開催', undefined],
  ])('%p → %p', (text, style) => {
    expect(styleOfFirst(text)).toEqual(style);
  });
});

describe('styledLabel and restyleLine', () => {
  test.each<[LabelStyle, string]>([
    [{ fullWidth: false, colon: ':' }, '11月:'],
    [{ fullWidth: true, colon: '：' }, '１１月：'],
    [{ fullWidth: false, open: '【', close: '】' }, '【11月】'],
    [{ fullWidth: true, open: '【', close: '】', colon: '：' }, '【１１月】：'],
    [{ fullWidth: true, open: '（', close: '）' }, '（１１月）'],
    [{ fullWidth: false, space: '\u3000' }, '11月\u3000'],
    [{ fullWidth: false }, '11月:'],
  ])('%p → %p', (style, label) => {
    expect(styledLabel(11, style)).toBe(label);
  });

  test('a line of the default form takes the style; its text is kept', () => {
    expect(restyleLine('11月:説明会', 11, { fullWidth: true, colon: '：' })).toBe('１１月：説明会');
    expect(restyleLine('11月:説明会', 11, { fullWidth: false, open: '【', close: '】' })).toBe('【11月】説明会');
    // After a space label, the space is the label's: no second one.
    expect(restyleLine('11月: 説明会', 11, { fullWidth: false, space: '\u3000' })).toBe('11月\u3000説明会');
    expect(restyleLine('1月:', 1, { fullWidth: true, colon: '：' })).toBe('１月：');
  });

  test('a template with a label style of its own, or no style, is left as it is', () => {
    const fullWidth: LabelStyle = { fullWidth: true, colon: '：' };
    expect(restyleLine('11月分:説明会', 11, fullWidth)).toBe('11月分:説明会');
    expect(restyleLine('【11月】', 11, fullWidth)).toBe('【11月】');
    expect(restyleLine('11月:説明会', 11, undefined)).toBe('11月:説明会');
    expect(restyleLine('12月:x', 11, fullWidth)).toBe('12月:x');
  });
});

describe('cellLabelStyle: the dated label nearest before the new line, else the first one', () => {
  const cell = parseEntries('通年:啓発\n4月:a\n【5月】b\n７月：c');
  test.each<[number, LabelStyle]>([
    [0, { fullWidth: false, colon: ':' }],
    [1, { fullWidth: false, colon: ':' }],
    [3, { fullWidth: false, open: '【', close: '】' }],
    [4, { fullWidth: true, colon: '：' }],
  ])('before line %i', (index, style) => {
    expect(cellLabelStyle(cell, index)).toEqual(style);
  });
  test('a cell without a dated label has no style', () => {
    expect(cellLabelStyle(parseEntries('随時:相談\n継続中'), 1)).toBeUndefined();
  });
});

describe('insertMonthLine writes the new line in the cell’s label style', () => {
  const ins = (text: string, month: number, matchStyle?: boolean) => {
    const r = insertMonthLine(text, month, `${month}月:`, matchStyle === undefined ? {} : { matchStyle });
    if (r.status !== 'inserted') throw new Error(`not inserted: ${r.message.en}`);
    return r;
  };

  test.each([
    ['the full-width colon', '9月：a\n10月：b', 11, '9月：a\n10月：b\n11月：'],
    ['full-width digits', '９月：a\n１０月：b', 11, '９月：a\n１０月：b\n１１月：'],
    ['【】', '【9月】a\n【10月】b', 11, '【9月】a\n【10月】b\n【11月】'],
    ['［］', '［9月］a', 10, '［9月］a\n［10月］'],
    ['a U+3000 space', '9月\u3000a\n10月\u3000b', 11, '9月\u3000a\n10月\u3000b\n11月\u3000'],
    ['the label before the new line, in a cell of mixed styles', '4月:a\n【5月】b\n７月：c', 6, '4月:a\n【5月】b\n【6月】\n７月：c'],
    ['the label before the new line, at the end', '4月:a\n【5月】b\n７月：c', 8, '4月:a\n【5月】b\n７月：c\n８月：'],
    ['two-digit months in full width', '１１月：a', 12, '１１月：a\n１２月：'],
    // Before this merge: `11月:` (the U+200B in front of `【` hid the brackets); nothing invisible is copied.
    ['brackets after an invisible U+200B', '\u200B【10月】b', 11, '\u200B【10月】b\n【11月】'],
  ])('%s', (_name, text, month, after) => {
    const r = ins(text, month);
    expect(r.text).toBe(after);
    // Only characters are added: removing them gives the cell back.
    expect(r.text.slice(0, r.at) + r.text.slice(r.at + r.inserted.length)).toBe(text);
    // The new line is read as the month's label.
    expect(parseEntries(r.line).entries[0].label?.months).toEqual([month]);
  });

  test('matchStyle: false keeps the default form', () => {
    expect(ins('９月：a', 10, false).text).toBe('９月：a\n10月:');
  });

  test('the added line counts for the month when validated: a second run adds nothing', () => {
    for (const text of ['９月：a', '【9月】a', '9月\u3000a', '（９月）a']) {
      const first = ins(text, 10);
      expect(insertMonthLine(first.text, 10, '10月:')).toMatchObject({ status: 'skipped', reason: 'covered' });
    }
  });
});
