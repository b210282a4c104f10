import { fiscalIndex } from './fiscal';
import { ParsedCell, parseEntries } from './parse/entries';
import { MonthLabel } from './parse/month-label';

/**
 * The reporting month when the user gives none: the most common latest month across rows
 * (ties go to the later month). Undefined when no row has a month entry.
 */
export function inferReportingMonth(progressTexts: Iterable<string>): number | undefined {
  const votes = new MonthVotes();
  for (const t of progressTexts) votes.add(parseEntries(t));
  return votes.winner();
}

/** The latest month a label names, for the vote. */
function latestOf(l: MonthLabel): number {
  // An open range (4月~) says when it starts, not how far the sheet has come.
  return l.kind === 'open-range' ? l.first! : l.months[l.months.length - 1];
}

/** Votes of rows for the reporting month: each row votes for the latest month its labels name. */
export class MonthVotes {
  private readonly votes = new Map<number, number>();

  /** A row's progress cell, parsed with or without the sheet's fiscal year: every label written counts. */
  add(cell: ParsedCell): void {
    let latest: number | undefined;
    const consider = (l: MonthLabel | undefined) => {
      if (!l || l.kind === 'word') return;
      const m = latestOf(l);
      if (latest === undefined || fiscalIndex(m) > fiscalIndex(latest)) latest = m;
    };
    for (const e of cell.entries) consider(e.label);
    for (const l of cell.otherYearLabels) consider(l);
    if (latest !== undefined) this.votes.set(latest, (this.votes.get(latest) ?? 0) + 1);
  }

  winner(): number | undefined {
    let best: number | undefined;
    let bestVotes = 0;
    for (const [m, v] of this.votes) {
      if (v > bestVotes || (v === bestVotes && best !== undefined && fiscalIndex(m) > fiscalIndex(best))) {
        best = m;
        bestVotes = v;
      }
    }
    return best;
  }
}
