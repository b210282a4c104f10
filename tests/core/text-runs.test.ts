import { insertPlainRun as insertRun } from '../../src/core/text-runs';

describe('inserting a plain run among rich text runs', () => {
  const red = { bold: true, color: { argb: 'FFFF0000' } };
  const runs: { text: string; font?: typeof red }[] = [{ text: '4月:準備。' }, { text: '課題', font: red }, { text: 'あり' }];
  test.each<[number, string[]]>([
    [0, ['\n', '4月:準備。', '課題', 'あり']],
    [3, ['4月:', '\n', '準備。', '課題', 'あり']],
    [7, ['4月:準備。', '課', '\n', '題', 'あり']],
    [10, ['4月:準備。', '課題', 'あり', '\n']],
  ])('at %i', (at, texts) => {
    const out = insertRun(runs, at, '\n') as { text: string; font?: typeof red }[];
    expect(out.map((r) => r.text)).toEqual(texts);
    expect(out.map((r) => r.text).join('')).toBe(runs.map((r) => r.text).join('').slice(0, at) + '\n' + runs.map((r) => r.text).join('').slice(at));
    // A split run keeps its font on both halves; the new run has none.
    for (const r of out) if (r.text === '課' || r.text === '題') expect(r.font).toEqual(red);
    expect(out.find((r) => r.text === '\n')?.font).toBeUndefined();
  });
});
