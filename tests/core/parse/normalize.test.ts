import { normalizeHeader, normalizeText } from '../../../src/core/normalize';

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
