import { createFakeExcel } from '../../src/host/fake-excel';
import { createOfficeWorkbook, OfficeHostError } from '../../src/host/office';
import { reportDoc } from './report-doc';

function twoSheets(extra: { requirementSets?: string[] } = {}) {
  return createFakeExcel({
    sheets: [
      { name: 'Sheet1', values: [['a']] },
      { name: 'R7進捗', values: [['No.'], [1]], protected: true },
    ],
    ...extra,
  });
}

describe('Office adapter: navigation, protection, settings', () => {
  it('selectCell activates the sheet, then selects the cell, in one sync', async () => {
    const fake = twoSheets();
    await createOfficeWorkbook(fake.host).selectCell('R7進捗', 'M9');
    expect(fake.syncCount).toBe(1);
    expect(fake.log.map((e) => `${e.op} ${e.target}`)).toEqual(['activate R7進捗', 'select R7進捗!M9']);
    expect(fake.log.every((e) => e.sync === 1)).toBe(true);
    expect(fake.activeSheet).toBe('R7進捗');
    expect(fake.selection).toEqual({ sheet: 'R7進捗', address: 'M9' });
  });

  it('selectCell on a missing sheet fails with a clear error', async () => {
    const fake = twoSheets();
    await expect(createOfficeWorkbook(fake.host).selectCell('nope', 'A1')).rejects.toMatchObject({ code: 'sheet-not-found' });
  });

  it('lists the sheets and the active one in one sync', async () => {
    const fake = twoSheets();
    fake.activate('R7進捗');
    const ids = fake.sheetNames().map((n) => fake.sheet(n).id);
    expect(await createOfficeWorkbook(fake.host).listSheets()).toEqual({
      sheets: [
        { id: ids[0], name: 'Sheet1', visible: true },
        { id: ids[1], name: 'R7進捗', visible: true },
      ],
      activeId: ids[1],
      workbook: 'Book1.xlsx',
    });
    expect(fake.syncCount).toBe(1);
  });

  it('reports protection', async () => {
    const fake = twoSheets();
    const port = createOfficeWorkbook(fake.host);
    expect(await port.isProtected('R7進捗')).toBe(true);
    expect(await port.isProtected('Sheet1')).toBe(false);
  });

  it('keeps settings in workbook.settings', async () => {
    const fake = twoSheets();
    const port = createOfficeWorkbook(fake.host);
    expect(await port.getSetting('psheet.config')).toBeUndefined();
    await port.setSetting('psheet.config', '{"month":10}');
    expect(await port.getSetting('psheet.config')).toBe('{"month":10}');
    expect(fake.setting('psheet.config')).toBe('{"month":10}');
    expect(port.capabilities.settings).toBe(true);
  });

  it('refuses hosts below ExcelApi 1.4 with a Japanese and English message', () => {
    const fake = twoSheets({ requirementSets: ['ExcelApi 1.3'] });
    let error: unknown;
    try {
      createOfficeWorkbook(fake.host);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OfficeHostError);
    expect(error).toMatchObject({ code: 'unsupported-host' });
    expect((error as OfficeHostError).ja).toContain('1.4');
    expect((error as OfficeHostError).en).toContain('1.4');
  });

  it('works on an ExcelApi 1.4 host', async () => {
    const fake = twoSheets({ requirementSets: ['ExcelApi 1.4'] });
    const port = createOfficeWorkbook(fake.host);
    expect(port.capabilities).toEqual({ keepsTextRuns: false, settings: true, sheetEvents: false, changeEvents: false, marks: false, multiSelect: false });
    expect((await port.readSheet('R7進捗')).rows).toEqual([[{ value: 'No.' }], [{ value: 1 }]]);
    await port.selectCell('Sheet1', 'A1');
    const report = await port.writeReportSheet(reportDoc([{ code: 'required-empty', severity: 'error', sheet: 'R7進捗', cell: 'J14', message: 'm' }]));
    expect(report).toEqual({ ok: true, written: 1, sheet: '点検結果' });
    expect((await port.listSheets({ headRows: 2 })).sheets.map((s) => [s.name, s.head?.rows.length])).toEqual([
      ['Sheet1', 1],
      ['R7進捗', 2],
      ['点検結果', 2],
    ]);
    // No events below ExcelApi 1.7: watching costs nothing and unsubscribing is harmless.
    const stop = await port.watch(() => undefined);
    await stop();
    expect(fake.events.count()).toBe(0);
    expect(await port.writeCells('Sheet1', [{ address: 'A1', before: 'a', after: 'a\n11月:' }])).toEqual({ ok: true, written: 1 });
    expect(fake.payloads.every((p) => !p.failed)).toBe(true);
  });
});
