import { defineRule, Finding, Message, text } from '../rule';
import { blockName, firstHalf, secondHalf } from './_targets';

/** A finding about the 年度目標 cell of a row. */
const at = (row: number, message: Message): Finding => ({ row, column: 'target', message });

export default defineRule({
  code: 'target-rate-invalid',
  severity: 'error',
  description: text(
    '全体達成率が0〜100%の外、上半期が下半期を上回る、または最後の半期が100%でない',
    "a rate outside 0–100, the first half's above the second's, or the last half's not 100",
  ),
  row(row, ctx, found) {
    if (ctx.header.columns.target === undefined) return;
    const blocks = row.target.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      if (b.rate !== undefined && (b.rate < 0 || b.rate > 100)) {
        found.push(
          at(row.index, (lang) =>
            lang === 'ja' ? `${blockName(b)} の全体達成率 ${b.rate}% が0〜100%の範囲外です` : `${blockName(b)}: 全体達成率 ${b.rate}% is outside 0–100%`,
          ),
        );
      }
    }
    const second = secondHalf(blocks);
    if (second?.rate === undefined) return;
    const first = firstHalf(blocks);
    if (first?.rate !== undefined && first.rate > second.rate) {
      const firstRate = first.rate;
      const secondRate = second.rate;
      found.push(
        at(row.index, (lang) =>
          lang === 'ja'
            ? `上半期の全体達成率 ${firstRate}% が下半期の ${secondRate}% を上回っています`
            : `The first half's 全体達成率 ${firstRate}% is above the second half's ${secondRate}%`,
        ),
      );
    }
    if (second.rate !== 100 && second.rate >= 0 && second.rate <= 100) {
      const last = second;
      found.push(
        at(row.index, (lang) =>
          lang === 'ja'
            ? `${blockName(last)} の全体達成率が100%ではありません（${last.rate}%）`
            : `${blockName(last)}: the last half's 全体達成率 is ${last.rate}%, not 100%`,
        ),
      );
    }
  },
});
