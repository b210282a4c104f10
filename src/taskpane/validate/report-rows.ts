import type { Issue } from '../../core/types';
import type { ReportSheetRow } from '../../host/port';

/** The rows of the 検証結果 sheet for a validation's issues. */
export function reportRows(sheet: string, issues: Issue[]): ReportSheetRow[] {
  return issues.map((i) => ({
    code: i.code,
    severity: i.severity,
    sheet,
    cell: i.cell,
    no: i.no,
    initiative: i.initiative,
    message: i.message,
  }));
}
