import { createFakeExcel, FakeEventArgs } from '../../src/host/fake-excel';

/** The fake host's events, fills, page layout, several-area selection and file name (issue 11). */

function twoSheets(requirementSets?: string[]) {
  return createFakeExcel({
    sheets: [
      {
        name: 'R7進捗',
        values: [
          ['No.', '取組名'],
          [1, 'a'],
        ],
      },
      { name: 'メモ', values: [['x']] },
    ],
    requirementSets,
    fileName: '福祉部_R7.xlsx',
  });
}

/** Waits for the events Office would deliver after the current task. */
const later = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('fake Excel: worksheet events', () => {
  it('registers a handler only at the sync, and calls it after the change, never during it', async () => {
    const fake = twoSheets();
    const seen: FakeEventArgs[] = [];
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.onActivated.add(async (e) => void seen.push(e as unknown as FakeEventArgs));
      expect(fake.events.count()).toBe(0);
      await ctx.sync();
    });
    expect(fake.events.count('WorksheetActivated')).toBe(1);
    fake.activate('メモ');
    expect(seen).toEqual([]);
    await later();
    expect(seen).toEqual([{ type: 'WorksheetActivated', worksheetId: fake.sheet('メモ').id }]);
  });

  it("tells the add-in's own writes and the user's edits apart (triggerSource), with the changed address", async () => {
    const fake = twoSheets();
    const seen: FakeEventArgs[] = [];
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async (e) => void seen.push(e as unknown as FakeEventArgs));
      await ctx.sync();
    });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('R7進捗').getRange('B2:B3').values = [['b'], ['c']];
      await ctx.sync();
    });
    fake.setCell('R7進捗', 'C2', 'typed');
    await later();
    const id = fake.sheet('R7進捗').id;
    expect(seen).toEqual([
      { type: 'WorksheetChanged', worksheetId: id, address: 'B2:B3', changeType: 'RangeEdited', source: 'Local', triggerSource: 'ThisLocalAddin' },
      { type: 'WorksheetChanged', worksheetId: id, address: 'C2', changeType: 'RangeEdited', source: 'Local', triggerSource: 'Unknown' },
    ]);
  });

  it('raises activated when the add-in activates a sheet or selects on another one, and added/deleted', async () => {
    const fake = twoSheets();
    const seen: string[] = [];
    await fake.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      for (const ev of [sheets.onActivated, sheets.onAdded, sheets.onDeleted]) ev.add(async (e) => void seen.push(e.type));
      await ctx.sync();
    });
    await fake.run(async (ctx) => {
      const added = ctx.workbook.worksheets.add('結果');
      added.activate();
      await ctx.sync();
    });
    await later();
    expect(seen).toEqual(['WorksheetAdded', 'WorksheetActivated']);
    fake.deleteSheet('結果');
    await later();
    expect(seen.slice(2)).toEqual(['WorksheetDeleted', 'WorksheetActivated']);
  });

  it('removes a handler only in a batch of the context that added it', async () => {
    const fake = twoSheets();
    let calls = 0;
    const result = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.onActivated.add(async () => void calls++);
      await ctx.sync();
      return r;
    });
    // Another Excel.run's batch cannot use it: the context has ended.
    await expect(
      fake.run(async (ctx) => {
        result.remove();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidObjectPath' });
    await fake.run(result.context as unknown as Excel.RequestContext, async (ctx) => {
      result.remove();
      await ctx.sync();
    });
    expect(fake.events.count()).toBe(0);
    fake.activate('メモ');
    await later();
    expect(calls).toBe(0);
  });

  it('refuses the events a host below their requirement set lacks', async () => {
    const fake = twoSheets(['ExcelApi 1.8']);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.onActivated.add(async () => undefined);
      await ctx.sync();
    });
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.onChanged.add(async () => undefined);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(fake.events.count()).toBe(1);
  });
});

describe('fake Excel: fills, page layout, areas and the file name', () => {
  it('fills cells, reports no fill as white with pattern None, and clears only the fill', async () => {
    const fake = twoSheets();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('R7進捗');
      ws.getRange('B2').format.font.bold = true;
      ws.getRange('B2').format.fill.color = '#ffc7ce';
      const props = ws.getRange('A2:B2').getCellProperties({ format: { fill: { color: true, pattern: true } } });
      await ctx.sync();
      expect(props.value[0].map((p) => p.format?.fill)).toEqual([
        { color: '#FFFFFF', pattern: 'None' },
        { color: '#FFC7CE', pattern: 'Solid' },
      ]);
      ws.getRange('A1:B2').format.fill.clear();
      await ctx.sync();
    });
    expect(fake.sheet('R7進捗').cell('B2')).toEqual({ value: 'a', font: { bold: true } });
  });

  it('refuses fills on a protected sheet unless formatting cells is allowed', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', values: [['a']], protected: true }] });
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1').format.fill.color = '#FFEB9C';
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fake.sheet('S').cell('A1')?.fill).toBeUndefined();
  });

  it('sets the page layout (ExcelApi 1.9) and print title rows', async () => {
    const fake = twoSheets();
    await fake.run(async (ctx) => {
      const layout = ctx.workbook.worksheets.getItem('メモ').pageLayout;
      layout.orientation = 'Landscape';
      layout.paperSize = 'A4';
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintTitleRows('$5:$5');
      await ctx.sync();
    });
    expect(fake.sheet('メモ').pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      printTitleRows: '$5:$5',
      zoom: { horizontalFitToPages: 1 },
    });
    const old = createFakeExcel({ sheets: [{ name: 'S', values: [] }], requirementSets: ['ExcelApi 1.8'] });
    await expect(
      old.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').pageLayout.orientation = 'Landscape';
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('selects several areas at once, activating their sheet', async () => {
    const fake = twoSheets();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('メモ').getRanges('B2:B4, D7').select();
      await ctx.sync();
    });
    expect(fake.selection).toEqual({ sheet: 'メモ', address: 'B2:B4,D7' });
    expect(fake.activeSheet).toBe('メモ');
  });

  it('reports the workbook file name from ExcelApi 1.7', async () => {
    const fake = twoSheets();
    const name = await fake.run(async (ctx) => {
      ctx.workbook.load('name');
      await ctx.sync();
      return ctx.workbook.name;
    });
    expect(name).toBe('福祉部_R7.xlsx');
  });
});
