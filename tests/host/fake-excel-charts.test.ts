import { createFakeExcel, FakeExcel } from '../../src/host/fake-excel';

/** The fake host's charts, autofilter, vertical alignment and workbook structure protection: as strict as the rest of it. */

function book(requirementSets?: string[]): FakeExcel {
  return createFakeExcel({
    sheets: [
      {
        name: '集計',
        values: [
          ['所管部', '◎', '○'],
          ['教育推進部', 2, 1],
          ['都市政策部', 0, 3],
        ],
      },
    ],
    requirementSets,
  });
}

test('a chart from a range: series named by the header row, categories from the text column, following the cells', async () => {
  const fake = book();
  await fake.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('集計');
    const chart = ws.charts.add('ColumnClustered' as Excel.ChartType, ws.getRange('A1:C3'), 'Columns' as Excel.ChartSeriesBy);
    chart.title.text = 'T';
    await ctx.sync();
  });
  expect(fake.sheet('集計').charts[0]).toMatchObject({
    name: 'Chart 1',
    type: 'ColumnClustered',
    title: 'T',
    categories: ['教育推進部', '都市政策部'],
    series: [
      { name: '◎', values: [2, 0] },
      { name: '○', values: [1, 3] },
    ],
  });
  fake.setCell('集計', 'B3', 5);
  expect(fake.sheet('集計').charts[0].series[0].values).toEqual([2, 5]);
});

test('chart properties are read only after load and sync; a chart type the fake does not know is refused at sync', async () => {
  const fake = book();
  await fake.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('集計');
    const chart = ws.charts.add('ColumnStacked' as Excel.ChartType, ws.getRange('B1:C3'), 'Columns' as Excel.ChartSeriesBy);
    expect(() => chart.name).toThrow(/not available/);
    chart.load('name');
    await ctx.sync();
    expect(chart.name).toBe('Chart 1');
    ws.charts.add('Radar3D' as Excel.ChartType, ws.getRange('B1:C3'));
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
  expect(fake.sheet('集計').charts).toHaveLength(1);
});

test('no chart on a protected sheet unless the protection allows objects; category names need ExcelApi 1.7', async () => {
  const fake = book();
  fake.setProtected('集計', true);
  await expect(
    fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('集計');
      ws.charts.add('ColumnStacked' as Excel.ChartType, ws.getRange('B1:C3'));
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'AccessDenied' });
  const old = book(['ExcelApi 1.4']);
  await expect(
    old.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('集計');
      const chart = ws.charts.add('ColumnStacked' as Excel.ChartType, ws.getRange('B1:C3'));
      chart.axes.categoryAxis.setCategoryNames(ws.getRange('A2:A3'));
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'ApiNotFound' });
});

test('autofilter: ExcelApi 1.9, applied and removed, refused on a protected sheet without allowAutoFilter', async () => {
  const fake = book();
  await fake.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('集計');
    ws.autoFilter.apply(ws.getRange('A1:C3'));
    const filter = ws.autoFilter.load('enabled');
    await ctx.sync();
    expect(filter.enabled).toBe(true);
  });
  expect(fake.sheet('集計').autoFilter).toBe('A1:C3');
  fake.setProtected('集計', true);
  await expect(
    fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('集計').autoFilter.remove();
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'AccessDenied' });
  const old = book(['ExcelApi 1.8']);
  await expect(
    old.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('集計').autoFilter.remove();
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'ApiNotFound' });
});

test('a protected workbook structure refuses added, deleted and renamed sheets; its state reads after load', async () => {
  const fake = book();
  fake.setStructureProtected(true);
  await fake.run(async (ctx) => {
    const protection = ctx.workbook.protection;
    protection.load('protected');
    await ctx.sync();
    expect(protection.protected).toBe(true);
    ctx.workbook.worksheets.add('新しいシート');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    ctx.workbook.worksheets.getItem('集計').name = '別名';
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
  });
  expect(fake.sheetNames()).toEqual(['集計']);
});

test('vertical alignment is a format: set per cell, read back, cleared with the formats', async () => {
  const fake = book();
  await fake.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem('集計').getRange('A1:B1');
    range.format.verticalAlignment = 'Top';
    await ctx.sync();
    const format = range.format.load('verticalAlignment');
    await ctx.sync();
    expect(format.verticalAlignment).toBe('Top');
    range.clear('Formats' as Excel.ClearApplyTo);
    await ctx.sync();
  });
  expect(fake.sheet('集計').cell('A1')?.verticalAlignment).toBeUndefined();
});

test('chart, title and legend settings are written at sync as a charts change; a legend position Excel does not have is refused', async () => {
  const fake = book();
  const changes: string[][] = [];
  fake.onChange((c) => changes.push(c.changes));
  await fake.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('集計');
    const chart = ws.charts.add('ColumnClustered' as Excel.ChartType, ws.getRange('A1:C3'));
    await ctx.sync();
    changes.length = 0;
    chart.name = '進捗';
    chart.chartType = 'BarStacked' as Excel.ChartType;
    chart.title.text = '内訳';
    chart.legend.position = 'Bottom' as Excel.ChartLegendPosition;
    chart.legend.visible = false;
    expect(fake.sheet('集計').charts[0].name).toBe('Chart 1');
    await ctx.sync();
    expect(changes).toEqual([expect.arrayContaining(['charts'])]);
    const title = chart.title.load();
    const legend = chart.legend.load();
    await ctx.sync();
    expect([title.text, title.visible, legend.position, legend.visible]).toEqual(['内訳', true, 'Bottom', false]);
    chart.title.text = '';
    await ctx.sync();
    chart.legend.position = 'Middle' as Excel.ChartLegendPosition;
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument', message: "'Middle' is not a legend position." });
  });
  expect(fake.sheet('集計').charts[0]).toMatchObject({ name: '進捗', type: 'BarStacked', title: '', legend: { position: 'Bottom', visible: false } });
});

test('Chart.id needs ExcelApi 1.7; a deleted chart refuses reads and writes', async () => {
  const old = book(['ExcelApi 1.4']);
  await old.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('集計');
    const chart = ws.charts.add('ColumnClustered' as Excel.ChartType, ws.getRange('A1:C3')).load();
    await ctx.sync();
    expect(chart.toJSON()).toEqual({ name: 'Chart 1', chartType: 'ColumnClustered' });
    chart.load('id');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
  const fake = book();
  await fake.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('集計');
    const chart = ws.charts.add('ColumnClustered' as Excel.ChartType, ws.getRange('A1:C3')).load('id');
    await ctx.sync();
    expect(chart.id).toMatch(/^\{.+\}$/);
    chart.delete();
    await ctx.sync();
    chart.legend.load('position');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    chart.title.visible = true;
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
  expect(fake.sheet('集計').charts).toEqual([]);
});
