import { parseEntries } from '../parse/entries';
import { wordMonths } from '../parse/month-label';

/**
 * The 年度計画 lines scheduled for a month, as written (each line trimmed, blank lines left out),
 * in the plan's order: every entry whose label covers the month — a single month, a list or a
 * range that holds it (`10月~12月:` for 11月), an open range (`4月~:`), `12月頃:`, or a word
 * (通年/年間: every month, 上半期: 4–9, 下半期: 10–3, 随時: none) — gives its label line and its
 * continuation lines. Lines before the plan's first label belong to no month.
 */
export function planLinesFor(planText: string | null | undefined, month: number): string[] {
  if (typeof planText !== 'string' || planText === '') return [];
  const cell = parseEntries(planText);
  const out: string[] = [];
  for (const e of cell.entries) {
    if (!e.label) continue;
    const months = e.label.kind === 'word' ? wordMonths(e.label.word) : e.label.months;
    if (!months.includes(month)) continue;
    for (let i = e.firstLine; i < e.firstLine + e.lineCount; i++) {
      const line = cell.lines[i].trim();
      if (line !== '') out.push(line);
    }
  }
  return out;
}
