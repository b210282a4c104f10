import { run } from '../../helpers/sheet';

describe('month-duplicate', () => {
  test.each([
    ['single months once each', '4月~8月:a\n9月:b\n10月:c'],
    ['a single month beside a list that covers it', '4月:a\n5月・6月・7月・8月・9月・10月:b\n9月:c\n10月:d'],
    ['a single month beside a range that covers it', '4月~10月:a\n10月:b'],
  ])('passes: %s', (_n, progress) => {
    expect(run('month-duplicate', { 進捗状況及び課題: progress })).toEqual([]);
  });

  test.each([
    ['9月 twice', '4月~8月:a\n9月:b\n9月:c\n10月:d', [9]],
    ['full-width and half-width', '4月~8月:a\n９月:b\n9月:c\n10月:d', [9]],
  ])('fails: %s', (_n, progress, months) => {
    const issues = run('month-duplicate', { 進捗状況及び課題: progress });
    expect(issues).toHaveLength(1);
    expect(issues[0].months).toEqual(months);
    expect(issues[0].severity).toBe('warning');
  });
});
