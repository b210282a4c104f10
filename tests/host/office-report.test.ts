import { createFakeExcel, FakeExcel } from '../../src/host/fake-excel';
import { createOfficeWorkbook } from '../../src/host/office';
import { IssueRow, reportDoc } from './report-doc';

const ROWS: IssueRow[] = [
  {
    code: 'month-missing',
    severity: 'エラー',
    sheet: 'R7進捗',
    cell: 'M9',
    no: 5,
    initiative: '障がい者の雇用・就労支援拠点',
    message: '6月〜10月の進捗がありません',
  },
  { code: 'symbol-missing', severity: 'エラー', sheet: 'R7進捗', cell: 'L8', no: '4', initiative: '取組', message: '=進捗度が空欄です' },
  { code: 'header-not-found', severity: '警告', sheet: "It's", message: 'no cell' },
];

function workbook(extraSheets: { name: string; values: unknown[][] }[] = [], requirementSets?: string[]): FakeExcel {
  return createFakeExcel({ sheets: [{ name: 'R7進捗', values: [['No.']] }, ...extraSheets], requirementSets });
}

describe('Office adapter: the report sheet', () => {
  it('writes the title, the facts, the header row and the rows in one batch: one sync to read, one to write', async () => {
    const fake = workbook([], ['ExcelApi 1.8']);
    const result = await createOfficeWorkbook(fake.host).writeReportSheet(reportDoc(ROWS));
    expect(result).toEqual({ ok: true, written: 3, sheet: '点検結果' });
    expect(fake.syncCount).toBe(2);
    const sheet = fake.sheet('点検結果');
    expect(sheet.values).toEqual([
      ['点検結果', '', '', '', '', ''],
      ['シート', 'R7進捗', '', '', '', ''],
      ['', '', '', '', '', ''],
      ['No.', '取組名', '重要度', 'セル', '内容', 'コード'],
      [5, '障がい者の雇用・就労支援拠点', 'エラー', 'M9', '6月〜10月の進捗がありません', 'month-missing'],
      ['4', '取組', 'エラー', 'L8', '=進捗度が空欄です', 'symbol-missing'],
      ['', '', '警告', "It's", 'no cell', 'header-not-found'],
    ]);
    // Links without a single formula (Range.hyperlink, ExcelApi 1.7).
    expect(sheet.formulas).toEqual(sheet.values);
    expect(sheet.cell('D5')?.hyperlink).toEqual({ documentReference: "'R7進捗'!M9", textToDisplay: 'M9' });
    expect(sheet.cell('D7')?.hyperlink).toEqual({ documentReference: "'It''s'!A1", textToDisplay: "It's" });
    expect(sheet.cell('A4')?.font).toMatchObject({ bold: true });
    expect(sheet.cell('A1')?.font).toMatchObject({ bold: true, size: 14 });
    expect(fake.activeSheet).toBe('点検結果');
    expect(fake.log.filter((e) => e.op === 'write values')).toHaveLength(1);
    expect(fake.log.filter((e) => e.op === 'write formulas')).toHaveLength(0);
  });

  it('sets the page up for printing on ExcelApi 1.9: A4 landscape, one page wide, the header row on every page', async () => {
    const fake = workbook();
    await createOfficeWorkbook(fake.host).writeReportSheet(reportDoc(ROWS));
    expect(fake.syncCount).toBe(3);
    expect(fake.sheet('点検結果').pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      printTitleRows: '$4:$4',
      zoom: { horizontalFitToPages: 1 },
    });
  });

  it('links with HYPERLINK formulas it builds itself on hosts without Range.hyperlink', async () => {
    const fake = workbook([], ['ExcelApi 1.4']);
    await createOfficeWorkbook(fake.host).writeReportSheet(reportDoc(ROWS));
    const sheet = fake.sheet('点検結果');
    expect(sheet.formulas[4][3]).toBe(`=HYPERLINK("#'R7進捗'!M9","M9")`);
    expect(sheet.formulas[6][3]).toBe(`=HYPERLINK("#'It''s'!A1","It's")`);
    expect(sheet.values[4][3]).toBe('M9');
    // The message that starts with "=" is text, not a formula.
    expect(sheet.cell('E6')?.formula).toBeUndefined();
    expect(sheet.values[5][4]).toBe('=進捗度が空欄です');
  });

  it('replaces its own report sheet on a second run', async () => {
    const fake = workbook([], ['ExcelApi 1.8']);
    const port = createOfficeWorkbook(fake.host);
    await port.writeReportSheet(reportDoc(ROWS));
    const id = fake.sheet('点検結果').id;
    const before = fake.syncCount;
    const result = await port.writeReportSheet(reportDoc(ROWS.slice(0, 1), { lang: 'en', name: '点検結果' }));
    expect(result).toEqual({ ok: true, written: 1, sheet: '点検結果' });
    expect(fake.syncCount - before).toBe(2);
    expect(fake.sheetNames()).toEqual(['R7進捗', '点検結果']);
    expect(fake.sheet('点検結果').id).toBe(id);
    expect(fake.sheet('点検結果').values).toHaveLength(5);
    expect(fake.sheet('点検結果').values[3]).toEqual(['No.', 'Initiative', 'Severity', 'Cell', 'Message', 'Code']);
  });

  it('writes an English report under its English name', async () => {
    const fake = workbook();
    expect(await createOfficeWorkbook(fake.host).writeReportSheet(reportDoc(ROWS, { lang: 'en', name: 'Check results' }))).toMatchObject({
      sheet: 'Check results',
    });
    expect(fake.sheetNames()).toEqual(['R7進捗', 'Check results']);
  });

  it("never replaces the user's own sheet of that name: it writes 点検結果 (2), then replaces that", async () => {
    const userValues = [
      ['私のメモ', '大事'],
      ['消さないで', ''],
    ];
    const fake = workbook([{ name: '点検結果', values: userValues }]);
    const port = createOfficeWorkbook(fake.host);
    expect(await port.writeReportSheet(reportDoc(ROWS))).toMatchObject({ ok: true, sheet: '点検結果 (2)' });
    expect(await port.writeReportSheet(reportDoc(ROWS))).toMatchObject({ ok: true, sheet: '点検結果 (2)' });
    expect(fake.sheet('点検結果').values).toEqual(userValues);
    expect(fake.sheetNames()).toEqual(['R7進捗', '点検結果', '点検結果 (2)']);
    expect(fake.sheet('点検結果 (2)').values[0][0]).toBe('点検結果');
  });

  it('treats a report sheet the user renamed as theirs from then on', async () => {
    const fake = workbook();
    const port = createOfficeWorkbook(fake.host);
    await port.writeReportSheet(reportDoc(ROWS));
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('点検結果').name = '10月の点検';
      ctx.workbook.worksheets.add('点検結果').getRange('A1').values = [['user']];
      await ctx.sync();
    });
    expect(await port.writeReportSheet(reportDoc(ROWS))).toMatchObject({ sheet: '点検結果 (2)' });
    expect(fake.sheet('点検結果').values).toEqual([['user']]);
    expect(fake.sheet('10月の点検').values[3][0]).toBe('No.');
  });

  it('writes a new sheet when its report sheet was deleted, and drops the stale mark', async () => {
    const fake = workbook();
    const port = createOfficeWorkbook(fake.host);
    await port.writeReportSheet(reportDoc(ROWS));
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('点検結果').delete();
      await ctx.sync();
    });
    expect(await port.writeReportSheet(reportDoc(ROWS))).toMatchObject({ sheet: '点検結果' });
    expect(fake.namedItems()).toEqual([{ name: 'PSheetChecker_Report_2', value: '点検結果!$A$1', visible: false }]);
  });

  it('splits a report too large for one request, every request under the limit', async () => {
    const many: IssueRow[] = Array.from({ length: 4_000 }, (_, i) => ({
      code: 'month-missing',
      severity: 'エラー',
      sheet: 'R7進捗',
      cell: `M${i + 5}`,
      no: i + 1,
      initiative: `取組${i}`,
      message: 'この月の進捗の記載がありません。'.repeat(12),
    }));
    const fake = createFakeExcel({ sheets: [{ name: 'R7進捗', values: [['No.']] }], payloadLimit: 1_000_000 });
    const result = await createOfficeWorkbook(fake.host, { payloadLimit: 1_000_000 }).writeReportSheet(reportDoc(many));
    expect(result).toMatchObject({ ok: true, written: 4_000 });
    expect(fake.syncCount).toBeGreaterThan(3);
    expect(fake.payloads.every((p) => !p.failed && p.request <= 1_000_000)).toBe(true);
    const sheet = fake.sheet('点検結果');
    expect(sheet.values).toHaveLength(4_004);
    expect(sheet.cell('D4004')?.hyperlink).toEqual({ documentReference: "'R7進捗'!M4004", textToDisplay: 'M4004' });
  });
});
