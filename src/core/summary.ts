import { Issue, IssueCode, SeverityCounts } from './types';

export function summarize(issues: readonly Issue[]): { summary: SeverityCounts; stats: { issues: number; byCode: Partial<Record<IssueCode, number>> } } {
  const summary: SeverityCounts = { error: 0, warning: 0, info: 0 };
  const byCode: Partial<Record<IssueCode, number>> = {};
  for (const i of issues) {
    summary[i.severity]++;
    byCode[i.code] = (byCode[i.code] ?? 0) + 1;
  }
  return { summary, stats: { issues: issues.length, byCode } };
}
