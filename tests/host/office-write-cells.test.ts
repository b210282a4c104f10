import { createFakeExcel, FakeExcel, FakeExcelInit } from '../../src/host/fake-excel';
import { createOfficeWorkbook } from '../../src/host/office';
import type { CellChange } from '../../src/host/port';

const M5 = '4月:準備\n5月:実施\n6月:実施';
const M6 = '4月:開始\n6月:継続';
const M8 = '4月:検討';

function sheet(extra: Partial<FakeExcelInit['sheets'][number]> = {}): FakeExcelInit['sheets'][number] {
  return {
    name: 'R7進捗',
    values: [['No.', '進捗状況及び課題'], [], [], [], [1, M5], [2, M6], [3, 3], [4, M8]],
    formulas: [[], [], [], [], [], [], [null, '=A6+1'], []],
    ...extra,
  };
}

function fakeWith(init: Partial<FakeExcelInit> = {}, sheetExtra: Partial<FakeExcelInit['sheets'][number]> = {}): FakeExcel {
  return createFakeExcel({ sheets: [sheet(sheetExtra)], ...init });
}

const ADD_JULY: CellChange[] = [
  { address: 'B5', before: M5, after: `${M5}\n7月:`, insert: { at: M5.length, text: '\n7月:' } },
  { address: 'B6', before: M6, after: '4月:開始\n5月:\n6月:継続', insert: { at: M6.indexOf('\n'), text: '\n5月:' } },
  { address: 'B8', before: M8, after: `${M8}\n7月:` },
];

