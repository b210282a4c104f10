import { Localized } from '../types';
import { normalizeText } from '../normalize';
import { parseMonthLabel } from '../parse/month-label';

/** The line added for a month unless the user gives another template. */
export const DEFAULT_TEMPLATE = '{month}月:';

/** A plan line without its label: `10月~12月:車両を利用した移動支援` → `車両を利用した移動支援`. */
function withoutLabel(line: string): string {
  const norm = normalizeText(line);
  const label = parseMonthLabel(norm);
  return (label ? norm.slice(label.length) : norm).trim();
}

/**
 * The line a template gives for a month: `{month}` is the month's number, `{plan}` the plan's
 * words for it (lines joined with ` / `). The line must start with a label of that month, so
 * the validator and a second run recognise it.
 */
export function renderTemplate(template: string, month: number, planLines: readonly string[] = []): { line: string } | { error: Localized } {
  const plan = planLines
    .map(withoutLabel)
    .filter((p) => p !== '')
    .join(' / ');
  const line = template
    .replace(/\{month\}/g, String(month))
    .replace(/\{plan\}/g, plan)
    .replace(/\r\n|\n|\r/g, ' ')
    .trimEnd();
  const label = parseMonthLabel(normalizeText(line));
  if (!label || label.kind !== 'single' || label.months[0] !== month) {
    return {
      error: {
        ja: `テンプレート「${template}」は「${month}月:」のような月の見出しで始まっていません（例: {month}月:）`,
        en: `Template "${template}" does not start with a month label such as "${month}月:" (e.g. {month}月:)`,
      },
    };
  }
  return { line };
}
