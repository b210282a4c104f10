import { behindTargets, compareTargets } from '../analysis/target-progress';
import { defineRule, text } from '../rule';
import { cellText, isBlank } from '../table';

export default defineRule({
  code: 'symbol-mismatch',
  severity: 'warning',
  description: text(
    '進捗度が数量の実績と合わない（遅れているのに→/↗、達成済みなのに↘）',
    '進捗度 says on track or ahead while behind target, or behind while the quantity is already met',
  ),
  row(row, ctx, found) {
    const cell = row.cellAt(ctx.header.columns.symbol);
    if (cell === undefined || isBlank(cell)) return;
    // The symbol normalised and trimmed, and which groups of the scale it is in (worked out once a text).
    const reading = ctx.symbol(cellText(cell));
    const symbol = reading.symbol;
    const { behind } = ctx.scale.symbols;
    if (reading.ahead || reading.onTrack) {
      const late = behindTargets(row)[0];
      if (!late) return;
      const u = late.counter;
      found.push({
        row: row.index,
        column: 'symbol',
        figures: { target: late.target, due: Math.round(late.due * 10) / 10, reported: late.reported, counter: u },
        message: (lang) =>
          lang === 'ja'
            ? `進捗度は「${symbol}」ですが、目標 ${late.targetText}${u} に対し実績 ${late.reportedText}${u} で遅れています（「${behind[0] ?? ''}」ではありませんか）`
            : `進捗度 is "${symbol}" but ${late.reportedText}${u} against a target of ${late.targetText}${u} is behind (should it be "${behind[0] ?? ''}"?)`,
      });
      return;
    }
    if (reading.behind) {
      const all = compareTargets(row);
      if (all.length === 0 || !all.every((c) => c.reported >= c.target)) return;
      const c = all[0];
      const u = c.counter;
      found.push({
        row: row.index,
        column: 'symbol',
        figures: { target: c.target, reported: c.reported, counter: u },
        message: (lang) =>
          lang === 'ja'
            ? `進捗度は「${symbol}」ですが、目標 ${c.targetText}${u} はすでに達成しています（実績 ${c.reportedText}${u}）`
            : `進捗度 is "${symbol}" but the target of ${c.targetText}${u} is already met (${c.reportedText}${u} reported)`,
      });
    }
  },
});
