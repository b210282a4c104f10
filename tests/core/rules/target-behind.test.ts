import { parseConfig } from '../../../src/core/config';
import { issuesOf, run, soundRow } from '../../helpers/sheet';

const TARGET = '【4~9月の目標】(全体達成率:50%)\nプランを作成する(180件)\n【10~3月の目標】(全体達成率:100%)\nプランを作成する(220件)';

describe('target-behind', () => {
  test.each([
    ['an ended half met', TARGET, '4月~9月:準備\n10月:作成件数150件'],
    ['linear within a full-year target', '目標:24件', '4月~9月:a\n10月:実績 14件'],
    ['no quantity with the counter in the progress', TARGET, '4月~10月:準備中'],
    ['a date is not a quantity', '目標:25件', '4月~9月:a\n10月:6月6日より受付'],
    ['a period not yet started', '【10~3月の目標】(全体達成率:100%)\n作成(220件)', '4月~9月:a\n10月:作成 0件'],
  ])('passes: %s', (_n, target, progress) => {
    expect(run('target-behind', { 年度目標: target, 進捗状況及び課題: progress }, target.startsWith('【10') ? 9 : 10)).toEqual([]);
  });

  test('an ended half is due in full (No.4 of the fixture)', () => {
    const issues = run('target-behind', { 年度目標: TARGET, 進捗状況及び課題: '4月~8月:準備\n9月:作成件数4件\n10月:検討会議を開催。作成件数9件' });
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('目標 180件');
    expect(issues[0].message).toContain('180件 が必要');
    expect(issues[0].message).toContain('10月の実績は 9件');
  });

  test('linear within the current period: 24件 a year is 14件 due by October', () => {
    const behind = run('target-behind', { 年度目標: '目標:24件', 進捗状況及び課題: '4月~9月:a\n10月:実績 11件' });
    expect(behind).toHaveLength(1);
    expect(behind[0].message).toContain('14件 が必要');
    // 80% of 14 is 11.2: 12 is enough.
    expect(run('target-behind', { 年度目標: '目標:24件', 進捗状況及び課題: '4月~9月:a\n10月:実績 12件' })).toEqual([]);
  });

  test('the latest entry with the counter is used, and words that overlap the target win', () => {
    const progress = '4月~8月:a\n9月:説明会 40人参加、作成件数 200件\n10月:会議 3回';
    expect(run('target-behind', { 年度目標: TARGET, 進捗状況及び課題: progress })).toEqual([]);
    const older = '4月~8月:a\n9月:作成件数 10件、相談 300件\n10月:会議';
    expect(run('target-behind', { 年度目標: TARGET, 進捗状況及び課題: older })).toHaveLength(1);
  });

  test('an actual in the target text is not the target', () => {
    const target = '目標:25件\nR6年度の実績見込み件数15件を基に設定';
    expect(run('target-behind', { 年度目標: target, 進捗状況及び課題: '4月~9月:a\n10月:実績 10件' })).toHaveLength(1);
  });

  test('the threshold comes from the configuration', () => {
    const row = { 年度目標: '目標:24件', 進捗状況及び課題: '4月~9月:a\n10月:実績 12件' };
    expect(issuesOf([soundRow(row)], { month: 10 }).filter((i) => i.code === 'target-behind')).toEqual([]);
    const strict = parseConfig({ targetBehindThreshold: 0.9 });
    const issues = issuesOf([soundRow(row)], { month: 10, config: strict }).filter((i) => i.code === 'target-behind');
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('90%未満');
  });
});
