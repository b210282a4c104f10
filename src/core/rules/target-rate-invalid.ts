import { defineRule, Finding, text } from '../rule';
import { blockName, halves } from './_targets';

export default defineRule({
  code: 'target-rate-invalid',
  severity: 'error',
  description: text(
    '全体達成率が0〜100%の外、上半期が下半期を上回る、または最後の半期が100%でない',
    "a rate outside 0–100, the first half's above the second's, or the last half's not 100",
  ),
  row(row) {
    if (row.col('target') === undefined) return [];
    const out: Finding[] = [];
    const at = (ja: string, en: string) => out.push({ row: row.index, column: 'target', message: text(ja, en) });
    for (const b of row.target.blocks) {
      if (b.rate !== undefined && (b.rate < 0 || b.rate > 100)) {
        at(`${blockName(b)} の全体達成率 ${b.rate}% が0〜100%の範囲外です`, `${blockName(b)}: 全体達成率 ${b.rate}% is outside 0–100%`);
      }
    }
    const { first, second } = halves(row.target.blocks);
    if (first?.rate !== undefined && second?.rate !== undefined && first.rate > second.rate) {
      at(
        `上半期の全体達成率 ${first.rate}% が下半期の ${second.rate}% を上回っています`,
        `The first half's 全体達成率 ${first.rate}% is above the second half's ${second.rate}%`,
      );
    }
    if (second?.rate !== undefined && second.rate !== 100 && second.rate >= 0 && second.rate <= 100) {
      at(
        `${blockName(second)} の全体達成率が100%ではありません（${second.rate}%）`,
        `${blockName(second)}: the last half's 全体達成率 is ${second.rate}%, not 100%`,
      );
    }
    return out;
  },
});
