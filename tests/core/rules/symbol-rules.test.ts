import { parseConfig } from '../../../src/core/config';
import { issuesOf, run, soundRow } from '../../helpers/sheet';

describe('symbol-missing', () => {
  test('passes with a symbol', () => expect(run('symbol-missing', { 進捗度: '↘' })).toEqual([]));
  test.each([[''], ['  '], [null]])('fails on %p', (v) => {
    const issues = run('symbol-missing', { 進捗度: v });
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toBe('L3');
    expect(issues[0].message).toContain('↗ → ↘');
  });
});

describe('symbol-invalid', () => {
  test.each([['↗'], ['→'], ['↘'], ['↗\uFE0F'], [' → ']])('passes: %p', (v) => {
    expect(run('symbol-invalid', { 進捗度: v })).toEqual([]);
  });
  test.each([['○'], ['A'], ['順調'], [3]])('fails: %p', (v) => {
    const issues = run('symbol-invalid', { 進捗度: v });
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain(`進捗度「${v}」は使えません`);
  });
  test('other scales from the configuration', () => {
    const config = parseConfig({ symbols: { preset: 'circles' } });
    const rows = [soundRow({ 進捗度: '◎' }), soundRow({ 'No.': 2, 進捗度: '→' })];
    const issues = issuesOf(rows, { month: 10, config }).filter((i) => i.code === 'symbol-invalid');
    expect(issues.map((i) => i.no)).toEqual([2]);
  });
  test('the optional cannot-be-assessed value', () => {
    const config = parseConfig({ symbols: { allowNotAssessable: true } });
    expect(issuesOf([soundRow({ 進捗度: '-' })], { month: 10, config })).toEqual([]);
    expect(run('symbol-invalid', { 進捗度: '-' })).toHaveLength(1);
  });
});

describe('symbol-mismatch', () => {
  const behindTarget = { 年度目標: '目標:24件', 進捗状況及び課題: '4月~9月:a\n10月:実績 2件' };
  const metTarget = { 年度目標: '目標:24件', 進捗状況及び課題: '4月~9月:a\n10月:実績 30件' };
  test.each([
    ['↘ while behind', { ...behindTarget, 進捗度: '↘' }],
    ['→ while met', { ...metTarget, 進捗度: '→' }],
    ['↘ without any quantity', { 進捗度: '↘' }],
  ])('passes: %s', (_n, row) => {
    expect(run('symbol-mismatch', row)).toEqual([]);
  });
  test.each([
    ['→ while behind', { ...behindTarget, 進捗度: '→' }, '遅れています'],
    ['↗ while behind', { ...behindTarget, 進捗度: '↗' }, '遅れています'],
    ['↘ while already met', { ...metTarget, 進捗度: '↘' }, 'すでに達成'],
  ])('fails: %s', (_n, row, message) => {
    const issues = run('symbol-mismatch', row);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain(message);
    expect(issues[0].cell).toBe('L3');
  });
});
