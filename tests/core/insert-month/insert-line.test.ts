import { insertMonthLine } from '../../../src/core/insert-month';

const ins = (text: string | null, month: number, line = `${month}月:`) => insertMonthLine(text, month, line);

describe('insertMonthLine', () => {
  test.each<[string, string | null, number, string]>([
    ['after the last entry', '4月:a\n10月:b', 11, '4月:a\n10月:b\n11月:'],
    ['a missed 7月 between 6月 and 8月', '4月:a\n6月:b\n8月:c', 7, '4月:a\n6月:b\n7月:\n8月:c'],
    ['never inside continuation lines', '5月:a\n続きの行\nさらに続き\n8月:c', 7, '5月:a\n続きの行\nさらに続き\n7月:\n8月:c'],
    ['across the year end', '4月~12月:a\n2月:b', 1, '4月~12月:a\n1月:\n2月:b'],
    ['before every later entry', '前年度からの継続\n8月:c', 5, '前年度からの継続\n5月:\n8月:c'],
    ['\\r\\n cells keep their line break', '4月:a\r\n6月:b', 5, '4月:a\r\n5月:\r\n6月:b'],
    ['\\r\\n at the end', '4月:a\r\n5月:b', 6, '4月:a\r\n5月:b\r\n6月:'],
    ['a trailing line break stays well-formed', '4月:a\n', 5, '4月:a\n5月:\n'],
    ['a blank cell gets just the line', '', 11, '11月:'],
    ['a null cell gets just the line', null, 11, '11月:'],
    ['whitespace is kept', '  ', 4, '  \n4月:'],
    ['word labels do not decide the place', '通年:継続\n4月:a', 5, '通年:継続\n4月:a\n5月:'],
    ['full-width labels are read', '４月：a\n６月：b', 5, '４月：a\n5月:\n６月：b'],
  ])('%s', (_n, text, month, expected) => {
    const r = ins(text, month);
    expect(r.status).toBe('inserted');
    if (r.status !== 'inserted') return;
    expect(r.text).toBe(expected);
    expect(r.text.slice(0, r.at) + r.text.slice(r.at + r.inserted.length)).toBe(text ?? '');
  });

  test.each<[string, string, number]>([
    ['a single label', '4月:a\n7月:b', 7],
    ['a list label', '4月:a\n5月・6月・7月:b', 7],
    ['a range label', '7月~9月:b', 8],
    ['a range across the year end', '10月~2月:b', 1],
    ['an open range', '4月~:b', 11],
    ['頃', '12月頃:b', 12],
    ['wave dash 〜', '7月〜9月:b', 8],
    ['wave dash ～', '7月～9月:b', 8],
    ['full-width digits', '１１月：b', 11],
    ['an empty label line counts too', '11月:', 11],
  ])('covered: %s', (_n, text, month) => {
    const r = ins(text, month);
    expect(r).toMatchObject({ status: 'skipped', reason: 'covered' });
  });

  test('twice adds nothing the second time', () => {
    const first = ins('4月:a\n10月:b', 11);
    expect(first.status).toBe('inserted');
    if (first.status !== 'inserted') return;
    expect(ins(first.text, 11)).toMatchObject({ status: 'skipped', reason: 'covered' });
  });

  test('formula cells are never touched', () => {
    expect(insertMonthLine('4月:a', 5, '5月:', { isFormula: true })).toMatchObject({ status: 'skipped', reason: 'formula' });
  });

  test('numbers and booleans are not text', () => {
    expect(insertMonthLine(12 as never, 5, '5月:')).toMatchObject({ status: 'skipped', reason: 'not-text' });
    expect(insertMonthLine(true as never, 5, '5月:')).toMatchObject({ status: 'skipped', reason: 'not-text' });
  });

  test('a result over 32,767 characters is refused with its length', () => {
    const text = '4月:' + 'あ'.repeat(32_761);
    const r = insertMonthLine(text, 5, '5月:');
    expect(r).toMatchObject({ status: 'skipped', reason: 'too-long' });
    if (r.status === 'skipped') expect(r.message.ja).toContain('32,768');
    expect(insertMonthLine('4月:' + 'あ'.repeat(32_760), 5, '5月:').status).toBe('inserted');
  });
});
