import { issuesOf, run, soundRow } from '../../helpers/sheet';

describe('required-empty', () => {
  test.each([['取組名', 'H3'], ['年度目標', 'J3'], ['年度計画', 'K3'], ['課', 'C3'], ['No.', 'A3']])('fails on a blank %s', (col, cell) => {
    const issues = run('required-empty', { [col]: '' });
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toBe(cell);
    expect(issues[0].message).toBe(`${cell}: 「${col}」が空欄です`);
  });
  test('optional columns may be blank', () => {
    expect(run('required-empty', { 取組の概要: '', 共同所管: '' })).toEqual([]);
  });
  test('formula cells are read as their value', () => {
    const issues = issuesOf([soundRow()]);
    expect(issues).toEqual([]);
  });
});

describe('number-invalid', () => {
  test.each([[1], [12], ['3'], ['１２']])('passes: %p', (v) => expect(run('number-invalid', { 'No.': v })).toEqual([]));
  test.each([[0], [-1], [1.5], ['abc'], ['1-2'], [true]])('fails: %p', (v) => {
    const issues = run('number-invalid', { 'No.': v });
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain(`No.「${v}」が正の整数ではありません`);
  });
});

describe('number-duplicate', () => {
  test('passes on unique numbers', () => {
    expect(issuesOf([soundRow({ 'No.': 1 }), soundRow({ 'No.': 2 })])).toEqual([]);
  });
  test('fails on the second use, naming the first cell', () => {
    const issues = issuesOf([soundRow({ 'No.': 1 }), soundRow({ 'No.': 2 }), soundRow({ 'No.': '１' })]).filter((i) => i.code === 'number-duplicate');
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toBe('A5');
    expect(issues[0].message).toBe('A5: No. 1 が重複しています（A3 と同じ番号）');
  });
});
