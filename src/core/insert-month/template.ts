import { isMonth } from '../fiscal';
import { normalizeText } from '../normalize';
import { parseEntries } from '../parse/entries';
import { parseMonthLabel } from '../parse/month-label';
import { Localized } from '../types';
import { withoutLabel } from './lines';

/** The line added for a month unless the user gives another template. */
export const DEFAULT_TEMPLATE = '{month}月:';

/** Line breaks and line/paragraph separators: a rendered line must stay one line. */
const BREAKS = /\r\n|\n|\r|\u2028|\u2029/g;

/**
 * The text `{plan}` stands for: the plan lines without their own labels (`10月~12月:車両を利用した
 * 移動支援` → `車両を利用した移動支援`), as written, blank ones left out, joined with ` / `.
 */
export function planWords(planLines: readonly string[]): string {
  return planLines
    .map(withoutLabel)
    .filter((p) => p !== '')
    .join(' / ');
}

/**
 * The line a template gives for a month: `{month}` is the month's number, `{plan}` the
 * {@link planWords} of the month's plan lines (empty without a plan). Line breaks become spaces
 * and trailing spaces are dropped, so the result is one line. It must start with a single-month
 * label for that month (`11月:`, `11月頃:`) as both the label parser (after normalisation) and the
 * entry parser read it — otherwise the validator and a second run would not recognise the line —
 * or the template is refused with an error naming it.
 */
export function renderTemplate(template: string, month: number, planLines: readonly string[] = []): { line: string } | { error: Localized } {
  if (!isMonth(month)) {
    return { error: { ja: `月は 1〜12 の整数で指定してください（「${month}」）`, en: `The month must be an integer from 1 to 12 (got "${month}")` } };
  }
  const plan = planWords(planLines);
  // Replaced in one pass with a function, so `$&` or `{month}` inside the plan text stay as written.
  const line = template
    .replace(/\{(month|plan)\}/g, (_m, key: string) => (key === 'month' ? String(month) : plan))
    .replace(BREAKS, ' ')
    .trimEnd();
  if (labelsMonth(line, month)) return { line };
  const shown = [...line].length > 40 ? [...line].slice(0, 40).join('') + '…' : line;
  return {
    error: {
      ja: `テンプレート「${template}」から作られる行「${shown}」が「${month}月:」のような ${month}月 だけの見出しで始まらないため、追加した行が ${month}月 の記入と認識されません（例: {month}月:）`,
      en: `Template "${template}" makes the line "${shown}", which does not start with a label for month ${month} alone such as "${month}月:", so the added line would not count as month ${month} (e.g. {month}月:)`,
    },
  };
}

/** The line starts with a label of `month` alone, read the same way by both parsers. */
function labelsMonth(line: string, month: number): boolean {
  const label = parseMonthLabel(normalizeText(line));
  if (!label || label.kind !== 'single' || label.months[0] !== month) return false;
  const entries = parseEntries(line).entries;
  const first = entries[0];
  return entries.length === 1 && first.firstLine === 0 && first.label?.kind === 'single' && first.label.months[0] === month;
}