describe('Office adapter: writeCells', () => {
  it('writes in two syncs: one to re-read, one to write', async () => {
    const fake = fakeWith();
    const result = await createOfficeWorkbook(fake.host).writeCells('R7進捗', ADD_JULY);
    expect(result).toEqual({ ok: true, written: 3 });
    expect(fake.syncCount).toBe(2);
    const values = fake.sheet('R7進捗').values;
    expect(values[4][1]).toBe(`${M5}\n7月:`);
    expect(values[5][1]).toBe('4月:開始\n5月:\n6月:継続');
    expect(values[7][1]).toBe(`${M8}\n7月:`);
    expect(values[6][1]).toBe(3);
    expect(fake.sheet('R7進捗').formulas[6][1]).toBe('=A6+1');
    // B5:B6 is one contiguous block written as one 2-D array; B8 another.
    expect(fake.log.filter((e) => e.op === 'write values').map((e) => e.target)).toEqual(['R7進捗!B5:B6', 'R7進捗!B8']);
  });

  it('refuses a protected sheet before writing anything', async () => {
    const fake = fakeWith({}, { protected: true });
    const before = fake.sheet('R7進捗').values;
    const result = await createOfficeWorkbook(fake.host).writeCells('R7進捗', ADD_JULY);
    expect(result).toEqual({ ok: false, refusal: { reason: 'protected', sheet: 'R7進捗' } });
    expect(fake.syncCount).toBe(1);
    expect(fake.sheet('R7進捗').values).toEqual(before);
    expect(fake.log.filter((e) => e.op.startsWith('write'))).toEqual([]);
  });

  it('refuses formula cells, writing nothing', async () => {
    const fake = fakeWith();
    const before = fake.sheet('R7進捗').values;
    const result = await createOfficeWorkbook(fake.host).writeCells('R7進捗', [...ADD_JULY, { address: 'B7', before: '', after: '7月:' }]);
    expect(result).toEqual({ ok: false, refusal: { reason: 'formula', addresses: ['B7'] } });
    expect(fake.sheet('R7進捗').values).toEqual(before);
    expect(fake.syncCount).toBe(1);
  });

  it('refuses cells changed since the preview, writing nothing', async () => {
    const fake = fakeWith();
    fake.setCell('R7進捗', 'B6', `${M6}\n7月:書いた`);
    const before = fake.sheet('R7進捗').values;
    const result = await createOfficeWorkbook(fake.host).writeCells('R7進捗', ADD_JULY);
    expect(result).toEqual({ ok: false, refusal: { reason: 'changed', addresses: ['B6'] } });
    expect(fake.sheet('R7進捗').values).toEqual(before);
  });

  it('refuses texts over 32,767 characters and changes that are not additive without a round trip', async () => {
    const fake = fakeWith();
    const port = createOfficeWorkbook(fake.host);
    const long = `${M5}\n${'あ'.repeat(32_767)}`;
    expect(await port.writeCells('R7進捗', [{ address: 'B5', before: M5, after: long }])).toEqual({
      ok: false,
      refusal: { reason: 'too-long', addresses: ['B5'] },
    });
    expect(await port.writeCells('R7進捗', [{ address: 'B5', before: M5, after: '5月:実施' }])).toEqual({
      ok: false,
      refusal: { reason: 'not-additive', addresses: ['B5'] },
    });
    expect(await port.writeCells('R7進捗', [{ address: 'B5', before: M5, after: `${M5}\n7月:`, insert: { at: 0, text: '\n7月:' } }])).toEqual({
      ok: false,
      refusal: { reason: 'not-additive', addresses: ['B5'] },
    });
    expect(fake.syncCount).toBe(0);
  });

  it('keeps a written text that starts like a formula as text', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', values: [['', '-']] }] });
    const port = createOfficeWorkbook(fake.host);
    expect(
      await port.writeCells('S', [
        { address: 'A1', before: '', after: '=7月:' },
        { address: 'B1', before: '-', after: '-\n7月:' },
      ]),
    ).toEqual({
      ok: true,
      written: 2,
    });
    // Kept as text through Excel's quote prefix (the leading apostrophe the adapter writes).
    expect(fake.sheet('S').cell('A1')).toEqual({ value: '=7月:', quotePrefix: true });
    expect(fake.sheet('S').cell('B1')).toEqual({ value: '-\n7月:', quotePrefix: true });
    expect((await port.readSheet('S')).rows[0]).toEqual([{ value: '=7月:' }, { value: '-\n7月:' }]);
  });

  it('on ExcelApi 1.18 appends to rich-text cells through text runs, keeping the runs', async () => {
    const runs = [{ text: '4月:', font: { bold: true } }, { text: '準備\n5月:実施', font: { color: '#FF0000' } }, { text: '\n6月:実施' }];
    const fake = fakeWith({ requirementSets: ['ExcelApi 1.18'] }, { richText: { B5: runs } });
    const port = createOfficeWorkbook(fake.host);
    expect(port.capabilities.keepsTextRuns).toBe(true);
    expect(await port.richTextCells('R7進捗', ['B5', 'B6', 'B8'])).toEqual(['B5']);
    const before = fake.syncCount;
    const change: CellChange = { address: 'B5', before: M5, after: '4月:準備\n5月:実施\n5月:追記\n6月:実施', insert: { at: 11, text: '\n5月:追記' } };
    expect(await port.writeCells('R7進捗', [change, ADD_JULY[2]])).toEqual({ ok: true, written: 2 });
    expect(fake.syncCount - before).toBe(2);
    const cell = fake.sheet('R7進捗').cell('B5');
    expect(cell?.value).toBe(change.after);
    expect(cell?.runs?.map((r) => [r.text, r.font?.bold ?? null, r.font?.color ?? null])).toEqual([
      ['4月:', true, '#000000'],
      ['準備\n5月:実施', false, '#FF0000'],
      ['\n5月:追記', null, null],
      ['\n6月:実施', false, '#000000'],
    ]);
    expect(fake.sheet('R7進捗').values[7][1]).toBe(`${M8}\n7月:`);
  });

  it('below ExcelApi 1.18 writes plain values and says it does not keep text runs', async () => {
    const runs = [{ text: '4月:', font: { bold: true } }, { text: '準備\n5月:実施\n6月:実施' }];
    const fake = fakeWith({ requirementSets: ['ExcelApi 1.17'] }, { richText: { B5: runs } });
    const port = createOfficeWorkbook(fake.host);
    expect(port.capabilities.keepsTextRuns).toBe(false);
    expect(await port.richTextCells('R7進捗', ['B5'])).toEqual([]);
    expect(await port.writeCells('R7進捗', [ADD_JULY[0]])).toEqual({ ok: true, written: 1 });
    expect(fake.sheet('R7進捗').cell('B5')).toEqual({ value: `${M5}\n7月:` });
    expect(fake.payloads.every((p) => !p.failed)).toBe(true);
  });

  it('splits a write too large for one request, reading everything before writing anything', async () => {
    const text = '4月:'.padEnd(300, 'あ');
    const values: unknown[][] = Array.from({ length: 2_000 }, () => ['', text]);
    const fake = createFakeExcel({ sheets: [{ name: 'S', values }], payloadLimit: 1_000_000 });
    const changes: CellChange[] = values.map((_, i) => ({ address: `B${i + 1}`, before: text, after: `${text}\n5月:` }));
    changes[1_999] = { ...changes[1_999], before: 'stale preview', after: 'stale preview\n5月:' };
    const port = createOfficeWorkbook(fake.host, { payloadLimit: 1_000_000 });
    expect(await port.writeCells('S', changes)).toEqual({ ok: false, refusal: { reason: 'changed', addresses: ['B2000'] } });
    expect(fake.log.filter((e) => e.op.startsWith('write'))).toEqual([]);
    const reads = fake.syncCount;
    expect(reads).toBeGreaterThan(1);

    changes[1_999] = { address: 'B2000', before: text, after: `${text}\n5月:` };
    expect(await port.writeCells('S', changes)).toEqual({ ok: true, written: 2_000 });
    expect(fake.payloads.every((p) => !p.failed && p.request <= 1_000_000 && p.response <= 1_000_000)).toBe(true);
    expect(fake.sheet('S').values.every((row) => row[1] === `${text}\n5月:`)).toBe(true);
  });
});
