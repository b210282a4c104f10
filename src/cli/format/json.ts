import { Report } from '../../core/types';

/** The JSON report (schemaVersion 1), two-space indented, ending with a newline. */
export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
