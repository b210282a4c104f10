import { behindTargets, compareTargets } from '../analysis/target-progress';
import { normalizeSymbol } from '../normalize';
import { symbolIn } from '../scale';
import { defineRule, text } from '../rule';

export default defineRule({
  code: 'symbol-mismatch',
  severity: 'warning',
  description: text(
    '進捗度が数量の実績と合わない（遅れているのに→/↗、達成済みなのに↘）',
    '進捗度 says on track or ahead while behind target, or behind while the quantity is already met',
  ),
  row(row, ctx) {
    if (row.col('symbol') === undefined || row.blank('symbol')) return [];
    const symbol = normalizeSymbol(row.text('symbol'));
    const { ahead, onTrack, behind } = ctx.scale.symbols;
    if (symbolIn(ahead, symbol) || symbolIn(onTrack, symbol)) {
      const late = behindTargets(row)[0];
      if (!late) return [];
      const u = late.counter;
      return [
        {
          row: row.index,
          column: 'symbol',
          figures: { target: late.target, due: Math.round(late.due * 10) / 10, reported: late.reported, counter: u },
          message: (lang) =>
            lang === 'ja'
              ? `進捗度は「${symbol}」ですが、目標 ${late.targetText}${u} に対し実績 ${late.reportedText}${u} で遅れています（「${behind[0] ?? ''}」ではありませんか）`
              : `進捗度 is "${symbol}" but ${late.reportedText}${u} against a target of ${late.targetText}${u} is behind (should it be "${behind[0] ?? ''}"?)`,
        },
      ];
    }
    if (symbolIn(behind, symbol)) {
      const all = compareTargets(row);
      if (all.length === 0 || !all.every((c) => c.reported >= c.target)) return [];
      const c = all[0];
      const u = c.counter;
      return [
        {
          row: row.index,
          column: 'symbol',
          figures: { target: c.target, reported: c.reported, counter: u },
          message: (lang) =>
            lang === 'ja'
              ? `進捗度は「${symbol}」ですが、目標 ${c.targetText}${u} はすでに達成しています（実績 ${c.reportedText}${u}）`
              : `進捗度 is "${symbol}" but the target of ${c.targetText}${u} is already met (${c.reportedText}${u} reported)`,
        },
      ];
    }
    return [];
  },
});
