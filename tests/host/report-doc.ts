import type { ReportCell, ReportDocument } from '../../src/host/port';

/** An issue row as the tests write it; the document is laid out the way the pane lays it out. */
export interface IssueRow {
  code: string;
  severity: string;
  sheet: string;
  cell?: string;
  no?: number | string;
  initiative?: string;
  message: string;
}

export const COLUMNS = {
  ja: ['No.', '取組名', '重要度', 'セル', '内容', 'コード'],
  en: ['No.', 'Initiative', 'Severity', 'Cell', 'Message', 'Code'],
};

/** Rows of the table start on this worksheet row (title, one fact, a blank row, the header). */
export const FIRST_ROW = 5;

export function reportDoc(rows: IssueRow[], options: { name?: string; lang?: 'ja' | 'en' } = {}): ReportDocument {
  const lang = options.lang ?? 'ja';
  return {
    name: options.name ?? '点検結果',
    title: lang === 'ja' ? '点検結果' : 'Check results',
    facts: [[lang === 'ja' ? 'シート' : 'Sheet', rows[0]?.sheet ?? '']],
    columns: COLUMNS[lang],
    widths: [40, 200, 60, 60, 400, 120],
    rows: rows.map((r): ReportCell[] => [
      r.no ?? null,
      r.initiative ?? null,
      r.severity,
      { text: r.cell ?? r.sheet, link: { sheet: r.sheet, cell: r.cell } },
      r.message,
      r.code,
    ]),
  };
}
