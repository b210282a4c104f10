import { outText } from './cells';
import { OutTable } from './types';

/**
 * A table as CSV text (RFC 4180: fields with a comma, quote or line break are quoted, quotes
 * doubled; CRLF between records). Values are written exactly as they are, so other systems get
 * the same text; the caller adds the UTF-8 byte-order mark Japanese Excel needs to read it as UTF-8.
 */
export function toCsv(table: OutTable): string {
  const field = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [table.header.map(field).join(',')];
  for (const row of table.rows) lines.push(row.map((c) => field(outText(c))).join(','));
  return lines.join('\r\n') + '\r\n';
}
