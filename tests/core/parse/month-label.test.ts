import { normalizeText } from '../../../src/core/normalize';
import { parseMonthLabel } from '../../../src/core/parse/month-label';

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
