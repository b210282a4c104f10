import { fiscalIndex, formatMonths, FISCAL_MONTHS } from '../fiscal';
import { defineRule, text } from '../rule';
import { oneHalfOnly } from './_targets';

/** Every month, as bits (1 << month). */
const ALL_MONTHS = 0b1_1111_1111_1110;

export default defineRule({
  code: 'target-period-gap',
  severity: 'warning',
  description: text('目標の期間に抜けや重なりがある', 'the labelled periods leave months uncovered or overlap'),
  row(row, ctx, found) {
    if (ctx.header.columns.target === undefined || !row.target.labelled) return;
    const blocks = row.target.blocks;
    // One half alone is target-half-missing; the gap it leaves is the same finding.
    if (oneHalfOnly(blocks)) return;
    // Months covered by some labelled period, and by more than one, as bits.
    let covered = 0;
    let twice = 0;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      if (!b.label) continue;
      const months = b.months;
      for (let k = 0; k < months.length; k++) {
        const bit = 1 << months[k];
        if ((covered & bit) !== 0) twice |= bit;
        else covered |= bit;
      }
    }
    // Every month covered by exactly one period: nothing to say.
    if (covered === ALL_MONTHS && twice === 0) return;
    const uncovered = FISCAL_MONTHS.filter((m) => (covered & (1 << m)) === 0);
    const overlap = FISCAL_MONTHS.filter((m) => (twice & (1 << m)) !== 0);
    if (uncovered.length) {
      found.push({
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
      found.push({
        row: row.index,
        column: 'target',
        months: overlap.sort((a, b) => fiscalIndex(a) - fiscalIndex(b)),
        message: (lang) =>
          lang === 'ja' ? `目標の期間が ${formatMonths(overlap, 'ja')} で重なっています` : `The target periods overlap in ${formatMonths(overlap, 'en')}`,
      });
    }
  },
});
