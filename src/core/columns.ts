/** The template's columns (DESIGN.md section 2), in template order, with their canonical names. */
export const COLUMN_KEYS = [
  'no',
  'department',
  'section',
  'fieldGoal',
  'policy',
  'project',
  'subProject',
  'initiative',
  'overview',
  'target',
  'plan',
  'symbol',
  'progress',
  'coOwner',
] as const;

export type ColumnKey = (typeof COLUMN_KEYS)[number];

export interface ColumnSpec {
  key: ColumnKey;
  name: string;
  aliases: string[];
  required: boolean;
  /** The group header the column may sit under (総合計画). */
  group?: string;
}

export const DEFAULT_COLUMNS: ColumnSpec[] = [
  { key: 'no', name: 'No.', aliases: ['No', 'NO.', '番号', '通し番号', '№'], required: true },
  { key: 'department', name: '所管部', aliases: ['部', '所管部局', '部局', '担当部'], required: true },
  { key: 'section', name: '課', aliases: ['所管課', '担当課', '課名'], required: true },
  { key: 'fieldGoal', name: '分野別目標', aliases: [], required: false, group: '総合計画' },
  { key: 'policy', name: '計画施策', aliases: ['施策'], required: false, group: '総合計画' },
  { key: 'project', name: '事業名', aliases: [], required: false },
  { key: 'subProject', name: '細事業名', aliases: [], required: false },
  { key: 'initiative', name: '取組名', aliases: ['取り組み名', '取組み名'], required: true },
  { key: 'overview', name: '取組の概要', aliases: ['取組概要', '概要'], required: false },
  { key: 'target', name: '年度目標', aliases: ['目標'], required: true },
  { key: 'plan', name: '年度計画', aliases: ['計画', '実施計画'], required: true },
  { key: 'symbol', name: '進捗度', aliases: ['進捗'], required: true },
  { key: 'progress', name: '進捗状況及び課題', aliases: ['進捗状況・課題', '進捗状況及課題', '進捗状況'], required: true },
  { key: 'coOwner', name: '共同所管', aliases: ['共同所管課'], required: false },
];
