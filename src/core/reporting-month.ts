import { fiscalIndex } from './fiscal';
import { monthEntries, parseEntries } from './parse/entries';

/**
 * The reporting month when the user gives none: the most common latest month across rows
 * (ties go to the later month). Undefined when no row has a month entry.
 */
export function inferReportingMonth(progressTexts: Iterable<string>): number | undefined {
  const votes = new Map<number, number>();
  for (const t of progressTexts) {
    let latest: number | undefined;
    for (const e of monthEntries(parseEntries(t))) {
      const l = e.label!;
      // An open range (4月~) says when it starts, not how far the sheet has come.
      const m = l.kind === 'open-range' ? l.first! : l.months[l.months.length - 1];
      if (latest === undefined || fiscalIndex(m) > fiscalIndex(latest)) latest = m;
    }
    if (latest !== undefined) votes.set(latest, (votes.get(latest) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestVotes = 0;
  for (const [m, v] of votes) {
    if (v > bestVotes || (v === bestVotes && best !== undefined && fiscalIndex(m) > fiscalIndex(best))) {
      best = m;
      bestVotes = v;
    }
  }
  return best;
}
