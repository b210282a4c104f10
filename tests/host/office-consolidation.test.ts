import { createFakeExcel, FakeExcel } from '../../src/host/fake-excel';
import { createOfficeWorkbook, ExcelHost } from '../../src/host/office';
import { CONSOLIDATION_SETTING, parseOwnSheets, planConsolidation } from '../../src/host/office/consolidation-sheets';
import type { ConsolidationDocument, TableSheet } from '../../src/host/port';

/**
 * writeConsolidation on the fake Excel: the three sheets written exactly (types, formats, layout),
 * the chart of 集計, few syncs, and what it refuses or leaves alone.
 */

/** 2025-10-01 as an Excel serial number. */
const OCT_1 = 45931;

function allSheet(rows = 2): TableSheet {
  const body = [
    [1, '教育推進部', '=SUM(A1)', { value: OCT_1, numFmt: 'yyyy/m/d' }, '00123', true, { error: '#N/A' }, null, 'kyoiku-r7.xlsx'],
    ['2-1', '都市政策部', '【4月】計画\n【5月】実施', 3.5, '+81', false, { error: '#DIV/0!' }, '非表示', 'toshi-r7.xlsx'],
  ];
  return {
    key: 'all',
    name: '全庁集約',
    header: ['No.', '所管部', '進捗状況及び課題', '日付', 'コード', '済', '値', '非表示', '出典ファイル'],
    rows: Array.from({ length: rows }, (_, i) => body[i % 2]),
    widths: [6, 14, 50, 12, 10, 6, 8, 8, 24],
    wrap: [false, false, true, false, false, false, false, false, false],
    paper: 'A3',
    autoFilter: true,
  };
}

function summarySheet(): TableSheet {
  return {
    key: 'summary',
    name: '集計',
    header: ['ファイル', 'シート', '所管部', '報告月', '取組数', '◎', '○', '△', '空欄', '判定'],
    rows: [
      ['kyoiku-r7.xlsx', 'R7', '教育推進部', 10, 4, 2, 1, 1, 0, '提出できます'],
      ['toshi-r7.xlsx', 'R7進捗', '都市政策部', 10, 4, 0, 3, 0, 1, '要修正'],
      ['broken.xlsx', null, 'broken.xlsx', null, 0, 0, 0, 0, 0, '読めません'],
      ['合計', null, null, null, 8, 2, 4, 1, 1, '提出できます 1 / 要修正 1 / 読めません 1'],
    ],
    widths: [28, 8, 16, 8, 8, 8, 8, 8, 8, 14],
    wrap: Array(10).fill(false),
    paper: 'A4',
    autoFilter: false,
    totalRow: true,
  };
}

function issuesSheet(): TableSheet {
  return {
    key: 'issues',
    name: '点検結果',
    header: ['ファイル', '重要度', 'セル', '内容'],
    rows: [['toshi-r7.xlsx', 'エラー', 'M9', '6月〜10月 の記入がありません']],
    widths: [24, 8, 8, 60],
    wrap: [false, false, false, true],
    paper: 'A4',
    autoFilter: true,
  };
}

function doc(all = allSheet()): ConsolidationDocument {
  return {
    sheets: [all, summarySheet(), issuesSheet()],
    chart: { sheet: 'summary', title: '進捗度の内訳', stacked: true, categoryColumn: 2, seriesColumns: [5, 7], rows: 3 },
    activate: 'summary',
  };
}

function book(requirementSets?: string[], extra: { name: string; values: unknown[][]; protected?: boolean }[] = []): FakeExcel {
  return createFakeExcel({ sheets: [{ name: 'R7進捗', values: [['No.', '取組名']] }, ...extra], requirementSets });
}

