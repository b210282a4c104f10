import { parseTargets } from '../../../src/core/parse/targets';

describe('target blocks', () => {
  test('half-year blocks with rates', () => {
    const t = parseTargets('【4~9月の目標】(全体達成率:50%)\n・継続\n【10~3月の目標】(全体達成率:100%)\n・評価');
    expect(t.labelled).toBe(true);
    expect(t.blocks.map((b) => [b.kind, b.from, b.to, b.rate, b.firstLine])).toEqual([
      ['first-half', 4, 9, 50, 0],
      ['second-half', 10, 3, 100, 2],
    ]);
    expect(t.blocks[0].lines).toEqual(['(全体達成率:50%)', '・継続']);
  });
  test.each([
    ['【4月~9月の目標】(全体達成率:80%)', 'first-half', 80],
    ['[4~9月の目標](全体達成率:50%)', 'first-half', 50],
    ['【４～９月の目標】（全体達成率：５０％）', 'first-half', 50],
    ['【4〜9月の目標】(全体達成率 50%)', 'first-half', 50],
    ['【10~3月の目標】', 'second-half', undefined],
    ['【4~3月】', 'full-year', undefined],
    ['【上半期の目標】(全体達成率:50%)', 'first-half', 50],
  ])('%s', (line, kind, rate) => {
    const t = parseTargets(line + '\n本文');
    expect(t.blocks[0].kind).toBe(kind);
    expect(t.blocks[0].rate).toBe(rate);
  });
  test('no label: one full-year block', () => {
    const t = parseTargets('計画策定に向けアンケート調査を実施する。');
    expect(t.labelled).toBe(false);
    expect(t.blocks).toHaveLength(1);
    expect(t.blocks[0].kind).toBe('full-year');
  });
  test('blank', () => {
    expect(parseTargets('').blocks).toEqual([]);
  });
});
