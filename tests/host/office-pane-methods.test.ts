import { createFakeExcel, FakeExcel } from '../../src/host/fake-excel';
import { createOfficeWorkbook } from '../../src/host/office';
import type { WorkbookEvent } from '../../src/host/port';

/**
 * The port methods the pane needs to follow the workbook (issue 11): sheets by id with their
 * first rows, reads by id, events, several cells selected, cells marked and unmarked. Sync counts
 * are those of the fake host.
 */

function book(requirementSets?: string[]): FakeExcel {
  return createFakeExcel({
    sheets: [
      { name: '表紙', values: [['令和7年度 取組実施プロセスシート']] },
      {
        name: 'R7進捗',
        values: [['タイトル'], ['No.', '取組名', '進捗状況及び課題'], [1, '取組A', '4月:準備'], [2, '取組B', '4月:開始'], [3, '取組C', '4月:検討']],
        merges: ['A1:C1'],
      },
      { name: '非表示', values: [['x']], visibility: 'Hidden' },
    ],
    active: '表紙',
    requirementSets,
    fileName: '福祉部.xlsx',
  });
}

const later = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('Office adapter: sheets by id', () => {
  it('lists the sheets in one sync, and with their first rows in two', async () => {
    const fake = book();
    const port = createOfficeWorkbook(fake.host);
    const list = await port.listSheets({ headRows: 2 });
    expect(fake.syncCount).toBe(2);
    expect(list.activeId).toBe(fake.sheet('表紙').id);
    expect(list.workbook).toBe('福祉部.xlsx');
    expect(list.sheets.map((s) => [s.name, s.visible])).toEqual([
      ['表紙', true],
      ['R7進捗', true],
      ['非表示', false],
    ]);
    const head = list.sheets[1].head!;
    expect(head.sheetName).toBe('R7進捗');
    expect(head.rows).toHaveLength(2);
    expect(head.rows[1].map((c) => c?.value)).toEqual(['No.', '取組名', '進捗状況及び課題']);
    // The merged title reads as the file adapter reads it: the top-left value in every cell.
    expect(head.rows[0][2]).toEqual({ value: 'タイトル', mergedFrom: 'A1' });
  });

  it('reads a sheet by id in one sync, and follows it when renamed', async () => {
    const fake = book();
    const port = createOfficeWorkbook(fake.host);
    const id = fake.sheet('R7進捗').id;
    fake.renameSheet('R7進捗', '令和7年度');
    const table = await port.readSheet(id);
    expect(fake.syncCount).toBe(1);
    expect(table.sheetName).toBe('令和7年度');
    expect(table.sheetId).toBe(id);
    expect(table.rows[2][1]).toEqual({ value: '取組A' });
  });
});

describe('Office adapter: selecting the changed cells', () => {
  it('selects every cell at once (ExcelApi 1.9), as few areas as possible, in one sync', async () => {
    const fake = book();
    await createOfficeWorkbook(fake.host).selectCells('R7進捗', ['C3', 'C4', 'C5', 'A4']);
    expect(fake.syncCount).toBe(1);
    expect(fake.selection).toEqual({ sheet: 'R7進捗', address: 'A4,C3:C5' });
    expect(fake.activeSheet).toBe('R7進捗');
  });

  it('selects the first cell on older hosts', async () => {
    const fake = book(['ExcelApi 1.8']);
    await createOfficeWorkbook(fake.host).selectCells('R7進捗', ['C3', 'C4']);
    expect(fake.selection).toEqual({ sheet: 'R7進捗', address: 'C3' });
  });
});

