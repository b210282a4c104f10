import type { Consolidation, OutTable } from '../../core/consolidate';
import { NewSheet, writeWorkbook } from './new-workbook';
import type { Crc32Function, DeflateFunction } from './zip';

/**
 * The consolidated workbook as a file: 全庁集約 formatted like the template (wrapped text, widths,
 * frozen header, autofilter, A3 landscape with the header repeated on every page), 集計 with its
 * total row set off, and 点検結果 (A4 landscape).
 */
function sheetOf(t: OutTable, page: NewSheet['page'], extra: Partial<NewSheet> = {}): NewSheet {
  return {
    name: t.name,
    columns: t.widths.map((width, i) => ({ width, wrap: t.wrap[i] })),
    rows: [t.header, ...t.rows],
    headerRows: 1,
    autoFilter: true,
    page,
    ...extra,
  };
}

export function consolidatedSheets(c: Consolidation): NewSheet[] {
  return [
    sheetOf(c.all, { paper: 'A3', orientation: 'landscape', fitToWidth: true }),
    sheetOf(c.summary, { paper: 'A4', orientation: 'landscape', fitToWidth: true }, { emphasisRows: [c.summary.rows.length - 1], autoFilter: false }),
    sheetOf(c.issues, { paper: 'A4', orientation: 'landscape', fitToWidth: true }),
  ];
}

export function consolidatedWorkbook(c: Consolidation, options: { crc32?: Crc32Function; deflate?: DeflateFunction; created?: Date } = {}): Uint8Array {
  return writeWorkbook(consolidatedSheets(c), options);
}
