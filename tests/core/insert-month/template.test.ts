import { planLinesFor, planWords, renderTemplate } from '../../../src/core/insert-month';

const PLAN = '6月:補助金交付を開始。\n10月~12月:車両を利用した移動支援\n11月:交流会の実施\n随時:相談対応\n通年:システムの運用';

describe('planLinesFor', () => {
  test.each<[string, string, number, string[]]>([
    ['a range, a single month and 通年', PLAN, 11, ['10月~12月:車両を利用した移動支援', '11月:交流会の実施', '通年:システムの運用']],
    ['a single month and 通年', PLAN, 6, ['6月:補助金交付を開始。', '通年:システムの運用']],
    ['随時 covers no month', '随時:相談対応', 7, []],
    ['頃; 上半期 is 4–9', '12月頃:備品廃棄の見積依頼\n上半期:準備', 12, ['12月頃:備品廃棄の見積依頼']],
    ['上半期 covers 9', '上半期:準備\n下半期:実施', 9, ['上半期:準備']],
    ['下半期 covers 2', '上半期:準備\n下半期:実施', 2, ['下半期:実施']],
    ['年間 covers every month', '年間:運用', 3, ['年間:運用']],
    ['an open range', '4月~:委託契約締結、事業実施開始\n10月:予算要求', 7, ['4月~:委託契約締結、事業実施開始']],
    ['a list', '5月・7月:会議', 7, ['5月・7月:会議']],
    ['a range across the year end', '7月~3月:その結果を基に', 1, ['7月~3月:その結果を基に']],
    ['continuation lines, as written and trimmed, blank ones left out', '4月:準備\n  研修を含む \n\n5月:開始', 4, ['4月:準備', '研修を含む']],
    ['full-width labels and \\r\\n', '１０月～１２月：移動支援\r\n１１月：交流会', 11, ['１０月～１２月：移動支援', '１１月：交流会']],
    ['lines before the first label belong to no month', '全体方針\n4月:準備', 4, ['4月:準備']],
    ['no plan line for the month', '4月:準備', 5, []],
    ['an empty plan', '', 4, []],
  ])('%s', (_n, plan, month, expected) => {
    expect(planLinesFor(plan, month)).toEqual(expected);
  });

  test('null, undefined and values that are not text give nothing', () => {
    expect(planLinesFor(null, 4)).toEqual([]);
    expect(planLinesFor(undefined, 4)).toEqual([]);
    expect(planLinesFor(4 as never, 4)).toEqual([]);
  });
});

describe('planWords', () => {
  test('labels are stripped, the rest is kept as written', () => {
    expect(planWords(['10月~12月:車両を利用した移動支援'])).toBe('車両を利用した移動支援');
    expect(planWords(['１１月：交流会（第２回）', '研修を含む'])).toBe('交流会（第２回） / 研修を含む');
    expect(planWords(['4ー9月: 実証実験の実施'])).toBe('実証実験の実施');
    expect(planWords(['通年:運用', '11月:', ''])).toBe('運用');
    expect(planWords([])).toBe('');
  });

  test('a label with characters NFKC changes in length is stripped whole', () => {
    // U+32C0 is "1月" in one character; U+200B is dropped by normalisation.
    expect(planWords(['\u32C0:年始の準備'])).toBe('年始の準備');
    expect(planWords(['1\u200B1月:交流会'])).toBe('交流会');
  });
});

describe('renderTemplate', () => {
  test('the default template', () => {
    expect(renderTemplate('{month}月:', 11)).toEqual({ line: '11月:' });
    expect(renderTemplate('{month}月:', 1, ['1月:x'])).toEqual({ line: '1月:' });
  });

  test('{plan} takes the plan words for the month without their labels', () => {
    expect(renderTemplate('{month}月:（計画: {plan}）', 11, planLinesFor('10月~12月:車両を利用した移動支援', 11))).toEqual({
      line: '11月:（計画: 車両を利用した移動支援）',
    });
    expect(renderTemplate('{month}月:（計画: {plan}）', 11, planLinesFor(PLAN, 11))).toEqual({
      line: '11月:（計画: 車両を利用した移動支援 / 交流会の実施 / システムの運用）',
    });
  });

  test('{plan} is empty without a plan', () => {
    expect(renderTemplate('{month}月:{plan}', 5, [])).toEqual({ line: '5月:' });
  });

  test('placeholders may repeat; plan text is inserted literally', () => {
    expect(renderTemplate('{month}月: {month}月の報告', 7)).toEqual({ line: '7月: 7月の報告' });
    expect(renderTemplate('{month}月:{plan}', 7, ["7月:$& and $' and {month}"])).toEqual({ line: "7月:$& and $' and {month}" });
  });

  test('one line, whatever the template or the plan holds', () => {
    expect(renderTemplate('{month}月:\n{plan}', 11, ['11月:交流会'])).toEqual({ line: '11月: 交流会' });
    expect(renderTemplate('{month}月:{plan}', 11, ['11月:交流会\r\n続き'])).toEqual({ line: '11月:交流会 続き' });
    expect(renderTemplate('{month}月:\r\n', 11)).toEqual({ line: '11月:' });
  });

  test('頃 and full-width forms make a label for the month too', () => {
    expect(renderTemplate('{month}月頃:', 12)).toEqual({ line: '12月頃:' });
    expect(renderTemplate('{month}月：', 12)).toEqual({ line: '12月：' });
  });

  test.each([
    ['{plan}'],
    ['月次報告'],
    ['報告:'],
    ['{month}:'],
    ['{month}月~12月:'],
    ['{month}月・12月:'],
    ['{month}月{plan}:'],
    ['通年:{month}月'],
    [' '.repeat(70) + '{month}月:'],
  ])('a template that would not make a label of the month alone is an error: %p', (t) => {
    const r = renderTemplate(t, 11, ['11月:交流会']);
    expect('error' in r).toBe(true);
    if (!('error' in r)) return;
    expect(r.error.ja).toContain(`テンプレート「${t}」`);
    expect(r.error.en).toContain(`Template "${t}"`);
  });

  test('a template that labels another month is an error', () => {
    expect('error' in renderTemplate('11月:', 12)).toBe(true);
    expect(renderTemplate('11月:', 11)).toEqual({ line: '11月:' });
  });

  test('a month outside 1–12 is an error', () => {
    for (const m of [0, 13, 2.5, NaN]) {
      const r = renderTemplate('{month}月:', m);
      expect('error' in r && r.error.en).toContain('month must be an integer');
    }
  });
});
