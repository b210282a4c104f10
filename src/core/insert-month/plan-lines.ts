import { parseEntries } from '../parse/entries';
import { wordMonths } from '../parse/month-label';

/**
 * The 年度計画 entries scheduled for a month, as written: a single month, a list or range that
 * covers it (`10月~12月:` for 11月), an open range, `12月頃:`, or a word (通年/年間: every month,
 * 上半期: 4–9, 下半期: 10–3; 随時 none). Each entry's lines are joined with a space.
 */
export function planLinesFor(planText: string | null | undefined, month: number): string[] {
  if (!planText) return [];
  const cell = parseEntries(planText);
  const out: string[] = [];
  for (const e of cell.entries) {
    if (!e.label) continue;
    const months = e.label.kind === 'word' ? wordMonths(e.label.word) : e.label.months;
    if (!months.includes(month)) continue;
    out.push(
      cell.lines
        .slice(e.firstLine, e.firstLine + e.lineCount)
        .map((l) => l.trim())
        .filter((l) => l !== '')
        .join(' '),
    );
  }
  return out;
}
