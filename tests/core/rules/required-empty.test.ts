import { resolveConfig } from '../../../src/core/config';
import { ruleTester, sheet, soundRow } from '../../helpers/sheet';

const blank = (column: string, cell: string) => ({
  name: `a blank ${column}`,
  row: { [column]: '' },
  issues: [{ cell, column, ja: `${cell}: 「${column}」が空欄です`, en: `${cell}: "${column}" is blank` }],
});

ruleTester('required-empty', {
  valid: [
    { name: 'every required cell filled', row: {} },
    { name: 'optional columns may be blank', row: { 分野別目標: '', 計画施策: '', 事業名: null, 細事業名: null, 取組の概要: '', 共同所管: '' } },
    { name: 'a blank 進捗度 is symbol-missing, not required-empty', row: { 進捗度: '' } },
    { name: 'the number 0 is not blank', row: { 取組名: 0 } },
    {
      name: 'an error value is not blank',
      table: (() => {
        const t = sheet([soundRow()]);
        t.rows[2][7] = { value: null, error: '#N/A' };
        return t;
      })(),
    },
    {
      name: 'a formula cell is read as its value',
      table: (() => {
        const t = sheet([soundRow()]);
        t.rows[2][2] = { value: '地域福祉課', formula: 'C2' };
        return t;
      })(),
    },
  ],
  invalid: [
    blank('No.', 'A3'),
    blank('所管部', 'B3'),
    blank('課', 'C3'),
    blank('取組名', 'H3'),
    blank('年度目標', 'J3'),
    blank('年度計画', 'K3'),
    blank('進捗状況及び課題', 'M3'),
    {
      name: 'spaces only are blank',
      row: { 取組名: ' 　 ' },
      issues: [{ cell: 'H3', column: '取組名', ja: 'H3: 「取組名」が空欄です', en: 'H3: "取組名" is blank' }],
    },
    {
      name: '年度目標 and 年度計画 both blank (No.10 of the fixture), in template order',
      row: { 年度計画: null, 年度目標: null },
      issues: [
        { cell: 'J3', column: '年度目標', ja: 'J3: 「年度目標」が空欄です', en: 'J3: "年度目標" is blank' },
        { cell: 'K3', column: '年度計画', ja: 'K3: 「年度計画」が空欄です', en: 'K3: "年度計画" is blank' },
      ],
    },
    {
      name: 'a column the configuration makes required',
      row: { 共同所管: '' },
      config: resolveConfig({ columns: { coOwner: { required: true } } }),
      issues: [{ cell: 'N3', column: '共同所管', ja: 'N3: 「共同所管」が空欄です', en: 'N3: "共同所管" is blank' }],
    },
    {
      name: 'the configured name of a column is used',
      row: { 課: '' },
      config: resolveConfig({ columns: { section: { name: '担当課', aliases: ['課'] } } }),
      issues: [{ cell: 'C3', column: '担当課', ja: 'C3: 「担当課」が空欄です', en: 'C3: "担当課" is blank' }],
    },
    {
      name: 'a hidden row',
      table: { ...sheet([soundRow({ 'No.': 1 }), soundRow({ 'No.': 2, 年度計画: '' })]), hiddenRows: [3] },
      issues: [
        { cell: 'K4', column: '年度計画', no: 2, hidden: true, ja: 'K4（非表示の行）: 「年度計画」が空欄です', en: 'K4 (hidden row): "年度計画" is blank' },
      ],
    },
  ],
});
