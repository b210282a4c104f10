import { planLinesFor, renderTemplate } from '../../../src/core/insert-month';

const PLAN = '6月:補助金交付を開始。\n10月~12月:車両を利用した移動支援\n11月:交流会の実施\n随時:相談対応\n通年:システムの運用';

describe('plan lines and templates', () => {
  test('the plan lines scheduled for a month', () => {
    expect(planLinesFor(PLAN, 11)).toEqual(['10月~12月:車両を利用した移動支援', '11月:交流会の実施', '通年:システムの運用']);
    expect(planLinesFor(PLAN, 6)).toEqual(['6月:補助金交付を開始。', '通年:システムの運用']);
    expect(planLinesFor('12月頃:備品廃棄の見積依頼\n上半期:準備', 12)).toEqual(['12月頃:備品廃棄の見積依頼']);
    expect(planLinesFor('4月:準備\n研修を含む\n5月:開始', 4)).toEqual(['4月:準備 研修を含む']);
    expect(planLinesFor('', 4)).toEqual([]);
  });

  test('the default template', () => {
    expect(renderTemplate('{month}月:', 11)).toEqual({ line: '11月:' });
  });

  test('{plan} takes the plan words without their labels', () => {
    expect(renderTemplate('{month}月:（計画: {plan}）', 11, planLinesFor(PLAN, 11))).toEqual({
      line: '11月:（計画: 車両を利用した移動支援 / 交流会の実施 / システムの運用）',
    });
  });

  test('one line, whatever the template holds', () => {
    expect(renderTemplate('{month}月:\n{plan}', 11, ['11月:交流会'])).toEqual({ line: '11月: 交流会' });
  });

  test.each([['{plan}'], ['月次報告'], ['{month}:'], ['{month}月~12月:']])('a template that would not make a %p label is an error', (t) => {
    const r = renderTemplate(t, 11, ['11月:交流会']);
    expect('error' in r && r.error.ja).toContain(`テンプレート「${t}」`);
  });
});
