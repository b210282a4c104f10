import type { Consolidation, OutTable } from '../../core/consolidate';
import type { ConsolidationDocument, TableSheet } from '../../host/port';

/**
 * The consolidation as the sheets to write into the open workbook, laid out as the CLI lays out its
 * workbook (host/file/consolidated-workbook.ts): 全庁集約 on A3 landscape with filter buttons, 集計
 * on A4 with its total row set off and no filter, 点検結果 on A4 with filter buttons; the header
 * frozen and printed on every page. 集計 gets a stacked column chart of the 進捗度 counts, one
 * series per symbol and one category per file (its department), the total row left out.
 */

function sheet(key: string, t: OutTable, paper: TableSheet['paper'], autoFilter: boolean, totalRow = false): TableSheet {
  return { key, name: t.name, header: t.header, rows: t.rows, widths: t.widths, wrap: t.wrap, paper, autoFilter, ...(totalRow ? { totalRow } : {}) };
}

export interface DocumentWords {
  chartTitle: string;
  /** The header of the department column of 集計, in the consolidation's language. */
  departmentColumn: string;
}

export function consolidationDocument(c: Consolidation, words: DocumentWords): ConsolidationDocument {
  const doc: ConsolidationDocument = {
    sheets: [sheet('all', c.all, 'A3', true), sheet('summary', c.summary, 'A4', false, true), sheet('issues', c.issues, 'A4', true)],
    activate: 'summary',
  };
  const first = c.symbols.length ? c.summary.header.indexOf(c.symbols[0]) : -1;
  const category = c.summary.header.indexOf(words.departmentColumn);
  const adjacent = first >= 0 && c.symbols.every((s, i) => c.summary.header[first + i] === s);
  if (adjacent && category >= 0 && c.files.length > 0) {
    doc.chart = {
      sheet: 'summary',
      title: words.chartTitle,
      stacked: true,
      categoryColumn: category,
      seriesColumns: [first, first + c.symbols.length - 1],
      rows: c.files.length,
    };
  }
  return doc;
}
