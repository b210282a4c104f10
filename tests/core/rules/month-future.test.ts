import { run } from '../../helpers/sheet';

describe('month-future', () => {
  test.each([
    ['up to the reporting month', '4月~10月:a'],
    ['a range starting by the reporting month', '4月~9月:a\n10月~12月:b'],
  ])('passes: %s', (_n, progress) => {
    expect(run('month-future', { 進捗状況及び課題: progress })).toEqual([]);
  });

  test.each([
    ['11月 at reporting month 10', '4月~10月:a\n11月:b', [11]],
    ['1月 (next calendar year) at reporting month 10', '4月~10月:a\n1月:b', [1]],
  ])('fails: %s', (_n, progress, months) => {
    const issues = run('month-future', { 進捗状況及び課題: progress });
    expect(issues).toHaveLength(1);
    expect(issues[0].months).toEqual(months);
    expect(issues[0].message).toContain('報告月（10月）より後');
  });
});
