import { resolveConfig } from '../../../src/core/config';
import { ruleTester, sheet, soundRow } from '../../helpers/sheet';

const TARGET = '【4~9月の目標】(全体達成率:50%)\nプランを作成する(180件)\n【10~3月の目標】(全体達成率:100%)\nプランを作成する(220件)';
const row = (target: string, progress: string) => ({ 年度目標: target, 進捗状況及び課題: progress });

ruleTester('target-behind', {
  column: '年度目標',
  valid: [
    { name: 'an ended half met', row: row(TARGET, '4月~9月:準備\n10月:作成件数150件') },
    { name: 'linear within a full-year target: 14件 due, 14件 reported', row: row('目標:24件', '4月~9月:a\n10月:実績 14件') },
    { name: '80 % of what is due is enough: 12件 of 14件', row: row('目標:24件', '4月~9月:a\n10月:実績 12件') },
    { name: 'no quantity with the counter in the progress', row: row(TARGET, '4月~10月:準備中') },
    { name: 'a quantity of another counter does not count', row: row('目標:24件', '4月~9月:a\n10月:参加者 2名') },
    { name: 'a date is not a quantity', row: row('目標:25件', '4月~9月:a\n10月:6月6日より受付') },
    { name: 'a period not yet started', row: row('【10~3月の目標】(全体達成率:100%)\n作成(220件)', '4月~8月:a\n9月:作成 0件'), month: 9 },
    {
      name: 'the latest entry with the counter is used, and words that overlap the target win',
      row: row(TARGET, '4月~8月:a\n9月:説明会 40人参加、作成件数 200件\n10月:会議 3回'),
    },
    { name: 'an entry after the reporting month is not read', row: row('目標:24件', '4月~9月:a\n10月:実績 14件\n11月:実績 1件') },
    { name: 'a blank 年度目標 is required-empty', row: row('', '4月~10月:a') },
  ],
  invalid: [
    {
      name: 'an ended half is due in full (No.4 of the fixture: 180件 due, 9件 reported)',
      row: row(TARGET, '4月~8月:準備\n9月:作成件数4件\n10月:検討会議を開催。作成件数9件'),
      issues: [
        {
          cell: 'J3',
          target: 180,
          due: 180,
          reported: 9,
          counter: '件',
          ja: 'J3: 目標 180件（【4~9月の目標】）に対し、10月までに 180件 が必要ですが、10月の実績は 9件 です（80%未満）',
          en: 'J3: Target 180件 (【4~9月の目標】): 180件 due by October, but October reports 9件 (below 80%)',
        },
      ],
    },
    {
      name: 'linear within the current period: 24件 a year is 14件 due by October',
      row: row('目標:24件', '4月~9月:a\n10月:実績 11件'),
      issues: [
        {
          cell: 'J3',
          target: 24,
          due: 14,
          reported: 11,
          counter: '件',
          ja: 'J3: 目標 24件（年度目標）に対し、10月までに 14件 が必要ですが、10月の実績は 11件 です（80%未満）',
          en: 'J3: Target 24件 (the full-year target): 14件 due by October, but October reports 11件 (below 80%)',
        },
      ],
    },
    {
      name: 'figures keep the sheet’s thousands separator (1,800件)',
      row: row('目標:1,800件', '4月~9月:a\n10月:実績 500件'),
      issues: [
        {
          cell: 'J3',
          target: 1800,
          due: 1050,
          reported: 500,
          counter: '件',
          ja: 'J3: 目標 1,800件（年度目標）に対し、10月までに 1,050件 が必要ですが、10月の実績は 500件 です（80%未満）',
          en: 'J3: Target 1,800件 (the full-year target): 1,050件 due by October, but October reports 500件 (below 80%)',
        },
      ],
    },
    {
      name: 'a due amount that is not whole: one decimal',
      row: row('目標:25件', '4月~9月:a\n10月:実績 10件'),
      issues: [
        {
          cell: 'J3',
          target: 25,
          due: 14.6,
          reported: 10,
          counter: '件',
          ja: 'J3: 目標 25件（年度目標）に対し、10月までに 14.6件 が必要ですが、10月の実績は 10件 です（80%未満）',
          en: 'J3: Target 25件 (the full-year target): 14.6件 due by October, but October reports 10件 (below 80%)',
        },
      ],
    },
    {
      name: 'an actual in the target text is not the target',
      row: row('目標:25件\nR6年度の実績見込み件数15件を基に設定', '4月~9月:a\n10月:実績 10件'),
      issues: [
        {
          cell: 'J3',
          target: 25,
          due: 14.6,
          reported: 10,
          counter: '件',
          ja: 'J3: 目標 25件（年度目標）に対し、10月までに 14.6件 が必要ですが、10月の実績は 10件 です（80%未満）',
          en: 'J3: Target 25件 (the full-year target): 14.6件 due by October, but October reports 10件 (below 80%)',
        },
      ],
    },
    {
      name: 'the latest entry with the counter, from an earlier month; the quantity whose words overlap the target',
      row: row(TARGET, '4月~8月:a\n9月:作成件数 10件、相談 300件\n10月:会議'),
      issues: [
        {
          cell: 'J3',
          target: 180,
          due: 180,
          reported: 10,
          counter: '件',
          ja: 'J3: 目標 180件（【4~9月の目標】）に対し、10月までに 180件 が必要ですが、9月の実績は 10件 です（80%未満）',
          en: 'J3: Target 180件 (【4~9月の目標】): 180件 due by October, but September reports 10件 (below 80%)',
        },
      ],
    },
    {
      name: 'the threshold comes from the configuration',
      row: row('目標:24件', '4月~9月:a\n10月:実績 12件'),
      config: resolveConfig({ targetBehindThreshold: 0.9 }),
      issues: [
        {
          cell: 'J3',
          target: 24,
          due: 14,
          reported: 12,
          counter: '件',
          ja: 'J3: 目標 24件（年度目標）に対し、10月までに 14件 が必要ですが、10月の実績は 12件 です（90%未満）',
          en: 'J3: Target 24件 (the full-year target): 14件 due by October, but October reports 12件 (below 90%)',
        },
      ],
    },
    {
      name: 'one issue a counter',
      row: row('相談 120件\n参加者 240人', '4月~9月:a\n10月:相談 10件、参加者 20人'),
      issues: [
        {
          cell: 'J3',
          target: 120,
          due: 70,
          reported: 10,
          counter: '件',
          ja: 'J3: 目標 120件（年度目標）に対し、10月までに 70件 が必要ですが、10月の実績は 10件 です（80%未満）',
          en: 'J3: Target 120件 (the full-year target): 70件 due by October, but October reports 10件 (below 80%)',
        },
        {
          cell: 'J3',
          target: 240,
          due: 140,
          reported: 20,
          counter: '人',
          ja: 'J3: 目標 240人（年度目標）に対し、10月までに 140人 が必要ですが、10月の実績は 20人 です（80%未満）',
          en: 'J3: Target 240人 (the full-year target): 140人 due by October, but October reports 20人 (below 80%)',
        },
      ],
    },
    {
      name: 'a hidden row',
      table: { ...sheet([soundRow(row('目標:24件', '4月~9月:a\n10月:実績 2件'))]), hiddenRows: [2] },
      issues: [
        {
          cell: 'J3',
          hidden: true,
          target: 24,
          due: 14,
          reported: 2,
          counter: '件',
          ja: 'J3（非表示の行）: 目標 24件（年度目標）に対し、10月までに 14件 が必要ですが、10月の実績は 2件 です（80%未満）',
          en: 'J3 (hidden row): Target 24件 (the full-year target): 14件 due by October, but October reports 2件 (below 80%)',
        },
      ],
    },
  ],
});
