import { createFakeExcel, FakeExcel } from '../../src/host/fake-excel';

/** The fake host's cells as Office.js shows them: merged areas, value types and error values, locked cells. */

async function load(fake: FakeExcel, sheet: string, address: string, props = 'values,formulas,valueTypes,text') {
  return fake.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem(sheet).getRange(address);
    range.load(props);
    await ctx.sync();
    return { values: range.values, formulas: range.formulas, valueTypes: range.valueTypes, text: range.text };
  });
}

async function write(fake: FakeExcel, sheet: string, address: string, values: unknown[][]): Promise<void> {
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(address).values = values;
    await ctx.sync();
  });
}

describe('fake Excel: merged areas', () => {
  function merged(): FakeExcel {
    return createFakeExcel({
      sheets: [
        {
          name: 'M',
          // B1 and A2:B2 lie under the merge A1:B2: merging keeps only A1.
          values: [
            ['見出し', 'hidden'],
            ['under', 'also under'],
            ['x', 'y'],
          ],
          formulas: [[null, '=1+1']],
          merges: ['A1:B2'],
        },
      ],
    });
  }

  it('reads the top-left value in the top-left cell and empty cells elsewhere in the merge', async () => {
    const read = await load(merged(), 'M', 'A1:B3');
    expect(read.values).toEqual([
      ['見出し', ''],
      ['', ''],
      ['x', 'y'],
    ]);
    expect(read.formulas).toEqual(read.values);
    expect(read.valueTypes).toEqual([
      ['String', 'Empty'],
      ['Empty', 'Empty'],
      ['String', 'String'],
    ]);
  });

  it('drops what is written to a covered cell, keeps what goes to the top-left cell', async () => {
    const fake = merged();
    await write(fake, 'M', 'A1:B2', [
      ['new', 'lost'],
      ['lost', 'lost'],
    ]);
    expect((await load(fake, 'M', 'A1:B2')).values).toEqual([
      ['new', ''],
      ['', ''],
    ]);
  });

  it('reports only the merged areas whose top-left cell is in the range (office-js #3611)', async () => {
    const fake = merged();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('M');
      const inside = ws.getRange('A1:C3').getMergedAreasOrNullObject();
      const overlapping = ws.getRange('B2:C3').getMergedAreasOrNullObject();
      inside.load('address');
      overlapping.load('address');
      await ctx.sync();
      expect(inside.address).toBe('M!A1:B2');
      expect(overlapping.isNullObject).toBe(true);
    });
  });
});

describe('fake Excel: value types and error values', () => {
  it('loads valueTypes: Double, String, Boolean, Error and Empty, with error values as their text', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'T', values: [[1.5, 'text', true, '#N/A', null, '#DIV/0!']] }] });
    const read = await load(fake, 'T', 'A1:F1');
    expect(read.valueTypes).toEqual([['Double', 'String', 'Boolean', 'Error', 'Empty', 'Error']]);
    expect(read.values).toEqual([[1.5, 'text', true, '#N/A', '', '#DIV/0!']]);
    expect(read.text).toEqual([['1.5', 'text', 'TRUE', '#N/A', '', '#DIV/0!']]);
  });

  it('tells a text cell that reads #N/A from an error cell only through valueTypes', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'T', values: [['#N/A']] }] });
    await write(fake, 'T', 'B1', [["'#N/A"]]);
    const read = await load(fake, 'T', 'A1:B1');
    expect(read.values).toEqual([['#N/A', '#N/A']]);
    expect(read.valueTypes).toEqual([['Error', 'String']]);
  });

  it('gives formula cells the type of their result', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'T', values: [[12, '#N/A']], formulas: [['=6*2', '=NA()']] }] });
    const read = await load(fake, 'T', 'A1:B1');
    expect(read.valueTypes).toEqual([['Double', 'Error']]);
    expect(read.formulas).toEqual([['=6*2', '=NA()']]);
  });

  it('includes valueTypes in a load without arguments', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'T', values: [[1]] }] });
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('T').getRange('A1');
      range.load();
      await ctx.sync();
      expect(range.valueTypes).toEqual([['Double']]);
    });
  });
});

describe('fake Excel: protection of locked cells', () => {
  function protectedSheet(extra: { unlocked?: string[]; protectionOptions?: Record<string, boolean> } = {}): FakeExcel {
    return createFakeExcel({
      sheets: [
        {
          name: 'P',
          values: [
            ['No.', '進捗'],
            [1, '4月:'],
          ],
          protected: true,
          ...extra,
        },
      ],
    });
  }

  it('takes writes to unlocked cells of a protected sheet', async () => {
    const fake = protectedSheet({ unlocked: ['B2:B10'] });
    await write(fake, 'P', 'B2:B3', [['4月:\n5月:'], ['new']]);
    expect(fake.sheet('P').values[1][1]).toBe('4月:\n5月:');
    expect(fake.sheet('P').values[2][1]).toBe('new');
  });

  it('refuses writes that touch a locked cell with AccessDenied, as Office.js words it, and writes none of the range', async () => {
    const fake = protectedSheet({ unlocked: ['B2:B10'] });
    const before = fake.sheet('P').values;
    const attempt = write(fake, 'P', 'A2:B2', [[2, 'changed']]);
    await expect(attempt).rejects.toMatchObject({ code: 'AccessDenied', message: 'You cannot perform the requested operation.' });
    expect(fake.sheet('P').values).toEqual(before);
    // A null entry leaves a cell as it is, but still touches a locked cell.
    await expect(write(fake, 'P', 'A2:B2', [[null, 'changed']])).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fake.sheet('P').values).toEqual(before);
  });

  it('locks every cell by default, and a sheet without protection ignores locking', async () => {
    await expect(write(protectedSheet(), 'P', 'B2', [['x']])).rejects.toMatchObject({ code: 'AccessDenied' });
    const open = createFakeExcel({ sheets: [{ name: 'P', values: [['a']] }] });
    await write(open, 'P', 'A1', [['b']]);
    expect(open.sheet('P').values).toEqual([['b']]);
  });

  it('reads format.protection.locked: true, false, or null when the cells differ', async () => {
    const fake = protectedSheet({ unlocked: ['B2:B10'] });
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('P');
      const [locked, unlocked, mixed] = ['A1:A5', 'B3:B4', 'A2:B2'].map((a) => ws.getRange(a).format.protection.load('locked'));
      await ctx.sync();
      expect([locked.locked, unlocked.locked, mixed.locked]).toEqual([true, false, null]);
    });
  });

  it('unlocks cells through format.protection before protecting, and refuses changing the lock while protected', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'P', values: [['a', 'b']] }] });
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('P');
      ws.getRange('B:B').format.protection.locked = false;
      ws.protection.protect();
      await ctx.sync();
      ws.getRange('B1').values = [['ok']];
      await ctx.sync();
      ws.getRange('A1').format.protection.locked = false;
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    });
    expect(fake.sheet('P').values).toEqual([['a', 'ok']]);
  });

  it('refuses format changes on a protected sheet unless its protection allows formatting cells', async () => {
    const strict = protectedSheet({ unlocked: ['B2'] });
    await expect(
      strict.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('P').getRange('B2').format.font.bold = true;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    const lenient = protectedSheet({ protectionOptions: { allowFormatCells: true } });
    await lenient.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('P').getRange('A1').numberFormat = [['@']];
      await ctx.sync();
    });
    expect(lenient.sheet('P').cell('A1')?.numberFormat).toBe('@');
  });
});
