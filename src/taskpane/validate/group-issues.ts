import type { Issue, Severity } from '../../core/types';

/** Issues of one initiative (No. + 取組名), or of the whole sheet (no row). */
export interface IssueGroup {
  key: string;
  no?: number | string;
  initiative?: string;
  row?: number;
  issues: Issue[];
}

/** Groups issues by initiative in sheet order, sheet-level issues first; filters by severity. */
export function groupIssues(issues: Issue[], shown: ReadonlySet<Severity>): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const i of issues) {
    if (!shown.has(i.severity)) continue;
    const key = i.no !== undefined || i.initiative ? `row:${i.row}` : 'sheet';
    let g = groups.get(key);
    if (!g) {
      g = key === 'sheet' ? { key, issues: [] } : { key, no: i.no, initiative: i.initiative, row: i.row, issues: [] };
      groups.set(key, g);
    }
    g.issues.push(i);
  }
  return [...groups.values()].sort((a, b) => (a.key === 'sheet' ? -1 : b.key === 'sheet' ? 1 : (a.row ?? 0) - (b.row ?? 0)));
}
