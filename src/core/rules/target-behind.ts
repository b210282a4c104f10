import { behindTargets, formatAmount } from '../analysis/target-progress';
import { monthName } from '../fiscal';
import { defineRule, text } from '../rule';
import { blockName } from './_targets';

export default defineRule({
  code: 'target-behind',
  severity: 'warning',
  description: text(
    '目標の数量に対し、報告月までの実績が8割に届かない',
    'the reported quantity is below 80% of what the target makes due by the reporting month',
  ),
  row(row, ctx) {
    if (row.col('target') === undefined || row.col('progress') === undefined) return [];
    const pct = Math.round(ctx.config.targetBehindThreshold * 100);
    return behindTargets(row).map((c) => {
      const u = c.counter;
      const period = c.block.label ? blockName(c.block) : '年度目標';
      const periodEn = c.block.label ? blockName(c.block) : 'the full-year target';
      return {
        row: row.index,
        column: 'target' as const,
        message: text(
          `目標 ${c.target}${u}（${period}）に対し、${ctx.month}月までに ${formatAmount(c.due)}${u} が必要ですが、${c.reportedMonth}月の実績は ${c.reported}${u} です（${pct}%未満）`,
          `Target ${c.target}${u} (${periodEn}): ${formatAmount(c.due)}${u} due by ${monthName(ctx.month, 'en')}, but ${monthName(c.reportedMonth, 'en')} reports ${c.reported}${u} (below ${pct}%)`,
        ),
      };
    });
  },
});
