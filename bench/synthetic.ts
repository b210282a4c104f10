import { DEFAULT_COLUMNS } from '../src/core/columns';
import { SheetCell, SheetTable } from '../src/core/table';

/** A deterministic pseudo-random generator (mulberry32), so every run measures the same sheet. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PHRASES = [
  '定例会議を実施し、進捗状況を確認した。',
  '関係団体との協議を継続。',
  '説明会を開催(10事業所 19人参加)。',
  '委託事業者と運用に関する協議を実施。',
  '市HPおよびかわにしサポートナビにて周知。',
  '作成件数 12件',
  '課題の整理を行い、次年度の方針を検討。',
];

/** A sheet of `rows` initiatives with about 600 characters of progress each, some with defects. */
export function syntheticSheet(rows: number, seed = 7): SheetTable {
  const rand = rng(seed);
  const header = DEFAULT_COLUMNS.map((c) => ({ value: c.name }) as SheetCell);
  const out: SheetTable = { sheetName: 'Synthetic', rows: [[{ value: 'R7取組実施プロセスシート' }], header] };
  const months = [4, 5, 6, 7, 8, 9, 10];
  for (let i = 1; i <= rows; i++) {
    const lines: string[] = [];
    for (const m of months) {
      if (rand() < 0.03) continue; // a missing month now and then
      let body = '';
      while (body.length < 80) body += PHRASES[Math.floor(rand() * PHRASES.length)];
      lines.push(`${m}月:${body}`);
    }
    const row: Record<string, string | number> = {
      'No.': i,
      所管部: '福祉部',
      課: '介護保険課',
      分野別目標: '3.安心安全を備えた川西の実現',
      計画施策: '8.福祉',
      事業名: '介護保険総務管理事業',
      細事業名: '介護保険総務管理事業',
      取組名: `取組 ${i}`,
      取組の概要: '市内の介護サービス事業所の業務効率化を進めるため、システムの利用料を補助します。',
      年度目標: '【4~9月の目標】(全体達成率:50%)\nプランを作成する(180件)\n【10~3月の目標】(全体達成率:100%)\nプランを作成する(220件)',
      年度計画: '4月:準備\n6月~9月:実施\n10月:予算要求',
      進捗度: rand() < 0.02 ? '' : '→',
      進捗状況及び課題: lines.join('\n'),
      共同所管: '-',
    };
    out.rows.push(DEFAULT_COLUMNS.map((c) => (row[c.name] === undefined ? null : { value: row[c.name] })));
  }
  return out;
}
