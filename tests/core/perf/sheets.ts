import { rng, syntheticSheet } from '../../../bench/synthetic';
import { resolveConfig } from '../../../src/core/config';
import { SheetCell, SheetTable } from '../../../src/core/table';
import { Lang } from '../../../src/core/types';
import { ValidateOptions } from '../../../src/core/validate';
import { HEADER } from '../../helpers/sheet';

/**
 * Sheets whose whole reports (issues, messages in both languages, skipped rows, scale) are kept
 * in report-snapshot.json, produced by the engine before the performance work: the refactored
 * engine must give the same reports, byte for byte.
 */

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)];

/** Month labels as staff write them, good and bad, half- and full-width. */
const LABELS = [
  (m: number) => `${m}月:`,
  (m: number) => `${m}月：`,
  (m: number) => `${String.fromCharCode(0xff10 + (m % 10))}月：`,
  (m: number) => `【${m}月】`,
  (m: number) => `［${m}月］`,
  (m: number) => `(${m}月)`,
  (m: number) => `${m}月 `,
  (m: number) => `${m}月頃:`,
  (m: number) => `${m}月分:`,
  (m: number) => `令和7年${m}月:`,
  (m: number) => `令和6年${m}月:`,
  (m: number) => `R7.${m}月:`,
  (m: number) => `2025年${m}月:`,
  (m: number) => `${m}・${(m % 12) + 1}月:`,
  (m: number) => `${m}月~${(m % 12) + 1}月:`,
  (m: number) => `${m}〜${(m % 12) + 1}月:`,
  (m: number) => `${m}ー${(m % 12) + 1}月:`,
  (m: number) => `${m}月~:`,
  (m: number) => `${m}/1 `,
  (m: number) => `${m}月3日に`,
  (m: number) => `${m}月\u200B:`,
  (m: number) => `${String.fromCharCode(0xff10 + (m % 10))}\u0301月:`,
  (m: number) => `\uFF08${m}月\uFF09`,
  () => '通年:',
  () => '随時:',
  () => '上半期:',
  () => '',
];

/** Body text: plain, full-width forms, half-width kana, combining marks, invisible characters, quantities. */
const BODIES = [
  '説明会を開催した。',
  '説明会を開催（３事業所　９人参加）。',
  'プラン作成件数 120件。',
  'プラン作成件数 1,800件（実績）。',
  '延べ25人が受講。第1回を開催。',
  'ｶﾞｲﾄﾞﾌﾞｯｸを作成した。',
  'Cafe\u0301で会議（参考:前年 40件）。',
  'ゼロ幅\u200Bスペース\uFEFFと異体字セレクタ↗\uFE0F。',
  '㈱と㍻、½、ⅣとＡＢＣ、①を含む。',
  '',
  '   ',
  '※注意事項あり',
  '目標 ８０名 に対し ６４名。',
  '7月3日に会議、50%完了。',
  'ﾃｽﾄ\u3000全角スペース',
  '同じ文面',
];

const TARGETS = [
  (n: number) => `【4~9月の目標】(全体達成率:50%)\nプランを作成する(${n}件)\n【10~3月の目標】(全体達成率:100%)\nプランを作成する(${n + 40}件)`,
  (n: number) => `【４～９月の目標】（全体達成率：５０％）\n研修を${n}回開催\n【１０～３月の目標】（全体達成率：９０％）\n研修を${n * 2}回開催`,
  (n: number) => `[4月~9月の目標]\n(全体達成率:60%)\n相談${n}人`,
  (n: number) => `相談件数${n}件（前年実績${n - 5}件）`,
  (n: number) => `【4~3月】受講者${n}名`,
  (n: number) => `【上半期】(全体達成率:120%)\n${n}団体\n【4~6月の目標】${n}件`,
  () => '',
  () => '【10~3月の目標】\n評価',
];

