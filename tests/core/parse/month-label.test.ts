import { normalizeText } from '../../../src/core/normalize';
import { looksMonthLike, parseMonthLabel, yearAgrees } from '../../../src/core/parse/month-label';

const parse = (s: string) => parseMonthLabel(normalizeText(s));

describe('month labels', () => {
  test.each<[string, string, number[], number?]>([
    ['10月:実施', 'single', [10], 10],
    ['１０月：実施', 'single', [10], 10],
    ['12月頃:見積依頼', 'single', [12], 12],
    ['5月・6月・7月:継続', 'list', [5, 6, 7], 5],
    ['5月･6月･7月:継続', 'list', [5, 6, 7], 5],
    ['5・6・7月:継続', 'list', [5, 6, 7], 5],
    ['5月、6月:継続', 'list', [5, 6], 5],
    ['7月~9月:実施', 'range', [7, 8, 9], 7],
    ['7月~3月:勧奨', 'range', [7, 8, 9, 10, 11, 12, 1, 2, 3], 7],
    ['7月〜9月:実施', 'range', [7, 8, 9], 7],
    ['7月～9月:実施', 'range', [7, 8, 9], 7],
    ['7月∼9月:実施', 'range', [7, 8, 9], 7],
    ['7月−9月:実施', 'range', [7, 8, 9], 7],
    ['7月ー9月:実施', 'range', [7, 8, 9], 7],
    ['4~9月:実施', 'range', [4, 5, 6, 7, 8, 9], 4],
    ['10月~12月:実施', 'range', [10, 11, 12], 10],
    ['1月~2月:発送', 'range', [1, 2], 1],
    ['4月~:開始', 'open-range', [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3], 4],
    ['  4月:先頭の空白', 'single', [4], 4],
    ['\u200B4月:見えない文字', 'single', [4], 4],
  ])('%s → %s %p', (line, kind, months, first) => {
    const l = parse(line);
    expect(l?.kind).toBe(kind);
    expect(l?.months).toEqual(months);
    expect(l?.first).toBe(first);
  });

  test.each([['通年:'], ['随時:'], ['上半期:'], ['下半期:']])('word label %s', (line) => {
    const l = parse(line + '本文');
    expect(l?.kind).toBe('word');
    expect(l?.months).toEqual([]);
  });

  test.each([
    ['6月6日より受付開始'],
    ['13月:ありえない月'],
    ['0月:'],
    ['活動の移行先となる公民館へ依頼'],
    ['月1回ミーティング'],
    ['10月に実施:'],
    ['9月~4月:逆順の範囲'],
    ['令和7年度実績 15件'],
  ])('not a label: %s', (line) => {
    expect(parse(line)).toBeUndefined();
  });

  test('the label length points after the colon', () => {
    const line = normalizeText('5月・6月・7月:継続');
    expect(line.slice(parseMonthLabel(line)!.length)).toBe('継続');
  });
});

describe('the forms staff write (DESIGN.md section 2, real department workbooks)', () => {
  test.each<[string, string, number[], string, string]>([
    // line, kind, months, form, body after the label (trimmed)
    ['４月　ALTを活用した授業', 'single', [4], 'space', 'ALTを活用した授業'],
    ['4月 説明会を開催', 'single', [4], 'space', '説明会を開催'],
    ['7月~9月 訪問', 'range', [7, 8, 9], 'space', '訪問'],
    ['【4月】', 'single', [4], 'bracket', ''],
    ['【4月】説明会', 'single', [4], 'bracket', '説明会'],
    ['【４月】：説明会', 'single', [4], 'bracket', '説明会'],
    ['［4月］説明会', 'single', [4], 'bracket', '説明会'],
    ['[10月~12月]訪問', 'range', [10, 11, 12], 'bracket', '訪問'],
    ['(4月)説明会', 'single', [4], 'bracket', '説明会'],
    ['（４月）説明会', 'single', [4], 'bracket', '説明会'],
    ['〔5月・6月〕継続', 'list', [5, 6], 'bracket', '継続'],
    ['令和7年4月:説明会', 'single', [4], 'colon', '説明会'],
    ['令和７年４月：説明会', 'single', [4], 'colon', '説明会'],
    ['R7.4月:説明会', 'single', [4], 'colon', '説明会'],
    ['R7年10月:説明会', 'single', [10], 'colon', '説明会'],
    ['2025年4月:説明会', 'single', [4], 'colon', '説明会'],
    ['【令和7年4月】説明会', 'single', [4], 'bracket', '説明会'],
    ['4月分:実績', 'single', [4], 'colon', '実績'],
    ['4月', 'single', [4], 'bare', ''],
    ['【通年】啓発', 'word', [], 'bracket', '啓発'],
  ])('%s → %s %p (%s)', (line, kind, months, form, body) => {
    const n = normalizeText(line);
    const l = parseMonthLabel(n);
    expect(l?.kind).toBe(kind);
    expect(l?.months).toEqual(months);
    expect(l?.form).toBe(form);
    expect(n.slice(l!.length).trim()).toBe(body);
  });

  test.each([
    ['5月3日に説明会'],
    ['4月から開始'],
    ['4月実施'],
    ['(1)研修の実施'],
    ['(注)記入例'],
    ['【注意】'],
    ['2025年度実績'],
    ['20件実施'],
    ['RPA導入'],
    ['通年で実施'],
    ['令和7年度実績 15件'],
    ['4/1 説明会'],
  ])('not a label: %s', (line) => {
    expect(parse(line)).toBeUndefined();
  });

  test('the year written with the month is returned and checked against the fiscal year', () => {
    expect(parse('令和7年4月:a')?.year).toBe(2025);
    expect(parse('R8.1月:a')?.year).toBe(2026);
    expect(parse('2025年12月:a')?.year).toBe(2025);
    // Fiscal year 2025 (R7) runs April 2025 to March 2026.
    expect(yearAgrees(parse('令和7年4月:a')!, 2025)).toBe(true);
    expect(yearAgrees(parse('令和8年1月:a')!, 2025)).toBe(true);
    expect(yearAgrees(parse('令和7年1月:a')!, 2025)).toBe(false);
    expect(yearAgrees(parse('令和6年4月:a')!, 2025)).toBe(false);
    expect(yearAgrees(parse('令和6年4月:a')!, undefined)).toBe(true);
    expect(yearAgrees(parse('4月:a')!, 2025)).toBe(true);
  });

  test.each([
    ['4/1 説明会', true],
    ['4.研修', true],
    ['5月3日に説明会', true],
    ['4月実施', true],
    ['令和7年4/1 説明会', true],
    ['説明会を開催', false],
    ['(1)研修', false],
    ['20件', false],
  ])('month-like but not understood: %s → %p', (line, expected) => {
    expect(looksMonthLike(normalizeText(line))).toBe(expected);
  });
});