describe('writeConsolidation: a first write', () => {
  it('writes the three sheets in 3 syncs (read, write, remember + page setup) and shows 集計', async () => {
    const fake = book();
    const result = await createOfficeWorkbook(fake.host).writeConsolidation(doc());
    expect(fake.syncCount).toBe(3);
    expect(result).toMatchObject({ ok: true, rows: 7, chart: true, printSetup: true });
    if (!result.ok) throw new Error('refused');
    expect(result.sheets.map((s) => [s.key, s.name, s.replaced])).toEqual([
      ['all', '全庁集約', false],
      ['summary', '集計', false],
      ['issues', '点検結果', false],
    ]);
    expect(fake.sheetNames()).toEqual(['R7進捗', '全庁集約', '集計', '点検結果']);
    expect(result.sheets.map((s) => s.id)).toEqual(['全庁集約', '集計', '点検結果'].map((n) => fake.sheet(n).id));
    expect(fake.activeSheet).toBe('集計');
    expect(parseOwnSheets(fake.setting(CONSOLIDATION_SETTING))).toEqual(result.sheets.map((s) => s.id));
    expect(fake.payloads.filter((p) => p.failed)).toEqual([]);
  });

  it('keeps every value exactly: text stays text (=SUM(A1), 00123, +81), a date stays a date, numbers and booleans keep their type', async () => {
    const fake = book();
    await createOfficeWorkbook(fake.host).writeConsolidation(doc());
    const s = fake.sheet('全庁集約');
    expect(s.values[1]).toEqual([1, '教育推進部', '=SUM(A1)', OCT_1, '00123', true, '#N/A', '', 'kyoiku-r7.xlsx']);
    expect(s.values[2]).toEqual(['2-1', '都市政策部', '【4月】計画\n【5月】実施', 3.5, '+81', false, '#DIV/0!', '非表示', 'toshi-r7.xlsx']);
    // No formula anywhere: the formulas read back as the values.
    expect(s.formulas).toEqual(s.values);
    expect(s.cell('C2')).toMatchObject({ value: '=SUM(A1)', numberFormat: '@', quotePrefix: true });
    expect(s.cell('C2')?.formula).toBeUndefined();
    expect(s.cell('D2')).toMatchObject({ value: OCT_1, numberFormat: 'yyyy/m/d' });
    expect(s.cell('E2')).toMatchObject({ value: '00123', numberFormat: '@' });
    expect(s.cell('A2')?.numberFormat).toBeUndefined();
    expect(s.cell('A3')).toMatchObject({ value: '2-1', numberFormat: '@' });
    expect(s.cell('F2')).toMatchObject({ value: true });
    expect(s.cell('F2')?.numberFormat).toBeUndefined();
    // Error values: their text, not an error of Excel's, in red italics.
    expect(s.cell('G2')).toMatchObject({ value: '#N/A', numberFormat: '@', font: { color: '#C00000', italic: true } });
    expect(s.cell('G2')?.error).toBeUndefined();
    expect(s.cell('G3')).toMatchObject({ value: '#DIV/0!', font: { color: '#C00000', italic: true } });
    expect(s.cell('B2')?.font?.color).toBeUndefined();
  });

  it('formats the header and the layout: bold, filled, wrapped, frozen, filter buttons, widths, wrapped columns, the total row set off', async () => {
    const fake = book();
    await createOfficeWorkbook(fake.host).writeConsolidation(doc());
    const all = fake.sheet('全庁集約');
    for (const a of ['A1', 'I1'])
      expect(all.cell(a)).toMatchObject({ font: { bold: true }, fill: { color: '#DDEBF7' }, wrapText: true, verticalAlignment: 'Center' });
    expect(all.cell('A2')?.font?.bold).toBeUndefined();
    expect(all.cell('A2')?.verticalAlignment).toBe('Top');
    expect(all.frozenRows).toBe(1);
    expect(all.autoFilter).toBe('A1:I3');
    expect(all.columnWidth(0)).toBe(35.25);
    expect(all.columnWidth(2)).toBe(266.25);
    expect(all.cell('C3')?.wrapText).toBe(true);
    expect(all.cell('B3')?.wrapText).toBeUndefined();
    const summary = fake.sheet('集計');
    expect(summary.autoFilter).toBeUndefined();
    expect(summary.cell('A5')).toMatchObject({ value: '合計', font: { bold: true }, fill: { color: '#F2F2F2' } });
    expect(summary.cell('J5')?.fill).toEqual({ color: '#F2F2F2', pattern: 'Solid' });
    expect(summary.cell('A4')?.fill).toBeUndefined();
    expect(all.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A3',
      printTitleRows: '$1:$1',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(summary.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', printTitleRows: '$1:$1' });
  });

  it('draws a stacked column chart in 集計: one series per symbol, one category per file, the total left out', async () => {
    const fake = book();
    await createOfficeWorkbook(fake.host).writeConsolidation(doc());
    const charts = fake.sheet('集計').charts;
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({
      type: 'ColumnStacked',
      seriesBy: 'Columns',
      title: '進捗度の内訳',
      source: '集計!F1:H4',
      categoryNames: '集計!C2:C4',
      categories: ['教育推進部', '都市政策部', 'broken.xlsx'],
      series: [
        { name: '◎', values: [2, 0, 0] },
        { name: '○', values: [1, 3, 0] },
        { name: '△', values: [1, 0, 0] },
      ],
      legend: { position: 'Bottom', visible: true },
      position: { start: 'A7', end: 'H25' },
    });
    expect(fake.sheet('全庁集約').charts).toEqual([]);
  });

  it('reads the chart back through Office.js as it drew it (series names, categories)', async () => {
    const fake = book();
    await createOfficeWorkbook(fake.host).writeConsolidation(doc());
    const read = await fake.run(async (ctx) => {
      const charts = ctx.workbook.worksheets.getItem('集計').charts;
      const chart = charts.getItem('進捗度の内訳').load('chartType');
      const series = charts.getItem('進捗度の内訳').series.load('items/name');
      const categories = charts
        .getItem('進捗度の内訳')
        .series.getItemAt(0)
        .getDimensionValues('Categories' as Excel.ChartSeriesDimension);
      await ctx.sync();
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- a ClientResult, read after the sync
      const names = categories.value;
      return { type: chart.chartType, series: series.items.map((s) => s.name), categories: names };
    });
    expect(read).toEqual({ type: 'ColumnStacked', series: ['◎', '○', '△'], categories: ['教育推進部', '都市政策部', 'broken.xlsx'] });
  });
});

describe('writeConsolidation: sheets that are there already', () => {
  it('asks before replacing its own sheets: one sync, nothing written; with the ids agreed, replaces them in place', async () => {
    const fake = book();
    const port = createOfficeWorkbook(fake.host);
    const first = await port.writeConsolidation(doc());
    if (!first.ok) throw new Error('refused');
    fake.setCell('全庁集約', 'A5', 'ユーザーの追記');
    const before = fake.syncCount;
    const logged = fake.log.length;
    const ask = await port.writeConsolidation(doc(allSheet(1)));
    expect(fake.syncCount - before).toBe(1);
    expect(fake.log.slice(logged)).toEqual([]);
    expect(ask).toEqual({
      ok: false,
      refusal: { reason: 'confirm', sheets: first.sheets.map((s) => ({ id: s.id, name: s.name })) },
    });
    expect(fake.sheet('全庁集約').values).toHaveLength(5);

    const again = await port.writeConsolidation(doc(allSheet(1)), { replace: first.sheets.map((s) => s.id) });
    expect(fake.syncCount - before).toBe(4);
    if (!again.ok) throw new Error('refused');
    expect(again.sheets.map((s) => [s.name, s.id, s.replaced])).toEqual(first.sheets.map((s) => [s.name, s.id, true]));
    expect(fake.sheetNames()).toEqual(['R7進捗', '全庁集約', '集計', '点検結果']);
    // The old rows are gone, the user's line too (the sheet was replaced, as agreed), one chart only.
    expect(fake.sheet('全庁集約').values).toHaveLength(2);
    expect(fake.sheet('集計').charts).toHaveLength(1);
    expect(fake.sheet('全庁集約').autoFilter).toBe('A1:I2');
    expect(parseOwnSheets(fake.setting(CONSOLIDATION_SETTING))).toEqual(first.sheets.map((s) => s.id));
  });

  it('never touches a sheet of the same name it did not write: writes 全庁集約 (2) and says so', async () => {
    const fake = book(undefined, [{ name: '全庁集約', values: [['自分の表']] }]);
    const port = createOfficeWorkbook(fake.host);
    const result = await port.writeConsolidation(doc());
    if (!result.ok) throw new Error('refused');
    expect(result.sheets[0]).toMatchObject({ key: 'all', name: '全庁集約 (2)', replaced: false, nameTaken: '全庁集約' });
    expect(result.sheets[1].nameTaken).toBeUndefined();
    expect(fake.sheet('全庁集約').values).toEqual([['自分の表']]);
    expect(fake.sheet('全庁集約 (2)').values[0][0]).toBe('No.');
    // The next write replaces its own (2), still never the user's sheet.
    const ids = result.sheets.map((s) => s.id);
    const again = await port.writeConsolidation(doc(), { replace: ids });
    if (!again.ok) throw new Error('refused');
    expect(again.sheets[0]).toMatchObject({ name: '全庁集約 (2)', id: ids[0], replaced: true, nameTaken: '全庁集約' });
    expect(fake.sheet('全庁集約').values).toEqual([['自分の表']]);
  });

  it('does not take a sheet it wrote for its own once the user deleted it and made one of that name', async () => {
    const fake = book();
    const port = createOfficeWorkbook(fake.host);
    const first = await port.writeConsolidation(doc());
    if (!first.ok) throw new Error('refused');
    fake.deleteSheet('集計');
    fake.addSheet({ name: '集計', values: [['手作業の集計']] });
    const result = await port.writeConsolidation(doc(), { replace: first.sheets.map((s) => s.id) });
    if (!result.ok) throw new Error('refused');
    expect(result.sheets[1]).toMatchObject({ name: '集計 (2)', replaced: false, nameTaken: '集計' });
    expect(fake.sheet('集計').values).toEqual([['手作業の集計']]);
  });

  it('refuses before writing anything when a sheet to replace is protected', async () => {
    const fake = book();
    const port = createOfficeWorkbook(fake.host);
    const first = await port.writeConsolidation(doc());
    if (!first.ok) throw new Error('refused');
    fake.setProtected('点検結果', true);
    const values = fake.sheet('全庁集約').values;
    const before = fake.syncCount;
    const logged = fake.log.length;
    const result = await port.writeConsolidation(doc(allSheet(1)), { replace: first.sheets.map((s) => s.id) });
    expect(result).toEqual({ ok: false, refusal: { reason: 'protected', sheet: '点検結果' } });
    expect(fake.syncCount - before).toBe(1);
    expect(fake.log.slice(logged)).toEqual([]);
    expect(fake.sheet('全庁集約').values).toEqual(values);
  });

  it('refuses before writing anything when the workbook structure is protected', async () => {
    const fake = book();
    fake.setStructureProtected(true);
    const result = await createOfficeWorkbook(fake.host).writeConsolidation(doc());
    expect(result).toEqual({ ok: false, refusal: { reason: 'workbook-protected' } });
    expect(fake.syncCount).toBe(1);
    expect(fake.sheetNames()).toEqual(['R7進捗']);
  });
});

describe('writeConsolidation: hosts and sizes', () => {
  it('on ExcelApi 1.4: the same values and chart in 3 syncs, without freeze, filter, category names or page setup', async () => {
    const fake = book(['ExcelApi 1.4']);
    const result = await createOfficeWorkbook(fake.host).writeConsolidation(doc());
    expect(result).toMatchObject({ ok: true, chart: true, printSetup: false });
    expect(fake.syncCount).toBe(3);
    expect(fake.payloads.filter((p) => p.failed)).toEqual([]);
    const all = fake.sheet('全庁集約');
    expect(all.values[1][2]).toBe('=SUM(A1)');
    expect(all.frozenRows).toBe(0);
    expect(all.autoFilter).toBeUndefined();
    expect(all.pageLayout.orientation).toBe('Portrait');
    const chart = fake.sheet('集計').charts[0];
    expect(chart.categoryNames).toBeUndefined();
    expect(chart.categories).toEqual(['1', '2', '3']);
    expect(chart.series.map((s) => s.name)).toEqual(['◎', '○', '△']);
  });

  it('a host refusing the page setup costs nothing else: the sheets are written and remembered, without print settings', async () => {
    const fake = book();
    // The third sync (the setting and the page setup) is refused whole.
    const host = {
      isSetSupported: fake.isSetSupported,
      run: ((a: unknown, b?: (ctx: Excel.RequestContext) => Promise<unknown>) => {
        const batch = (typeof a === 'function' ? a : b) as (ctx: Excel.RequestContext) => Promise<unknown>;
        return fake.run(async (ctx) => {
          const sync = ctx.sync.bind(ctx);
          let n = 0;
          ctx.sync = (async () => {
            if (++n !== 3) return sync();
            // The host takes the batch and carries out none of it.
            const limit = fake.payloadLimit;
            fake.payloadLimit = 10;
            try {
              return await sync();
            } finally {
              fake.payloadLimit = limit;
            }
          }) as typeof ctx.sync;
          return batch(ctx);
        });
      }) as unknown as ExcelHost['run'],
    };
    const result = await createOfficeWorkbook(host).writeConsolidation(doc());
    expect(result).toMatchObject({ ok: true, printSetup: false, chart: true });
    // One more sync: the setting sent again on its own.
    expect(fake.syncCount).toBe(4);
    if (!result.ok) throw new Error('refused');
    expect(parseOwnSheets(fake.setting(CONSOLIDATION_SETTING))).toEqual(result.sheets.map((s) => s.id));
    expect(fake.sheet('全庁集約').pageLayout.orientation).toBe('Portrait');
    expect(fake.sheet('全庁集約').values[1][2]).toBe('=SUM(A1)');
  });

  it('a table too large for one request goes in several, each within the limit', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'R7進捗', values: [['No.']] }], payloadLimit: 64 * 1024 });
    const big = allSheet(600);
    const result = await createOfficeWorkbook(fake.host, { payloadLimit: 64 * 1024 }).writeConsolidation(doc(big));
    expect(result.ok).toBe(true);
    expect(fake.payloads.filter((p) => p.failed)).toEqual([]);
    expect(fake.syncCount).toBeGreaterThan(3);
    expect(fake.maxPayload).toBeLessThanOrEqual(64 * 1024);
    const values = fake.sheet('全庁集約').values;
    expect(values).toHaveLength(601);
    expect(values[600]).toEqual(['2-1', '都市政策部', '【4月】計画\n【5月】実施', 3.5, '+81', false, '#DIV/0!', '非表示', 'toshi-r7.xlsx']);
    expect(fake.sheet('全庁集約').cell('G601')?.font).toMatchObject({ color: '#C00000' });
  });
});

describe('planConsolidation', () => {
  const sheets = [
    { id: 'a', name: '全庁集約', protected: false },
    { id: 'b', name: '全庁集約 (2)', protected: false },
    { id: 'c', name: '集計', protected: false },
  ];
  it('skips the names of sheets it did not write, replaces its own, adds the others', () => {
    expect(
      planConsolidation(
        [
          { key: 'all', name: '全庁集約' },
          { key: 'summary', name: '集計' },
          { key: 'issues', name: '点検結果' },
        ],
        sheets,
        new Set(['b', 'c']),
      ),
    ).toEqual([
      { key: 'all', name: '全庁集約 (2)', replaceId: 'b', nameTaken: '全庁集約' },
      { key: 'summary', name: '集計', replaceId: 'c' },
      { key: 'issues', name: '点検結果' },
    ]);
  });
});
