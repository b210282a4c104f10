import { createFakeExcel, FakeExcel } from '../../src/host/fake-excel';
import { createOfficeWorkbook } from '../../src/host/office';
import type { ReportSheetRow } from '../../src/host/port';

const ROWS: ReportSheetRow[] = [
  { code: 'month-missing', severity: 'error', sheet: 'R7進捗', cell: 'M9', no: 5, initiative: '障がい者の雇用・就労支援拠点', message: '6月〜10月の進捗がありません' },
  { code: 'symbol-missing', severity: 'error', sheet: 'R7進捗', cell: 'L8', no: '4', initiative: '取組', message: '=進捗度が空欄です' },
  { code: 'header-not-found', severity: 'warning', sheet: "It's", message: 'no cell' },
];

function workbook(extraSheets: { name: string; values: unknown[][] }[] = []): FakeExcel {
  return createFakeExcel({ sheets: [{ name: 'R7進捗', values: [['No.']] }, ...extraSheets] });
}

describe('Office adapter: the 検証結果 report sheet', () => {
  it('writes header and rows as one batch: one sync to read, one to write', async () => {
    const fake = workbook();
    const result = await createOfficeWorkbook(fake.host).writeReportSheet('検証結果', ROWS, 'ja');
    expect(result).toEqual({ ok: true, written: 3, sheet: '検証結果' });
    expect(fake.syncCount).toBe(2);
    const sheet = fake.sheet('検証結果');
    expect(sheet.values).toEqual([
      ['コード', '重要度', 'セル', 'No.', '取組名', '内容'],
      ['month-missing', 'エラー', 'M9', 5, '障がい者の雇用・就労支援拠点', '6月〜10月の進捗がありません'],
      ['symbol-missing', 'エラー', 'L8', '4', '取組', '=進捗度が空欄です'],
      ['header-not-found', '警告', "It's", '', '', 'no cell'],
    ]);
    expect(sheet.formulas[1][2]).toBe(`=HYPERLINK("#'R7進捗'!M9","M9")`);
    expect(sheet.formulas[3][2]).toBe(`=HYPERLINK("#'It''s'!A1","It's")`);
    expect(sheet.cell('F3')?.formula).toBeUndefined();
    expect(sheet.frozenRows).toBe(1);
    expect(fake.activeSheet).toBe('検証結果');
    expect(fake.log.filter((e) => e.op === 'write formulas')).toHaveLength(1);
  });

  it('replaces its own report sheet on a second run', async () => {
    const fake = workbook();
    const port = createOfficeWorkbook(fake.host);
    await port.writeReportSheet('検証結果', ROWS, 'ja');
    const id = fake.sheet('検証結果').id;
    const before = fake.syncCount;
    const result = await port.writeReportSheet('検証結果', ROWS.slice(0, 1), 'en');
    expect(result).toEqual({ ok: true, written: 1, sheet: '検証結果' });
    expect(fake.syncCount - before).toBe(2);
    expect(fake.sheetNames()).toEqual(['R7進捗', '検証結果']);
    expect(fake.sheet('検証結果').id).toBe(id);
    expect(fake.sheet('検証結果').values).toEqual([
      ['Code', 'Severity', 'Cell', 'No.', 'Initiative', 'Message'],
      ['month-missing', 'error', 'M9', 5, '障がい者の雇用・就労支援拠点', '6月〜10月の進捗がありません'],
    ]);
  });

  it("never replaces the user's own sheet named 検証結果: it writes 検証結果 (2), then replaces that", async () => {
    const userValues = [
      ['私のメモ', '大事'],
      ['消さないで', ''],
    ];
    const fake = workbook([{ name: '検証結果', values: userValues }]);
    const port = createOfficeWorkbook(fake.host);
    expect(await port.writeReportSheet('検証結果', ROWS, 'ja')).toMatchObject({ ok: true, sheet: '検証結果 (2)' });
    expect(await port.writeReportSheet('検証結果', ROWS, 'ja')).toMatchObject({ ok: true, sheet: '検証結果 (2)' });
    expect(fake.sheet('検証結果').values).toEqual(userValues);
    expect(fake.sheetNames()).toEqual(['R7進捗', '検証結果', '検証結果 (2)']);
    expect(fake.sheet('検証結果 (2)').values[0][0]).toBe('コード');
  });

  it('treats a report sheet the user renamed as theirs from then on', async () => {
    const fake = workbook();
    const port = createOfficeWorkbook(fake.host);
    await port.writeReportSheet('検証結果', ROWS, 'ja');
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('検証結果').name = '10月の検証';
      ctx.workbook.worksheets.add('検証結果').getRange('A1').values = [['user']];
      await ctx.sync();
    });
    expect(await port.writeReportSheet('検証結果', ROWS, 'ja')).toMatchObject({ sheet: '検証結果 (2)' });
    expect(fake.sheet('検証結果').values).toEqual([['user']]);
    expect(fake.sheet('10月の検証').values[0][0]).toBe('コード');
  });

  it('writes a new sheet when its report sheet was deleted, and drops the stale mark', async () => {
    const fake = workbook();
    const port = createOfficeWorkbook(fake.host);
    await port.writeReportSheet('検証結果', ROWS, 'ja');
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('検証結果').delete();
      await ctx.sync();
    });
    expect(await port.writeReportSheet('検証結果', ROWS, 'ja')).toMatchObject({ sheet: '検証結果' });
    expect(fake.namedItems()).toEqual([{ name: 'PSheetChecker_Report_2', value: '検証結果!$A$1', visible: false }]);
  });

  it('splits a report too large for one request, every request under the limit', async () => {
    const many: ReportSheetRow[] = Array.from({ length: 4_000 }, (_, i) => ({
      code: 'month-missing',
      severity: 'error',
      sheet: 'R7進捗',
      cell: `M${i + 5}`,
      no: i + 1,
      initiative: `取組${i}`,
      message: 'この月の進捗の記載がありません。'.repeat(12),
    }));
    const fake = createFakeExcel({ sheets: [{ name: 'R7進捗', values: [['No.']] }], payloadLimit: 1_000_000 });
    const result = await createOfficeWorkbook(fake.host, { payloadLimit: 1_000_000 }).writeReportSheet('検証結果', many, 'ja');
    expect(result).toMatchObject({ ok: true, written: 4_000 });
    expect(fake.syncCount).toBeGreaterThan(2);
    expect(fake.payloads.every((p) => !p.failed && p.request <= 1_000_000)).toBe(true);
    expect(fake.sheet('検証結果').values).toHaveLength(4_001);
  });
});
