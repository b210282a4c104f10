import { resolveConfig } from '../../../src/core/config';
import { ruleTester, sheet, soundRow } from '../../helpers/sheet';

/** 24件 a year, 14件 due by October (linear), 2件 reported: behind. */
const behind = { 年度目標: '目標:24件', 進捗状況及び課題: '4月~9月:a\n10月:実績 2件' };
/** 24件 a year, 30件 reported: met. */
const met = { 年度目標: '目標:24件', 進捗状況及び課題: '4月~9月:a\n10月:実績 30件' };
const behindFigures = { target: 24, due: 14, reported: 2, counter: '件' };
const late = (cell: string, symbol: string, suggested: string) => ({
  cell,
  ...behindFigures,
  ja: `${cell}: 進捗度は「${symbol}」ですが、目標 24件 に対し実績 2件 で遅れています（「${suggested}」ではありませんか）`,
  en: `${cell}: 進捗度 is "${symbol}" but 2件 against a target of 24件 is behind (should it be "${suggested}"?)`,
});

ruleTester('symbol-mismatch', {
  column: '進捗度',
  valid: [
    { name: '↘ while behind', row: { ...behind, 進捗度: '↘' } },
    { name: '→ while met', row: { ...met, 進捗度: '→' } },
    { name: '↗ while met', row: { ...met, 進捗度: '↗' } },
    { name: '↘ without any quantity', row: { 進捗度: '↘' } },
    { name: '→ at 80 % of what is due (12件 of 14件)', row: { ...behind, 進捗状況及び課題: '4月~9月:a\n10月:実績 12件', 進捗度: '→' } },
    { name: '↘ while only partly met', row: { 年度目標: '目標:24件', 進捗状況及び課題: '4月~9月:a\n10月:実績 20件', 進捗度: '↘' } },
    { name: 'the cannot-be-assessed value says nothing', row: { ...behind, 進捗度: '-' }, config: resolveConfig({ symbols: { allowNotAssessable: true } }) },
    { name: 'a blank 進捗度 is symbol-missing', row: { ...behind, 進捗度: '' } },
    { name: '△ while behind on a ◎○△× sheet', row: { ...behind, 進捗度: '△' } },
    { name: '× while behind on a ◎○△× sheet', row: { ...behind, 進捗度: '×' } },
  ],
  invalid: [
    { name: '→ while behind', row: { ...behind, 進捗度: '→' }, issues: [late('L3', '→', '↘')] },
    { name: '↗ while behind', row: { ...behind, 進捗度: '↗' }, issues: [late('L3', '↗', '↘')] },
    {
      name: '↘ while already met',
      row: { ...met, 進捗度: '↘' },
      issues: [
        {
          cell: 'L3',
          target: 24,
          reported: 30,
          counter: '件',
          ja: 'L3: 進捗度は「↘」ですが、目標 24件 はすでに達成しています（実績 30件）',
          en: 'L3: 進捗度 is "↘" but the target of 24件 is already met (30件 reported)',
        },
      ],
    },
    {
      name: 'an ended half is due in full (No.4 of the fixture with a symbol)',
      row: {
        年度目標: '【4~9月の目標】(全体達成率:50%)\nプランを作成する(180件)\n【10~3月の目標】(全体達成率:100%)\nプランを作成する(220件)',
        進捗状況及び課題: '4月~8月:準備\n9月:作成件数4件\n10月:検討会議を開催。作成件数9件',
        進捗度: '→',
      },
      issues: [
        {
          cell: 'L3',
          target: 180,
          due: 180,
          reported: 9,
          counter: '件',
          ja: 'L3: 進捗度は「→」ですが、目標 180件 に対し実績 9件 で遅れています（「↘」ではありませんか）',
          en: 'L3: 進捗度 is "→" but 9件 against a target of 180件 is behind (should it be "↘"?)',
        },
      ],
    },
    {
      name: 'figures keep the sheet’s thousands separator',
      row: { 年度目標: '目標:1,800件', 進捗状況及び課題: '4月~9月:a\n10月:実績 500件', 進捗度: '↗' },
      issues: [
        {
          cell: 'L3',
          target: 1800,
          due: 1050,
          reported: 500,
          counter: '件',
          ja: 'L3: 進捗度は「↗」ですが、目標 1,800件 に対し実績 500件 で遅れています（「↘」ではありませんか）',
          en: 'L3: 進捗度 is "↗" but 500件 against a target of 1,800件 is behind (should it be "↘"?)',
        },
      ],
    },
    {
      name: 'met with thousands separators',
      row: { 年度目標: '目標:1,800件', 進捗状況及び課題: '4月~9月:a\n10月:実績 2,000件', 進捗度: '↘' },
      issues: [
        {
          cell: 'L3',
          target: 1800,
          reported: 2000,
          counter: '件',
          ja: 'L3: 進捗度は「↘」ですが、目標 1,800件 はすでに達成しています（実績 2,000件）',
          en: 'L3: 進捗度 is "↘" but the target of 1,800件 is already met (2,000件 reported)',
        },
      ],
    },
    { name: '○ while behind on a ◎○△× sheet suggests △', row: { ...behind, 進捗度: '○' }, issues: [late('L3', '○', '△')] },
    { name: '〇 (U+3007) is ○', row: { ...behind, 進捗度: '〇' }, issues: [late('L3', '〇', '△')] },
    {
      name: 'B while behind on an A B C D sheet suggests C',
      rows: [{ 進捗度: 'A' }, { ...behind, 進捗度: 'B' }, { 進捗度: 'D' }],
      issues: [late('L4', 'B', 'C')],
    },
    {
      name: 'the counter of the target: 名',
      row: { 年度目標: '参加者 120名', 進捗状況及び課題: '4月~9月:a\n10月:参加者 10名', 進捗度: '→' },
      issues: [
        {
          cell: 'L3',
          target: 120,
          due: 70,
          reported: 10,
          counter: '名',
          ja: 'L3: 進捗度は「→」ですが、目標 120名 に対し実績 10名 で遅れています（「↘」ではありませんか）',
          en: 'L3: 進捗度 is "→" but 10名 against a target of 120名 is behind (should it be "↘"?)',
        },
      ],
    },
    {
      name: 'a hidden row',
      table: { ...sheet([soundRow({ ...behind, 進捗度: '→' })]), hiddenRows: [2] },
      issues: [
        {
          ...late('L3', '→', '↘'),
          hidden: true,
          ja: 'L3（非表示の行）: 進捗度は「→」ですが、目標 24件 に対し実績 2件 で遅れています（「↘」ではありませんか）',
          en: 'L3 (hidden row): 進捗度 is "→" but 2件 against a target of 24件 is behind (should it be "↘"?)',
        },
      ],
    },
  ],
});