describe('Office adapter: workbook events', () => {
  it("tells sheet switches, cell changes (the add-in's own told apart) and added sheets, until unsubscribed", async () => {
    const fake = book();
    const port = createOfficeWorkbook(fake.host);
    const seen: WorkbookEvent[] = [];
    const stop = await port.watch((e) => seen.push(e));
    expect(fake.syncCount).toBe(1);
    const id = fake.sheet('R7進捗').id;
    fake.activate('R7進捗');
    fake.setCell('R7進捗', 'C3', '4月:準備\n5月:実施');
    await port.writeCells('R7進捗', [{ address: 'C4', before: '4月:開始', after: '4月:開始\n5月:' }]);
    fake.addSheet({ name: 'メモ', values: [] });
    await later();
    expect(seen).toEqual([
      { type: 'activated', sheetId: id },
      { type: 'changed', sheetId: id, address: 'C3', byThisAddin: false },
      { type: 'changed', sheetId: id, address: 'C4', byThisAddin: true },
      { type: 'sheets' },
    ]);
    await stop();
    expect(fake.events.count()).toBe(0);
    fake.activate('表紙');
    await later();
    expect(seen).toHaveLength(4);
  });

  it('on ExcelApi 1.7 and 1.8: sheet events only', async () => {
    const fake = book(['ExcelApi 1.8']);
    const port = createOfficeWorkbook(fake.host);
    expect(port.capabilities).toMatchObject({ sheetEvents: true, changeEvents: false });
    await port.watch(() => undefined);
    expect(fake.events.count('WorksheetChanged')).toBe(0);
    expect(fake.events.count('WorksheetActivated')).toBe(1);
  });
});

describe('Office adapter: marking problem cells', () => {
  const RED = '#FFC7CE';
  const YELLOW = '#FFEB9C';

  it('marks cells without a fill of their own in two syncs, and leaves the others and every other format alone', async () => {
    const fake = book();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('R7進捗');
      ws.getRange('C4').format.fill.color = '#00B0F0';
      ws.getRange('C3').format.font.bold = true;
      await ctx.sync();
    });
    const before = fake.syncCount;
    const port = createOfficeWorkbook(fake.host);
    const result = await port.markCells('R7進捗', [
      { address: 'C3', color: RED },
      { address: 'C4', color: RED },
      { address: 'C5', color: YELLOW },
    ]);
    expect(fake.syncCount - before).toBe(2);
    expect(result).toEqual({ ok: true, changed: ['C3', 'C5'], skipped: ['C4'] });
    const sheet = fake.sheet('R7進捗');
    expect(sheet.cell('C3')).toMatchObject({ font: { bold: true }, fill: { color: RED } });
    expect(sheet.cell('C4')?.fill?.color).toBe('#00B0F0');
    expect(sheet.cell('C5')?.fill?.color).toBe(YELLOW);
  });

  it('removes only the marks still there as they were: a cell the user recoloured keeps its colour', async () => {
    const fake = book();
    const port = createOfficeWorkbook(fake.host);
    const marks = [
      { address: 'C3', color: RED },
      { address: 'C4', color: RED },
      { address: 'C5', color: RED },
    ];
    await port.markCells('R7進捗', marks);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('R7進捗');
      ws.getRange('C4').format.fill.color = '#92D050';
      ws.getRange('C5').format.fill.clear();
      await ctx.sync();
    });
    const before = fake.syncCount;
    expect(await port.unmarkCells('R7進捗', marks)).toEqual({ ok: true, changed: ['C3', 'C5'], skipped: ['C4'] });
    expect(fake.syncCount - before).toBe(2);
    const sheet = fake.sheet('R7進捗');
    expect(sheet.cell('C3')?.fill).toBeUndefined();
    expect(sheet.cell('C3')?.value).toBe('4月:準備');
    expect(sheet.cell('C4')?.fill?.color).toBe('#92D050');
  });

  it('refuses to mark a protected sheet before changing anything, unless formatting cells is allowed', async () => {
    const fake = book();
    fake.setProtected('R7進捗', true);
    const port = createOfficeWorkbook(fake.host);
    expect(await port.markCells('R7進捗', [{ address: 'C3', color: RED }])).toEqual({ ok: false, refusal: { reason: 'protected', sheet: 'R7進捗' } });
    expect(fake.sheet('R7進捗').cell('C3')?.fill).toBeUndefined();
    await fake.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem('R7進捗').protection;
      p.unprotect();
      p.protect({ allowFormatCells: true } as Excel.WorksheetProtectionOptions);
      await ctx.sync();
    });
    expect(await port.markCells('R7進捗', [{ address: 'C3', color: RED }])).toMatchObject({ ok: true, changed: ['C3'] });
  });

  it('is not offered below ExcelApi 1.9', async () => {
    const port = createOfficeWorkbook(book(['ExcelApi 1.8']).host);
    expect(port.capabilities.marks).toBe(false);
    await expect(port.markCells('R7進捗', [{ address: 'C3', color: RED }])).rejects.toThrow(/1\.9/);
  });
});
