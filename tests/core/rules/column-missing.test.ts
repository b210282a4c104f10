import { resolveConfig } from '../../../src/core/config';
import { codesOf, HEADER, ruleTester, soundRow, twoRowSheet } from '../../helpers/sheet';

const without = (...names: string[]) => HEADER.filter((h) => !names.includes(h));
/** The header with one 総合計画 column instead of 分野別目標 and 計画施策. */
const combined = HEADER.flatMap((h) => (h === '分野別目標' ? ['総合計画'] : h === '計画施策' ? [] : [h]));
const required = (name: string) => ({
  row: 2,
  column: name,
  severity: 'error' as const,
  ja: `必須列「${name}」がありません。見出し行に追加してください`,
  en: `Required column "${name}" is missing: add it to the header row`,
});
const optional = (name: string, row = 2) => ({
  row,
  column: name,
  severity: 'warning' as const,
  ja: `任意列「${name}」がありません`,
  en: `Optional column "${name}" is missing`,
});

ruleTester('column-missing', {
  valid: [
    { name: 'the template’s header', row: {} },
    {
      name: 'names matched after normalisation: line breaks, full width, spaces, No',
      header: HEADER.map((h) =>
        h === '進捗状況及び課題'
          ? '進捗状況\n及び課題'
          : h === 'No.'
            ? 'Ｎｏ'
            : h === '分野別目標'
              ? '総合計画 分野別目標'
              : h === '取組の概要'
                ? '取組の\n概要'
                : h,
      ),
      row: { ...soundRow(), '進捗状況\n及び課題': soundRow()['進捗状況及び課題'], Ｎｏ: 1 },
    },
    {
      name: 'aliases: 番号, 担当課, 概要, 進捗状況・課題',
      header: HEADER.map((h) => ({ 'No.': '番号', 課: '担当課', 取組の概要: '概要', 進捗状況及び課題: '進捗状況・課題' })[h] ?? h),
      row: { 番号: 1, 担当課: '地域福祉課', '進捗状況・課題': soundRow()['進捗状況及び課題'] },
    },
    { name: 'a single 総合計画 column stands for 分野別目標 and 計画施策', header: combined, row: { 総合計画: '3.安心安全を備えた川西の実現 / 8.福祉' } },
    { name: 'a two-row header with 総合計画 over 分野別目標 and 計画施策 (merges resolved)', table: twoRowSheet([soundRow()], 'resolved') },
    { name: 'a two-row header whose covered cells are blank', table: twoRowSheet([soundRow()], 'blank') },
    { name: 'a two-row header without merges', table: twoRowSheet([soundRow()], 'none') },
    {
      name: 'a configured alias',
      header: HEADER.map((h) => (h === '共同所管' ? '共管' : h)),
      config: resolveConfig({ columns: { coOwner: { aliases: ['共管'] } } }),
    },
  ],
  invalid: [
    { name: 'a required column is an error', header: without('取組名'), issues: [required('取組名')] },
    { name: 'an optional column is a warning', header: without('共同所管'), issues: [optional('共同所管')] },
    { name: 'the 総合計画 columns absent altogether', header: without('分野別目標', '計画施策'), issues: [optional('分野別目標'), optional('計画施策')] },
    { name: '計画施策 absent beside 分野別目標', header: without('計画施策'), issues: [optional('計画施策')] },
    {
      name: 'several: errors first, then template order',
      header: without('進捗状況及び課題', '事業名', 'No.'),
      issues: [required('No.'), required('進捗状況及び課題'), optional('事業名')],
    },
    {
      name: 'in a two-row header: on the header’s first row',
      table: twoRowSheet([soundRow()], 'resolved', without('細事業名')),
      issues: [optional('細事業名', 4)],
    },
    {
      name: 'a column the configuration makes required, by its configured name',
      header: without('共同所管'),
      config: resolveConfig({ columns: { coOwner: { name: '共同所管課', required: true } } }),
      issues: [required('共同所管課')],
    },
  ],
});

test('the rules of a missing column are not run', () => {
  expect(codesOf([soundRow({ 進捗状況及び課題: '' })], { month: 10 }, without('進捗状況及び課題'))).toEqual(['column-missing']);
  expect(codesOf([soundRow({ 進捗度: '' })], { month: 10 }, without('進捗度'))).toEqual(['column-missing']);
});
