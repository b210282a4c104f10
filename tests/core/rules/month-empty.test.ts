import { run } from '../../helpers/sheet';

describe('month-empty', () => {
  test.each([
    ['filled entries', '4月~10月:a'],
    ['a label followed by text on the next line', '4月~9月:a\n10月:\n説明会を開催'],
  ])('passes: %s', (_n, progress) => {
    expect(run('month-empty', { 進捗状況及び課題: progress })).toEqual([]);
  });

  test.each([
    ['an unfilled template line', '4月~10月:a\n11月:', '「11月:」', [11]],
    ['spaces only after the label', '4月~9月:a\n10月:　 ', '「10月:」', [10]],
    ['full-width label', '4月~9月:a\n１０月：', '「１０月：」', [10]],
    ['a word label', '4月~10月:a\n随時:', '「随時:」', undefined],
  ])('fails: %s', (_n, progress, label, months) => {
    const issues = run('month-empty', { 進捗状況及び課題: progress }, 11);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain(label);
    expect(issues[0].months).toEqual(months);
  });
});
