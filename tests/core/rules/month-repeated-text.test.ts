import { run } from '../../helpers/sheet';

describe('month-repeated-text', () => {
  test.each([
    ['different texts', '4月~8月:a\n9月:実績 15件\n10月:実績 15件 対象者に再通知'],
    ['empty entries are month-empty, not repeated', '4月~8月:a\n9月:\n10月:'],
  ])('passes: %s', (_n, progress) => {
    expect(run('month-repeated-text', { 進捗状況及び課題: progress })).toEqual([]);
  });

  test('fails on identical consecutive entries, once for each repeat', () => {
    const issues = run('month-repeated-text', { 進捗状況及び課題: '4月~6月:a\n7月:実績 15件\n8月:実績 15件\n9月:実績　15件\n10月:b' });
    expect(issues.map((i) => i.months)).toEqual([[8], [9]]);
    expect(issues[0].message).toBe('M3: 「8月:」の記入が前月「7月:」と同じです:「実績 15件」');
    expect(issues[0].severity).toBe('info');
  });
});
