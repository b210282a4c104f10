import sample from '../../src/taskpane/demo/sample-sheet.json';
import { createFakeExcel, createFakeFromSample } from '../../src/host/fake-excel';
import { createOfficeWorkbook, OfficeHostError } from '../../src/host/office';
import { createDemoWorkbook } from '../../src/host/memory';
import { fixtureTable } from '../helpers/fixture';

describe('Office adapter: reading a sheet', () => {
  it('reads the demo sample in exactly one sync, equal to the file adapter on welfare-r7.xlsx', async () => {
    const { port, fake } = createDemoWorkbook(sample);
    const table = await port.readSheet();
    expect(fake.syncCount).toBe(1);
    expect(table).toEqual({ ...(await fixtureTable()), sheetId: fake.sheet(table.sheetName).id });
  });

  it('asks Excel to wait while the user edits a cell (ExcelApi 1.11+), and not on older hosts', async () => {
    const modern = createFakeFromSample(sample);
    await createOfficeWorkbook(modern.host).readSheet();
    expect(modern.runs[0].options).toEqual({ delayForCellEdit: true });

    const old = createFakeFromSample(sample, { requirementSets: ['ExcelApi 1.10'] });
    await createOfficeWorkbook(old.host).readSheet();
    expect(old.runs[0].options).toBeUndefined();
  });

  it('leaves merged cells as read below ExcelApi 1.13, still in one sync', async () => {
    const fake = createFakeFromSample(sample, { requirementSets: ['ExcelApi 1.12'] });
    const table = await createOfficeWorkbook(fake.host).readSheet();
    expect(fake.syncCount).toBe(1);
    expect(table.rows[0]).toEqual([{ value: 'R7取組実施プロセスシート' }]);
    expect(table.rows[3][0]).toBeNull();
    expect(table.rows[3][3]).toEqual({ value: '分野別目標' });
  });

  it('marks formulas (without =) and error values, offsets a used range that starts below A1', async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: 'Data',
          values: [[], [], ['', '', 'title'], ['', '', 12, '#N/A', 'text', '=not a formula']],
          formulas: [[], [], [], ['', '', '=6*2', '=NA()', null, null]],
        },
      ],
    });
    const table = await createOfficeWorkbook(fake.host).readSheet('Data');
    expect(fake.syncCount).toBe(1);
    expect(table.sheetName).toBe('Data');
    expect(table.rows).toEqual([
      [],
      [],
      [null, null, { value: 'title' }],
      [null, null, { value: 12, formula: '6*2' }, { value: null, error: '#N/A', formula: 'NA()' }, { value: 'text' }, { value: '=not a formula' }],
    ]);
  });

  it('reads an empty sheet in one sync', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Empty', values: [] }] });
    expect(await createOfficeWorkbook(fake.host).readSheet()).toEqual({ sheetName: 'Empty', rows: [], sheetId: fake.sheet('Empty').id });
    expect(fake.syncCount).toBe(1);
  });

  it('says clearly when the sheet does not exist', async () => {
    const fake = createFakeFromSample(sample);
    const error = await createOfficeWorkbook(fake.host)
      .readSheet('存在しない')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeHostError);
    expect(error).toMatchObject({ code: 'sheet-not-found' });
    expect((error as OfficeHostError).ja).toContain('存在しない');
  });

  it('reads a 30,000-row sheet in row blocks, every request under the payload limit', async () => {
    const rows = 30_000;
    const values: unknown[][] = [['No.', '取組名', '進捗状況及び課題']];
    for (let i = 1; i < rows; i++) values.push([i, `取組${i}`, `${(i % 12) + 1}月:進捗を記録した行です。${'あ'.repeat(i % 40)}`]);
    const fake = createFakeExcel({ sheets: [{ name: 'Big', values, merges: ['A20000:B20000'] }] });
    const table = await createOfficeWorkbook(fake.host).readSheet('Big');

    expect(table.rows).toHaveLength(rows);
    expect(table.rows[29_999][0]).toEqual({ value: 29_999 });
    expect(table.rows[19_999][1]).toEqual({ value: 19_999, mergedFrom: 'A20000' });
    expect(fake.syncCount).toBeGreaterThan(1);
    expect(fake.payloads.every((p) => !p.failed)).toBe(true);
    expect(fake.maxPayload).toBeLessThanOrEqual(fake.payloadLimit);
    const total = fake.payloads.reduce((n, p) => n + p.response, 0);
    expect(total).toBeGreaterThan(fake.payloadLimit);
    console.log(`30,000 rows: ${fake.syncCount} syncs, largest response ${fake.maxPayload} bytes, total ${total} bytes`);
  });

  it('falls back to smaller blocks when the first request is too large', async () => {
    const values = Array.from({ length: 3_000 }, (_, i) => [i + 1, 'い'.repeat(400)]);
    const fake = createFakeExcel({ sheets: [{ name: 'Heavy', values }] });
    const table = await createOfficeWorkbook(fake.host).readSheet('Heavy');
    expect(table.rows).toHaveLength(3_000);
    expect(table.rows[2_999]).toEqual([{ value: 3_000 }, { value: 'い'.repeat(400) }]);
    expect(fake.payloads[0].failed).toBe('ResponsePayloadSizeLimitExceeded');
    expect(fake.payloads.slice(1).every((p) => !p.failed && p.response <= fake.payloadLimit)).toBe(true);
  });

  it('reads merged areas in windows when a block holds more than 512 of them', async () => {
    const values = Array.from({ length: 700 }, (_, i) => [`r${i + 1}`, '', 'x']);
    const merges = values.map((_, i) => `A${i + 1}:B${i + 1}`);
    const fake = createFakeExcel({ sheets: [{ name: 'Merged', values, merges }] });
    const table = await createOfficeWorkbook(fake.host).readSheet('Merged');
    expect(table.rows[699]).toEqual([{ value: 'r700' }, { value: 'r700', mergedFrom: 'A700' }, { value: 'x' }]);
    expect(table.rows.every((r) => r[1]?.mergedFrom)).toBe(true);
  });
});
