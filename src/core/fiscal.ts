/**
 * The Japanese fiscal year runs April → March. Months are calendar numbers 1..12; their fiscal
 * index is 0 (April) .. 11 (March).
 */
export const FISCAL_MONTHS: readonly number[] = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];

export function fiscalIndex(month: number): number {
  return (month + 8) % 12;
}

export function monthAtFiscalIndex(index: number): number {
  return FISCAL_MONTHS[index];
}

/** Reiwa year 1 is 2019: a Reiwa year is this plus its number (令和7年 → 2025). */
export const REIWA_OFFSET = 2018;

/** The calendar year a month of fiscal year `fiscalYear` (the April it starts in) falls in. */
export function calendarYearOf(fiscalYear: number, month: number): number {
  return month <= 3 ? fiscalYear + 1 : fiscalYear;
}

/** The fiscal year (the calendar year of its April) a month of calendar year `year` belongs to: January–March → the year before. */
export function fiscalYearOfMonth(year: number, month: number): number {
  return month >= 1 && month <= 3 ? year - 1 : year;
}

export function isMonth(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 12;
}

/** Months from `from` to `to` inclusive in fiscal order (`7, 3` → 7..12, 1..3). Empty when `to` comes before `from`. */
export function fiscalRange(from: number, to: number): number[] {
  const a = fiscalIndex(from);
  const b = fiscalIndex(to);
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(FISCAL_MONTHS[i]);
  return out;
}

/** The month after `month` in the fiscal year, or undefined after March. */
export function nextFiscalMonth(month: number): number | undefined {
  const i = fiscalIndex(month);
  return i < 11 ? FISCAL_MONTHS[i + 1] : undefined;
}

/** April up to `month`, inclusive. */
export function monthsUpTo(month: number): number[] {
  return fiscalRange(4, month);
}

/** `[6,7,8,10]` → `6月〜8月、10月` (ja) or `June–August, October` (en). */
export function formatMonths(months: readonly number[], lang: 'ja' | 'en'): string {
  const sorted = [...new Set(months)].sort((a, b) => fiscalIndex(a) - fiscalIndex(b));
  const runs: [number, number][] = [];
  for (const m of sorted) {
    const last = runs[runs.length - 1];
    if (last && fiscalIndex(m) === fiscalIndex(last[1]) + 1) last[1] = m;
    else runs.push([m, m]);
  }
  const name = (m: number) => (lang === 'ja' ? `${m}月` : EN_MONTHS[m - 1]);
  const sep = lang === 'ja' ? '〜' : '–';
  return runs
    .map(([a, b]) =>
      a === b ? name(a) : fiscalIndex(b) === fiscalIndex(a) + 1 ? `${name(a)}${lang === 'ja' ? '、' : ', '}${name(b)}` : `${name(a)}${sep}${name(b)}`,
    )
    .join(lang === 'ja' ? '、' : ', ');
}

export const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function monthName(month: number, lang: 'ja' | 'en'): string {
  return lang === 'ja' ? `${month}月` : EN_MONTHS[month - 1];
}
