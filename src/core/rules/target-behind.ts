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
  row(row, ctx, found) {
    if (ctx.header.columns.target === undefined || ctx.header.columns.progress === undefined) return;
    const behind = behindTargets(row);
    if (behind.length === 0) return;
    const pct = Math.round(ctx.config.targetBehindThreshold * 100);
    for (const c of behind) {
      const u = c.counter;
      const period = c.block.label ? blockName(c.block) : '年度目標';
      const periodEn = c.block.label ? blockName(c.block) : 'the full-year target';
      const due = formatAmount(c.due, c.targetText);
      found.push({
        row: row.index,
        column: 'target',
        figures: { target: c.target, due: Math.round(c.due * 10) / 10, reported: c.reported, counter: u },
        message: (lang) =>
          lang === 'ja'
            ? `目標 ${c.targetText}${u}（${period}）に対し、${ctx.month}月までに ${due}${u} が必要ですが、${c.reportedMonth}月の実績は ${c.reportedText}${u} です（${pct}%未満）`
            : `Target ${c.targetText}${u} (${periodEn}): ${due}${u} due by ${monthName(ctx.month, 'en')}, but ${monthName(c.reportedMonth, 'en')} reports ${c.reportedText}${u} (below ${pct}%)`,
      });
    }
  },
});
