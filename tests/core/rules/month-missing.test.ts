import { run } from '../../helpers/sheet';

const months = (s: string) => s;

describe('month-missing', () => {
  test.each([
    ['every month April–October', ['4月:a', '5月:b', '6月:c', '7月:d', '8月:e', '9月:f', '10月:g'].join('\n')],
    ['a list label covers its months', '4月:a\n5月・6月・7月・8月・9月・10月:継続'],
    ['a range label covers its months', '4月~10月:継続'],
    ['a range written 4~10月', '4~10月:継続'],
    ['an open range covers every later month', '4月~:継続中'],
    ['full-width digits and colon', '４月：a\n５月～１０月：b'],
    ['wave dash 〜', '4月〜10月:b'],
    ['dash ー between months', '4ー10月:b'],
    ['頃', '4月~9月:a\n10月頃:b'],
    ['months after the reporting month do not matter', '4月~10月:a'],
  ])('passes: %s', (_name, progress) => {
    expect(run('month-missing', { 進捗状況及び課題: months(progress) })).toEqual([]);
  });

  test.each([
    ['6月–10月 missing', '4月:a\n5月:b', [6, 7, 8, 9, 10], 'M3: 6月〜10月 の記入がありません'],
    ['a gap in the middle', '4月~6月:a\n8月~10月:b', [7], 'M3: 7月 の記入がありません'],
    ['two gaps', '4月:a\n6月:b\n8月~9月:c', [5, 7, 10], 'M3: 5月、7月、10月 の記入がありません'],
    ['a date is not a label', '4月:a\n5月3日に開催\n6月~10月:b', [5], 'M3: 5月 の記入がありません'],
    ['a word label covers no month', '通年:継続\n4月~9月:a', [10], 'M3: 10月 の記入がありません'],
    ['no label at all', '特になし', [4, 5, 6, 7, 8, 9, 10], 'M3: 4月〜10月 の記入がありません'],
  ])('fails: %s', (_name, progress, expected, message) => {
    const issues = run('month-missing', { 進捗状況及び課題: progress });
    expect(issues).toHaveLength(1);
    expect(issues[0].months).toEqual(expected);
    expect(issues[0].message).toBe(message);
    expect(issues[0].severity).toBe('error');
  });

  test('judged at the reporting month', () => {
    expect(run('month-missing', { 進捗状況及び課題: '4月:a\n5月:b' }, 5)).toEqual([]);
    expect(run('month-missing', { 進捗状況及び課題: '4月:a\n5月:b' }, 6)[0].months).toEqual([6]);
    expect(run('month-missing', { 進捗状況及び課題: '4月~12月:a' }, 2)[0].months).toEqual([1, 2]);
  });

  test('a blank progress cell is required-empty, not month-missing', () => {
    expect(run('month-missing', { 進捗状況及び課題: '' })).toEqual([]);
    expect(run('required-empty', { 進捗状況及び課題: '' })).toHaveLength(1);
  });
});
