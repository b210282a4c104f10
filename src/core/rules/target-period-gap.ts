import { fiscalIndex, formatMonths, FISCAL_MONTHS } from '../fiscal';
import { defineRule, Finding, text } from '../rule';
import { oneHalfOnly } from './_targets';

export default defineRule({
  code: 'target-period-gap',
  severity: 'warning',
  description: text('目標の期間に抜けや重なりがある', 'the labelled periods leave months uncovered or overlap'),
  row(row) {
    if (row.col('target') === undefined || !row.target.labelled) return [];
    const blocks = row.target.blocks;
    // One half alone is target-half-missing; the gap it leaves is the same finding.
    if (oneHalfOnly(blocks)) return [];
    const count = new Array<number>(13).fill(0);
    let once = 0;
    for (const b of blocks) {
      if (!b.label) continue;
      for (const m of b.months) {
        count[m]++;
        if (count[m] === 1) once++;
        else if (count[m] === 2) once--;
      }
    }
    // Every month covered by exactly one period (months are 1–12): nothing to say.
    if (once === 12) return [];
    const uncovered = FISCAL_MONTHS.filter((m) => count[m] === 0);
    const overlap = FISCAL_MONTHS.filter((m) => count[m] > 1);
    const out: Finding[] = [];
    if (uncovered.length) {
      out.push({
        row: row.index,
        column: 'target',
        months: uncovered,
        message: (lang) =>
          lang === 'ja'
            ? `目標の期間に ${formatMonths(uncovered, 'ja')} が含まれていません`
            : `The target periods leave ${formatMonths(uncovered, 'en')} uncovered`,
      });
    }
    if (overlap.length) {
      out.push({
        row: row.index,
        column: 'target',
        months: overlap.sort((a, b) => fiscalIndex(a) - fiscalIndex(b)),
        message: (lang) =>
          lang === 'ja' ? `目標の期間が ${formatMonths(overlap, 'ja')} で重なっています` : `The target periods overlap in ${formatMonths(overlap, 'en')}`,
      });
    }
    return out;
  },
});
