import { fiscalYearOfMonth, REIWA_OFFSET } from './fiscal';
import { normalizeText } from './normalize';
import { cellText, SheetTable } from './table';

/**
 * The sheet's fiscal year, as the calendar year of its April (`R7` / `令和7年度` → 2025), read from
 * the title rows above the header (`R7取組実施プロセスシート`) or the sheet's name. Undefined when
 * nothing says it; then labels with a year are accepted whatever the year.
 */
const REIWA = /(?:令和|(?<![A-Za-z])R)\s*(\d{1,2}|元)\s*(年度|年\s*(\d{1,2})\s*月|年|(?=\D|$))/;
const WESTERN = /(20\d\d)\s*年(?:度|\s*(\d{1,2})\s*月)/;

/** A date's month in January–March belongs to the fiscal year that began the April before; a year alone is its fiscal year. */
function fiscalOf(year: number, month: string | undefined): number {
  return month === undefined ? year : fiscalYearOfMonth(year, Number(month));
}

export function fiscalYearOf(text: string): number | undefined {
  const s = normalizeText(text);
  const r = REIWA.exec(s);
  if (r) {
    const n = r[1] === '元' ? 1 : Number(r[1]);
    if (n >= 1) return fiscalOf(REIWA_OFFSET + n, r[3]);
  }
  const w = WESTERN.exec(s);
  return w ? fiscalOf(Number(w[1]), w[2]) : undefined;
}

export function detectFiscalYear(table: SheetTable, headerRow: number): number | undefined {
  for (let r = 0; r < headerRow && r < table.rows.length; r++) {
    for (const cell of table.rows[r] ?? []) {
      if (!cell || cell.mergedFrom !== undefined) continue;
      const t = cellText(cell);
      if (t.length > 80) continue;
      const y = fiscalYearOf(t);
      if (y !== undefined) return y;
    }
  }
  return fiscalYearOf(table.sheetName);
}
