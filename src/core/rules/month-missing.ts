import { formatMonths, monthsUpTo } from '../fiscal';
import { normalizeChars } from '../normalize';
import { coveredMask, coveredMonths, ParsedCell } from '../parse/entries';
import { looksMonthLike, parseMonthLabel } from '../parse/month-label';
import { defineRule, excerpt, text } from '../rule';
import { Localized } from '../types';

/** A line that looks like a month or date at its start but is not read as a label, and why. */
function notUnderstood(cell: ParsedCell): Localized | undefined {
  const starts = new Set(cell.entries.filter((e) => e.label).map((e) => e.firstLine));
  for (let i = 0; i < cell.lines.length; i++) {
    if (starts.has(i)) continue;
    const line = normalizeChars(cell.lines[i]);
    if (!looksMonthLike(line)) continue;
    const shown = excerpt(cell.lines[i], 12);
    const label = parseMonthLabel(line);
    if (label?.year !== undefined) {
      return text(
        `（「${shown}」は年が表の年度と合わないため、月の記入として数えていません）`,
        ` ("${shown}" names a year outside the sheet's fiscal year, so it does not count as a month's entry)`,
      );
    }
    return text(
      `（「${shown}」は月の見出しとして読めません。「4月:」「【4月】」「4月 本文」のように書いてください）`,
      ` ("${shown}" is not read as a month label: write "4月:", "【4月】" or "4月 text")`,
    );
  }
  return undefined;
}

/** What to write: 「6月:」 for one month, 「6月:」「7月:」… for several. */
function whatToAdd(missing: readonly number[]): Localized {
  const labels =
    missing
      .slice(0, 3)
      .map((m) => `「${m}月:」`)
      .join('') + (missing.length > 3 ? '…' : '');
  return missing.length === 1
    ? text(`${labels}で始まる行を追加してください`, `add a line starting with "${missing[0]}月:"`)
    : text(`${labels}のように月ごとに行を追加してください`, `add a line for each month, starting with "${missing[0]}月:" and so on`);
}

/** April up to the reporting month, as bits (1 << month). */
const DUE_MASKS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => {
  let mask = 0;
  if (month >= 1) for (const m of monthsUpTo(month)) mask |= 1 << m;
  return mask;
});

function dueMask(month: number): number {
  return DUE_MASKS[month];
}

export default defineRule({
  code: 'month-missing',
  severity: 'error',
  description: text('4月から報告月までに記入のない月がある', 'a month from April to the reporting month has no progress entry'),
  row(row, ctx, found) {
    const col = ctx.header.columns.progress;
    if (col === undefined || row.blankAt(col)) return;
    // Most rows cover every month so far: told by bits, before any list is made.
    if ((dueMask(ctx.month) & ~coveredMask(row.progress)) === 0) return;
    const covered = coveredMonths(row.progress);
    const missing = monthsUpTo(ctx.month).filter((m) => !covered.has(m));
    if (missing.length === 0) return;
    const add = whatToAdd(missing);
    const hint = notUnderstood(row.progress) ?? text('', '');
    found.push({
      row: row.index,
      column: 'progress',
      months: missing,
      message: (lang) =>
        lang === 'ja'
          ? `${formatMonths(missing, 'ja')} の記入がありません。${add.ja}${hint.ja}`
          : `No progress entry for ${formatMonths(missing, 'en')}: ${add.en}${hint.en}`,
    });
  },
});
