import { createFakeExcel } from '../../src/host/fake-excel';

function sheetOf(values: unknown[][], extra: Record<string, unknown> = {}) {
  return { name: 'Sheet1', values, ...extra };
}

describe('fake Excel host', () => {
  it('throws PropertyNotLoaded before load() and before the sync that follows it', async () => {
    const fake = createFakeExcel({ sheets: [sheetOf([['a']])] });
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(range.values).toEqual([['a']]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('takes loaded values as snapshots at sync', async () => {
    const fake = createFakeExcel({ sheets: [sheetOf([['before']])] });
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.load('values');
      fake.setCell('Sheet1', 'A1', 'changed by the user before the sync');
      await ctx.sync();
      expect(range.values).toEqual([['changed by the user before the sync']]);
      fake.setCell('Sheet1', 'A1', 'changed after the sync');
      expect(range.values).toEqual([['changed by the user before the sync']]);
      range.values[0][0] = 'mutating the snapshot';
      expect(fake.sheet('Sheet1').values).toEqual([['changed after the sync']]);
    });
  });

  it('applies writes at sync, not before, in queue order', async () => {
    const fake = createFakeExcel({ sheets: [sheetOf([['a', 'b']])] });
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1').values = [['x']];
      ws.getRange('B1:B2').formulas = [['=HYPERLINK("#Sheet1!A1","go")'], ['plain']];
      const after = ws.getRange('A1:B2');
      after.load('values,formulas');
      expect(fake.sheet('Sheet1').values).toEqual([['a', 'b']]);
      await ctx.sync();
      expect(fake.sheet('Sheet1').values).toEqual([
        ['x', 'go'],
        ['', 'plain'],
      ]);
      expect(after.values).toEqual([
        ['x', 'go'],
        ['', 'plain'],
      ]);
      expect(after.formulas[0][1]).toBe('=HYPERLINK("#Sheet1!A1","go")');
    });
  });

  it('counts syncs, per host and per run', async () => {
    const fake = createFakeExcel({ sheets: [sheetOf([['a']])] });
    await fake.run(async (ctx) => {
      await ctx.sync();
      await ctx.sync();
    });
    await fake.run({ delayForCellEdit: true }, async (ctx) => {
      await ctx.sync();
    });
    expect(fake.syncCount).toBe(3);
    expect(fake.runs.map((r) => r.context.syncCount)).toEqual([2, 1]);
    expect(fake.runs[1].options).toEqual({ delayForCellEdit: true });
  });

  it('refuses a request over the payload limit before applying any of it', async () => {
    const fake = createFakeExcel({ sheets: [sheetOf([['a']])], payloadLimit: 1000 });
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1').values = [['small']];
      ws.getRange('B1:B10').values = Array.from({ length: 10 }, () => ['あ'.repeat(40)]);
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
    expect(fake.sheet('Sheet1').values).toEqual([['a']]);
    expect(fake.payloads[0]).toMatchObject({ failed: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.payloads[0].request).toBeGreaterThan(1000);
  });

  it('refuses a response over the payload limit and delivers nothing', async () => {
    const values = Array.from({ length: 20 }, (_, i) => [`row ${i} ${'x'.repeat(100)}`]);
    const fake = createFakeExcel({ sheets: [sheetOf(values)], payloadLimit: 1500 });
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A20');
      range.load('values');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      const small = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A10');
      small.load('values');
      await ctx.sync();
      expect(small.values).toHaveLength(10);
    });
    expect(fake.maxPayload).toBeGreaterThan(1500);
    expect(fake.payloads[1].response).toBeLessThanOrEqual(1500);
  });

  it('has null objects and throws ItemNotFound for a missing sheet', async () => {
    const fake = createFakeExcel({ sheets: [sheetOf([])] });
    await fake.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('nope');
      const used = ctx.workbook.worksheets.getItem('Sheet1').getUsedRangeOrNullObject(true);
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
      ctx.workbook.worksheets.getItem('nope').load('name');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('answers isSetSupported from its requirement sets and fails APIs above them at sync', async () => {
    const fake = createFakeExcel({ sheets: [sheetOf([['a']])], requirementSets: ['ExcelApi 1.12'] });
    expect(fake.isSetSupported('ExcelApi', '1.4')).toBe(true);
    expect(fake.isSetSupported('ExcelApi', '1.12')).toBe(true);
    expect(fake.isSetSupported('ExcelApi', '1.13')).toBe(false);
    expect(fake.office.context.requirements.isSetSupported('WordApi', '1.1')).toBe(false);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').getMergedAreasOrNullObject();
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    });
  });

  it('refuses writes to a protected sheet with AccessDenied', async () => {
    const fake = createFakeExcel({ sheets: [sheetOf([['a']], { protected: true })] });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['b']];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    });
    expect(fake.sheet('Sheet1').values).toEqual([['a']]);
  });

  it('records activation and selection in order, and tells listeners', async () => {
    const fake = createFakeExcel({ sheets: [sheetOf([['a']]), { name: 'Other', values: [['b']] }] });
    const seen: string[][] = [];
    const stop = fake.onChange((c) => seen.push(c.changes));
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Other');
      ws.activate();
      ws.getRange('B2').select();
      await ctx.sync();
    });
    stop();
    expect(fake.activeSheet).toBe('Other');
    expect(fake.selection).toEqual({ sheet: 'Other', address: 'B2' });
    expect(fake.log.map((e) => e.op)).toEqual(['activate', 'select']);
    expect(seen).toEqual([['selection']]);
  });

  it('reads merged areas, and refuses more than 512 of them in one range', async () => {
    const merges = Array.from({ length: 600 }, (_, i) => `A${i + 1}:B${i + 1}`);
    const fake = createFakeExcel({ sheets: [sheetOf([['a']], { merges })] });
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      const few = ws.getRange('A1:B3').getMergedAreasOrNullObject();
      few.load('address,areaCount');
      await ctx.sync();
      expect(few.address).toBe('Sheet1!A1:B1,Sheet1!A2:B2,Sheet1!A3:B3');
      expect(few.areaCount).toBe(3);
      ws.getRange('A1:B600').getMergedAreasOrNullObject().load('address');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    });
  });

  it('keeps text runs until a value is written over them', async () => {
    const runs = [{ text: '4月:', font: { bold: true } }, { text: '実施' }];
    const fake = createFakeExcel({ sheets: [sheetOf([['']], { richText: { A1: runs } })] });
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      const props = range.getCellProperties({ textRuns: true });
      range.load('values');
      await ctx.sync();
      expect(range.values).toEqual([['4月:実施']]);
      expect(props.value[0][0].textRuns?.map((r) => r.text)).toEqual(['4月:', '実施']);
      range.values = [['4月:実施\n5月:']];
      await ctx.sync();
    });
    expect(fake.sheet('Sheet1').cell('A1')?.runs).toBeUndefined();
  });

  it('names follow a renamed sheet and turn into #REF! when it is deleted', async () => {
    const fake = createFakeExcel({ sheets: [sheetOf([['a']]), { name: 'Report', values: [] }] });
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Report');
      ctx.workbook.names.add('Mark_1', ws.getRange('A1')).visible = false;
      await ctx.sync();
      ws.name = 'Renamed (2)';
      await ctx.sync();
    });
    expect(fake.namedItems()).toEqual([{ name: 'Mark_1', value: "'Renamed (2)'!$A$1", visible: false }]);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Renamed (2)').delete();
      await ctx.sync();
    });
    expect(fake.namedItems()[0].value).toBe('#REF!');
  });
});
