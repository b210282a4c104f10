import { DEFAULT_COLUMNS } from '../../src/core/columns';
import { SheetCell, SheetTable } from '../../src/core/table';
import { validateSheet, ValidateOptions } from '../../src/core/validate';
import { Issue } from '../../src/core/types';

export const HEADER = DEFAULT_COLUMNS.map((c) => c.name);

export type RowInput = Partial<Record<string, string | number | boolean | null>>;

/** A sound row: every required cell filled, progress for April to October. */
export function soundRow(overrides: RowInput = {}): RowInput {
  return {
    'No.': 1,
    所管部: '福祉部',
    課: '地域福祉課',
    取組名: 'テスト取組',
    年度目標: '【4~9月の目標】(全体達成率:50%)\n説明会を実施\n【10~3月の目標】(全体達成率:100%)\n評価を行う',
    年度計画: '4月:準備\n10月:評価',
    進捗度: '→',
    進捗状況及び課題: ['4月:a', '5月:b', '6月:c', '7月:d', '8月:e', '9月:f', '10月:g'].join('\n'),
    ...overrides,
  };
}

function cell(v: string | number | boolean | null | undefined): SheetCell | null {
  return v === undefined || v === null ? null : { value: v };
}

/** A sheet with a title row, a one-row header (the template's columns or `header`) and the rows. */
export function sheet(rows: RowInput[], header: string[] = HEADER): SheetTable {
  return {
    sheetName: 'Sheet1',
    rows: [[cell('R7取組実施プロセスシート')], header.map((h) => cell(h)), ...rows.map((r) => header.map((h) => cell(r[h])))],
  };
}

export function issuesOf(rows: RowInput[], options: ValidateOptions = { month: 10 }, header?: string[]): Issue[] {
  return validateSheet(sheet(rows, header), { month: 10, ...options }).issues;
}

export function codesOf(rows: RowInput[], options?: ValidateOptions, header?: string[]): string[] {
  return issuesOf(rows, options, header).map((i) => i.code);
}

/** Issues of one code on a single row built from `soundRow(overrides)`. */
export function run(code: string, overrides: RowInput, month = 10): Issue[] {
  return issuesOf([soundRow(overrides)], { month }).filter((i) => i.code === code);
}
