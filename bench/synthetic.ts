import { DEFAULT_COLUMNS } from '../src/core/columns';
import { SheetCell, SheetTable } from '../src/core/table';

/**
 * Realistic synthetic sheets for the benchmarks (issue 12): varied text per row, full-width
 * forms, several quantities per entry, and about a tenth of the rows with issues. Deterministic
 * (mulberry32), so every run measures the same sheet.
 */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  '地域包括支援センター',
  '民生委員',
  '介護サービス事業所',
  '関係団体',
  '庁内関係課',
  '委託事業者',
  '市民ボランティア',
  '社会福祉協議会',
  '学校',
  '自治会',
];
const ACTIONS = [
  (n: number) => `と協議を${n}回実施し、課題を整理した。`,
  (n: number) => `向けの説明会を開催（${n}事業所 ${n * 3}人参加）。`,
  () => `への訪問を行い、相談に応じた。`,
  (n: number) => `と連携し、研修を${n}回開催した。延べ${n * 12}人が受講。`,
  () => `の意見を踏まえ、次年度の方針を検討中。`,
  (n: number) => `に対し周知を実施（チラシ${n * 100}部配布）。`,
  () => `との会議で進捗を確認した。`,
];
const TAILS = ['', '引き続き取り組む。', '予定どおり進んでいる。', '一部に遅れがあるため、体制を見直す。', '令和7年6月3日に第1回を開催。'];

const FULL = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

function entry(rand: () => number, month: number, fullWidth: boolean): string {
  let body = '';
  while (body.length < 78) {
    const subject = SUBJECTS[Math.floor(rand() * SUBJECTS.length)];
    const action = ACTIONS[Math.floor(rand() * ACTIONS.length)];
    body += subject + action(1 + Math.floor(rand() * 30));
  }
  body += TAILS[Math.floor(rand() * TAILS.length)];
  return fullWidth ? `${FULL(String(month))}月：${body}` : `${month}月:${body}`;
}

/** A sheet of `rows` initiatives with about 600 characters of progress each; about 10 % of the rows have defects. */
export function syntheticSheet(rows: number, seed = 7): SheetTable {
  const rand = rng(seed);
  const header = DEFAULT_COLUMNS.map((c) => ({ value: c.name }) as SheetCell);
  const out: SheetTable = { sheetName: 'Synthetic', rows: [[{ value: 'R7取組実施プロセスシート' }], header] };
  const months = [4, 5, 6, 7, 8, 9, 10];
  for (let i = 1; i <= rows; i++) {
    const defect = rand() < 0.1 ? Math.floor(rand() * 5) : -1;
    const fullWidth = rand() < 0.3;
    const lines: string[] = [];
    const target = 100 + Math.floor(rand() * 200);
    for (const m of months) {
      if (defect === 0 && m === 6) continue; // a month missing
      let line = entry(rand, m, fullWidth);
      // The latest month reports on the target: on track, except in a defect row.
      if (m === 10) line += `プラン作成件数 ${defect === 2 ? Math.floor(target / 10) : target + Math.floor(rand() * 20)}件。`;
      lines.push(line);
    }
    if (defect === 1) lines.push(`11月:`); // an unfilled future line
    const row: Record<string, string | number> = {
      'No.': i,
      所管部: ['福祉部', '健康部', '市民環境部', '都市政策部'][i % 4],
      課: ['介護保険課', '地域福祉課', '障害福祉課', '健康増進課'][Math.floor(rand() * 4)],
      分野別目標: '3.安心安全を備えた川西の実現',
      計画施策: '8.福祉',
      事業名: `事業 ${Math.floor(i / 3)}`,
      細事業名: `細事業 ${i}`,
      取組名: `取組 ${i} ${SUBJECTS[i % SUBJECTS.length]}との連携`,
      取組の概要: '市内の介護サービス事業所の業務効率化を進めるため、システムの利用料を補助します。',
      年度目標: `【4~9月の目標】(全体達成率:50%)\nプランを作成する(${target}件)\n【10~3月の目標】(全体達成率:100%)\nプランを作成する(${target + 40}件)`,
      年度計画: '4月:準備\n6月~9月:実施\n10月:予算要求\n通年:周知',
      進捗度: defect === 3 ? '' : defect === 4 ? '○' : ['↗', '→', '→', '↘'][i % 4],
      進捗状況及び課題: lines.join('\n'),
      共同所管: '-',
    };
    out.rows.push(DEFAULT_COLUMNS.map((c) => (row[c.name] === undefined ? null : { value: row[c.name] })));
  }
  return out;
}
