import { validateSheet } from '../../src/core/validate';
import { STRINGS } from '../../src/taskpane/i18n';
import { reportDocument, sortedIssues } from '../../src/taskpane/validate/report-document';
import { sheet, soundRow } from '../helpers/sheet';

const table = sheet([
  soundRow({ 'No.': 1, 取組名: '見守り', 進捗状況及び課題: '4月:a\n5月:b', 進捗度: '' }),
  soundRow({ 'No.': 2, 取組名: '相談', 年度計画: '' }),
]);
const report = validateSheet(table, { month: 10, lang: 'ja' });
const at = new Date(2025, 9, 31, 14, 5);

describe('the report sheet a reviewer files', () => {
  const doc = reportDocument({ report, sheetName: 'R7進捗', workbook: '福祉部.xlsx', month: 10, checkedAt: at, lang: 'ja', strings: STRINGS.ja });

  test('a header block: file, sheet, month, date and time, scale, verdict, counts', () => {
    expect(doc.name).toBe('点検結果');
    expect(doc.title).toBe('プロセスシート点検 結果');
    expect(doc.facts).toEqual([
      ['ファイル', '福祉部.xlsx'],
      ['シート', 'R7進捗'],
      ['報告月', '10月'],
      ['点検日時', '2025年10月31日 14:05'],
      ['進捗度の記号', report.scale!.symbols.join(' ')],
      ['判定', `要修正: エラー ${report.summary.error} 件`],
      ['件数', `エラー ${report.summary.error} 件、警告 ${report.summary.warning} 件、情報 ${report.summary.info} 件`],
    ]);
  });

  test('rows by initiative and severity, Japanese rule names, a link to the cell, the code last', () => {
    expect(doc.columns).toEqual(['No.', '取組名', '重要度', 'セル', '点検項目', '内容', 'コード']);
    expect(doc.rows).toHaveLength(report.issues.length);
    const missing = doc.rows.find((r) => r[6] === 'month-missing')!;
    expect(missing.slice(0, 5)).toEqual([
      1,
      '見守り',
      'エラー',
      { text: 'M3', link: { sheet: 'R7進捗', cell: 'M3' } },
      '4月から報告月までに記入のない月がある',
    ]);
    expect(missing[5]).not.toMatch(/^M3:/);
    const order = doc.rows.map((r) => [r[0], r[2]]);
    const rank = { エラー: 0, 警告: 1, 情報: 2 } as Record<string, number>;
    for (let i = 1; i < order.length; i++) {
      const [n0, s0] = order[i - 1] as [number, string];
      const [n1, s1] = order[i] as [number, string];
      expect(n0 < n1 || (n0 === n1 && rank[s0] <= rank[s1])).toBe(true);
    }
    // No code anywhere but the last column.
    for (const row of doc.rows) for (const cell of row.slice(0, 6)) expect(JSON.stringify(cell)).not.toMatch(/"[a-z]+-[a-z-]+"/);
  });

  test('in English, an English sheet name and English rule names', () => {
    const en = reportDocument({
      report: validateSheet(table, { month: 10, lang: 'en' }),
      sheetName: 'R7',
      month: 10,
      checkedAt: at,
      lang: 'en',
      strings: STRINGS.en,
    });
    expect(en.name).toBe('Check results');
    expect(en.facts[0]).toEqual(['Sheet', 'R7']);
    expect(en.rows.find((r) => r[6] === 'month-missing')![4]).toBe('a month from April to the reporting month has no progress entry');
  });

  test('whole-sheet issues come first and link to the sheet', () => {
    const bad = validateSheet({ sheetName: 'メモ', rows: [[{ value: 'x' }]] }, { month: 10 });
    const d = reportDocument({ report: bad, sheetName: 'メモ', month: 10, checkedAt: at, lang: 'ja', strings: STRINGS.ja });
    expect(d.rows[0].slice(0, 4)).toEqual([null, 'シート全体', 'エラー', { text: 'メモ', link: { sheet: 'メモ', cell: undefined } }]);
    expect(sortedIssues(report.issues)[0].row).toBeLessThanOrEqual(sortedIssues(report.issues).at(-1)!.row!);
  });
});