const SYMBOLS = ['↗', '→', '↘', '→\uFE0F', '○', '〇', '◎', '△', '×', 'A', 'B', 'C', 'Ｓ', '', ' ', '?', '-'];
const NOS = (i: number, rand: () => number): SheetCell | null => {
  const r = rand();
  if (r < 0.8) return { value: i };
  if (r < 0.85) return { value: String.fromCharCode(0xff10 + (i % 10)) };
  if (r < 0.9) return { value: 'a' + i };
  if (r < 0.93) return null;
  if (r < 0.96) return { value: 1 };
  return { value: null, error: '#REF!' };
};

/** A progress cell: a few months in some order, with labels and bodies drawn from the lists above. */
function progress(rand: () => number): string {
  const months = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1];
  const lines: string[] = [];
  const count = Math.floor(rand() * 9);
  let last = '';
  for (let k = 0; k < count; k++) {
    const m = rand() < 0.85 ? months[Math.min(k, months.length - 1)] : pick(rand, months);
    let body = pick(rand, BODIES);
    if (rand() < 0.1) body = last;
    last = body;
    lines.push(pick(rand, LABELS)(m) + body);
    if (rand() < 0.2) lines.push(pick(rand, BODIES));
  }
  return lines.join(pick(rand, ['\n', '\n', '\r\n', '\r']));
}

/** A sheet of varied rows: every rule of the row pass has something to find in some row. */
export function variedSheet(rows: number, seed: number): SheetTable {
  const rand = rng(seed);
  const table: SheetTable = { sheetName: 'Varied', rows: [[{ value: 'R7取組実施プロセスシート' }], HEADER.map((h) => ({ value: h }))], hiddenRows: [] };
  for (let i = 1; i <= rows; i++) {
    const n = 10 + Math.floor(rand() * 200);
    const values: Record<string, SheetCell | null> = {
      'No.': NOS(i, rand),
      所管部: rand() < 0.97 ? { value: '福祉部' } : null,
      課: { value: '地域福祉課' },
      取組名: rand() < 0.97 ? { value: `取組${i % 50}` } : { value: '  ' },
      年度目標: { value: pick(rand, TARGETS)(n) },
      年度計画: { value: rand() < 0.9 ? '4月:準備\n6月~9月:実施\n通年:周知' : '' },
      進捗度: { value: pick(rand, SYMBOLS) },
      進捗状況及び課題: { value: progress(rand) },
    };
    table.rows.push(HEADER.map((h) => values[h] ?? null));
    if (rand() < 0.05) table.hiddenRows!.push(table.rows.length - 1);
    if (rand() < 0.02) table.rows.push([{ value: '※記入例' }]);
  }
  return table;
}

export interface SnapshotCase {
  name: string;
  table: () => SheetTable;
  options: ValidateOptions;
}

const circlesConfig = resolveConfig({ symbols: { preset: 'circles' } });

/** The cases of the snapshot: each validated in both languages. */
export function snapshotCases(): SnapshotCase[] {
  const synthetic = () => syntheticSheet(400, 11);
  const varied = () => variedSheet(120, 5);
  const cases: SnapshotCase[] = [];
  for (const month of [10, undefined]) cases.push({ name: `synthetic month ${month ?? 'inferred'}`, table: synthetic, options: { month } });
  cases.push({ name: 'synthetic month 3', table: () => syntheticSheet(150, 2), options: { month: 3 } });
  cases.push({ name: 'synthetic month 6', table: () => syntheticSheet(60, 3), options: { month: 6 } });
  for (const month of [10, 6, 3, undefined]) cases.push({ name: `varied month ${month ?? 'inferred'}`, table: varied, options: { month } });
  cases.push({ name: 'varied, circles configured', table: () => variedSheet(60, 9), options: { month: 9, config: circlesConfig } });
  cases.push({ name: 'varied, rules disabled', table: () => variedSheet(60, 13), options: { month: 12, disable: ['month-missing', 'required-empty'] } });
  return cases;
}

export const LANGS: readonly Lang[] = ['ja', 'en'];
