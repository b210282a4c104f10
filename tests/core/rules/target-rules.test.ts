import { run } from '../../helpers/sheet';

const H1 = '【4~9月の目標】(全体達成率:50%)\n説明会を実施';
const H2 = '【10~3月の目標】(全体達成率:100%)\n評価を行う';

describe('target-period-missing', () => {
  test.each([
    ['half-year blocks', `${H1}\n${H2}`],
    ['a full-year block', '【4~3月】\n居場所の確保を支援する'],
    ['square brackets and 月 on both ends', '[4月~9月の目標](全体達成率:50%)\na\n[10月~3月の目標](全体達成率:100%)\nb'],
  ])('passes: %s', (_n, target) => {
    expect(run('target-period-missing', { 年度目標: target })).toEqual([]);
  });

  test('fails on an unlabelled target, as info', () => {
    const issues = run('target-period-missing', { 年度目標: '助成件数の更なる拡大をめざす。\n目標:25件' });
    expect(issues).toHaveLength(1);
    expect(issues[0].severity).toBe('info');
    expect(issues[0].cell).toBe('J3');
  });
});

describe('target-half-missing', () => {
  test.each([
    ['both halves', `${H1}\n${H2}`],
    ['full-year only', '【4~3月】\na'],
    ['no label', 'a'],
  ])('passes: %s', (_n, target) => {
    expect(run('target-half-missing', { 年度目標: target })).toEqual([]);
  });

  test.each([
    ['first half only', H1, '【10~3月の目標】 がありません'],
    ['second half only', H2, '【4~9月の目標】 がありません'],
  ])('fails: %s', (_n, target, message) => {
    const issues = run('target-half-missing', { 年度目標: target });
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain(message);
    expect(issues[0].severity).toBe('error');
  });
});

describe('target-rate-missing', () => {
  test('passes with rates, and a full-year block needs none', () => {
    expect(run('target-rate-missing', { 年度目標: `${H1}\n${H2}` })).toEqual([]);
    expect(run('target-rate-missing', { 年度目標: '【4~3月】\na' })).toEqual([]);
  });

  test('a rate on the line after the label counts', () => {
    expect(run('target-rate-missing', { 年度目標: '【4~9月の目標】\n(全体達成率:50%)\na\n【10~3月の目標】\n(全体達成率：１００％)\nb' })).toEqual([]);
  });

  test('fails for each half without a rate', () => {
    const issues = run('target-rate-missing', { 年度目標: '【4~9月の目標】\na\n【10~3月の目標】\nb' });
    expect(issues).toHaveLength(2);
    expect(issues[0].message).toContain('【4~9月の目標】 に全体達成率がありません');
  });
});

describe('target-rate-invalid', () => {
  test.each([
    ['50 then 100', `${H1}\n${H2}`],
    ['70 then 100', H1.replace('50', '70') + '\n' + H2],
  ])('passes: %s', (_n, target) => {
    expect(run('target-rate-invalid', { 年度目標: target })).toEqual([]);
  });

  test.each([
    ['a rate over 100', H1.replace('50', '120') + '\n' + H2, '120% が0〜100%の範囲外'],
    ['the first half above the second', H1.replace('50', '100') + '\n' + H2.replace('100', '90'), '上半期の全体達成率 100% が下半期の 90% を上回って'],
    ['the last half not 100', H1 + '\n' + H2.replace('100', '90'), '100%ではありません（90%）'],
  ])('fails: %s', (_n, target, message) => {
    const issues = run('target-rate-invalid', { 年度目標: target });
    expect(issues.length).toBeGreaterThanOrEqual(1);
    expect(issues.map((i) => i.message).join('\n')).toContain(message);
  });
});

describe('target-period-gap', () => {
  test.each([
    ['halves', `${H1}\n${H2}`],
    ['full year', '【4~3月】\na'],
    ['one half alone is target-half-missing instead', H1],
  ])('passes: %s', (_n, target) => {
    expect(run('target-period-gap', { 年度目標: target })).toEqual([]);
  });

  test('a gap', () => {
    const issues = run('target-period-gap', { 年度目標: '【4~8月の目標】\na\n【10~3月の目標】\nb' });
    expect(issues).toHaveLength(1);
    expect(issues[0].months).toEqual([9]);
  });

  test('an overlap', () => {
    const issues = run('target-period-gap', { 年度目標: '【4~9月の目標】\na\n【7~3月の目標】\nb' });
    expect(issues).toHaveLength(1);
    expect(issues[0].months).toEqual([7, 8, 9]);
    expect(issues[0].message).toContain('7月〜9月 で重なっています');
  });
});
