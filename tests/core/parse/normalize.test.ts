import { ALREADY_NORMAL, normalizeHeader, normalizeText } from '../../../src/core/normalize';

describe('normalisation', () => {
  test.each([
    ['１０月：', '10月:'],
    ['4月〜9月', '4月~9月'],
    ['4月～9月', '4月~9月'],
    ['4月∼9月', '4月~9月'],
    ['4月〰9月', '4月~9月'],
    ['4−9月', '4~9月'],
    ['4‐9月', '4~9月'],
    ['4―9月', '4~9月'],
    ['4ー9月', '4~9月'],
    ['（全体達成率：５０％）', '(全体達成率:50%)'],
    ['↗\uFE0F', '↗'],
    ['a\u200Bb\uFEFF', 'ab'],
    ['センター', 'センター'],
    ['全角\u3000空白', '全角 空白'],
  ])('%p → %p', (a, b) => expect(normalizeText(a)).toBe(b));

  test('line breaks are kept', () => {
    expect(normalizeText('4月:a\r\n5月:b')).toBe('4月:a\r\n5月:b');
  });

  test.each([
    ['進捗状況\n及び課題', '進捗状況及び課題'],
    ['総合計画 分野別目標', '総合計画分野別目標'],
    ['Ｎｏ．', 'no.'],
    ['取組･名', '取組・名'],
  ])('header %p', (a, b) => expect(normalizeHeader(a)).toBe(b));
});

describe('the fast path for text that is already normal', () => {
  test('every character it lets through is left alone by NFKC and is no combining mark', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (!ALREADY_NORMAL.test(s)) continue;
      expect([c.toString(16), s.normalize('NFKC')]).toEqual([c.toString(16), s]);
      expect(/\p{M}/u.test(s)).toBe(false);
    }
  });
  test.each(['4月〜9月', '１０月', '（全体達成率）', 'か\u3099', '\u200B', '↗'])('sends %p through NFKC and the mapping', (s) => {
    expect(ALREADY_NORMAL.test(s)).toBe(false);
  });
});
