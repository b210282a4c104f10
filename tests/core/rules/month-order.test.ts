import { run } from '../../helpers/sheet';

describe('month-order', () => {
  test.each([
    ['fiscal order', '4月:a\n5月~9月:b\n10月:c'],
    ['judged by each label first month', '4月:a\n5月・6月・7月・8月・9月・10月:b\n9月:c\n10月:d'],
    ['across the year end', '4月~12月:a\n1月:b\n2月:c'],
  ])('passes: %s', (_n, progress) => {
    expect(run('month-order', { 進捗状況及び課題: progress }, 2)).toEqual([]);
  });

  test.each([
    ['10月 before 9月', '4月~8月:a\n10月:b\n9月:c', '「9月:」が「10月:」の後にあります'],
    ['January before December', '4月~11月:a\n1月:b\n12月:c', '「12月:」が「1月:」の後にあります'],
  ])('fails: %s', (_n, progress, message) => {
    const issues = run('month-order', { 進捗状況及び課題: progress }, 1);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain(message);
  });
});
