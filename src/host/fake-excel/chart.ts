import { formatRange, qualifiedAddress, Rect } from '../office/a1';
import { FakeClientObject, FakeClientResult, FakeCollection, ObjectPath } from './client-object';
import { FakeRequestContext, SyncScope } from './context';
import { fakeError } from './errors';
import { assertFormatWritable, assertLive, FakeRange } from './range';
import { textOf, valueOf } from './cell-values';
import { CellScalar, FakeChartState, FakeSheetState, FakeWorkbookState } from './workbook-state';

/**
 * Charts of the fake host (`worksheet.charts`, ExcelApi 1.1): added from a source range split into
 * series by columns or rows, with a name, a type, a title, a legend and a position, category names
 * from another range (`axes.categoryAxis.setCategoryNames`, ExcelApi 1.7), and series whose names
 * and values are read from the source cells as they are now (a chart follows its data, as in
 * Excel). Adding a chart to a protected sheet needs the protection's `allowEditObjects`.
 */

/** Chart types the fake accepts (the column and bar family, lines and pies: what an add-in draws). */
const CHART_TYPES = new Set([
  'ColumnClustered',
  'ColumnStacked',
  'ColumnStacked100',
  'BarClustered',
  'BarStacked',
  'BarStacked100',
  'Line',
  'LineMarkers',
  'Pie',
  'Doughnut',
  'Area',
  'AreaStacked',
]);
const SERIES_BY = new Set(['Auto', 'Columns', 'Rows']);
const LEGEND_POSITIONS = new Set(['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom', 'Invalid']);

/** One series as the chart draws it. */
export interface ChartSeriesData {
  name: string;
  values: (number | null)[];
}

/** What a chart shows now: its categories and series, read from the cells. */
export interface ChartData {
  categories: string[];
  series: ChartSeriesData[];
}

function cellScalar(state: FakeWorkbookState, sheet: FakeSheetState, r: number, c: number): CellScalar | '' {
  return valueOf(state.cell(sheet, r, c));
}

/**
 * The series of a chart, the way Excel lays out a source range: a first row holding text is the
 * series names, a first column holding only text below it is the categories; the other cells are
 * the values (text and empty cells plot as nothing).
 */
export function chartData(state: FakeWorkbookState, chart: FakeChartState): ChartData {
  const sheet = state.sheetById(chart.source.sheetId);
  if (!sheet) return { categories: [], series: [] };
  const byRows = chart.seriesBy === 'Rows';
  const { r0, c0, r1, c1 } = chart.source.rect;
  // Work on a grid where series run down the columns.
  const grid: (CellScalar | '')[][] = [];
  for (let r = r0; r <= r1; r++) {
    const row: (CellScalar | '')[] = [];
    for (let c = c0; c <= c1; c++) row.push(cellScalar(state, sheet, r, c));
    grid.push(row);
  }
  const g = byRows ? grid[0].map((_, j) => grid.map((row) => row[j])) : grid;
  const isText = (v: CellScalar | ''): boolean => typeof v === 'string' && v !== '';
  const headerRow = g.length > 1 && g[0].some(isText);
  const body = headerRow ? g.slice(1) : g;
  const categoryCol = g[0].length > 1 && body.length > 0 && body.every((row) => row[0] === '' || isText(row[0])) && body.some((row) => isText(row[0]));
  const first = categoryCol ? 1 : 0;
  const series: ChartSeriesData[] = [];
  for (let j = first; j < g[0].length; j++) {
    series.push({
      name: headerRow ? String(g[0][j]) : `系列${series.length + 1}`,
      values: body.map((row) => (typeof row[j] === 'number' ? (row[j] as number) : null)),
    });
  }
  let categories = body.map((row, i) => (categoryCol ? String(row[0]) : String(i + 1)));
  const names = chart.categoryNames && state.sheetById(chart.categoryNames.sheetId);
  if (chart.categoryNames && names) {
    const rect = chart.categoryNames.rect;
    categories = [];
    for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) categories.push(textOf(state.cell(names, r, c)));
  }
  return { categories, series };
}

interface ChartTarget {
  sheet: FakeSheetState;
  chart: FakeChartState;
}

function assertChartLive(t: ChartTarget): void {
  assertLive(t.sheet);
  if (!t.sheet.charts.includes(t.chart)) throw fakeError('ItemNotFound', `The chart '${t.chart.name}' has been deleted.`);
}

export class FakeChart extends FakeClientObject<ChartTarget> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => ChartTarget | null, path?: ObjectPath) {
    super(ctx, bind, path);
  }

  protected scalarProperties(): string[] {
    return this.ctx.host.requirements.isSetSupported('ExcelApi', '1.7') ? ['id', 'name', 'chartType'] : ['name', 'chartType'];
  }

  protected readProperty(name: string, t: ChartTarget): unknown {
    assertChartLive(t);
    switch (name) {
      case 'id':
        if (!this.ctx.host.requirements.isSetSupported('ExcelApi', '1.7')) throw fakeError('ApiNotFound', 'Chart.id needs ExcelApi 1.7.');
        return t.chart.id;
      case 'name':
        return t.chart.name;
      case 'chartType':
        return t.chart.type;
      default:
        throw fakeError('InvalidArgument', `Chart has no property '${name}' in the fake host.`);
    }
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'title') return this.title;
    if (name === 'legend') return this.legend;
    if (name === 'series') return this.series;
    return undefined;
  }

  get id(): string {
    return this.get('id');
  }
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.write(
      (t, scope) => {
        assertChartLive(t);
        t.chart.name = v;
        scope.changed('charts');
      },
      { kind: 'set', name: 'name', value: v },
    );
  }
  get chartType(): string {
    return this.get('chartType');
  }
  set chartType(v: string) {
    this.write(
      (t, scope) => {
        assertChartLive(t);
        if (!CHART_TYPES.has(v)) throw fakeError('InvalidArgument', `'${v}' is not a chart type the fake host draws.`);
        t.chart.type = v;
        scope.changed('charts');
      },
      { kind: 'set', name: 'chartType', value: v },
    );
  }

  get title(): FakeChartTitle {
    return this.child(
      'title',
      () =>
        new FakeChartTitle(
          this.ctx,
          this.derive((t) => t),
          this.path('title'),
        ),
    );
  }

  get legend(): FakeChartLegend {
    return this.child(
      'legend',
      () =>
        new FakeChartLegend(
          this.ctx,
          this.derive((t) => t),
          this.path('legend'),
        ),
    );
  }

  get axes(): FakeChartAxes {
    return this.child(
      'axes',
      () =>
        new FakeChartAxes(
          this.ctx,
          this.derive((t) => t),
          this.path('axes'),
        ),
    );
  }

  get series(): FakeChartSeriesCollection {
    return this.child(
      'series',
      () =>
        new FakeChartSeriesCollection(
          this.ctx,
          this.derive((t) => t),
          this.path('series'),
        ),
    );
  }

  /** Places the chart over the cells from `startCell` to `endCell` (ExcelApi 1.1). */
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const address = (cell: FakeRange | string | undefined, t: ChartTarget): string | undefined => {
      if (cell === undefined) return undefined;
      if (typeof cell === 'string') return cell;
      const r = cell.targetForSync();
      if (!r) throw fakeError('InvalidArgument', 'The position range does not exist.');
      if (r.sheet !== t.sheet) throw fakeError('InvalidArgument', 'A chart is placed on its own sheet.');
      return formatRange(r.rect);
    };
    const wire = (cell: FakeRange | string | undefined) => (cell === undefined || typeof cell === 'string' ? cell : { _ObjectPathId: cell.pathId });
    this.write(
      (t, scope) => {
        assertChartLive(t);
        t.chart.position = { start: address(startCell, t)!, ...(endCell !== undefined ? { end: address(endCell, t) } : {}) };
        scope.changed('charts');
      },
      { kind: 'call', name: 'setPosition', args: [wire(startCell), ...(endCell !== undefined ? [wire(endCell)] : [])] },
    );
  }

  delete(): void {
    this.write(
      (t, scope) => {
        assertChartLive(t);
        assertFormatWritable(t.sheet, 'Chart.delete', 'allowEditObjects');
        t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart);
        scope.changed('charts');
        scope.log('delete chart', `${t.sheet.name}/${t.chart.name}`);
      },
      { kind: 'call', name: 'delete' },
    );
  }
}

export class FakeChartTitle extends FakeClientObject<ChartTarget> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => ChartTarget | null, path?: ObjectPath) {
    super(ctx, bind, path);
  }

  protected scalarProperties(): string[] {
    return ['text', 'visible'];
  }

  protected readProperty(name: string, t: ChartTarget): unknown {
    assertChartLive(t);
    if (name === 'text') return t.chart.title.text;
    if (name === 'visible') return t.chart.title.visible;
    throw fakeError('InvalidArgument', `ChartTitle has no property '${name}' in the fake host.`);
  }

  get text(): string {
    return this.get('text');
  }
  set text(v: string) {
    this.write(
      (t, scope) => {
        assertChartLive(t);
        t.chart.title.text = v;
        t.chart.title.visible = v !== '';
        scope.changed('charts');
      },
      { kind: 'set', name: 'text', value: v },
    );
  }
  get visible(): boolean {
    return this.get('visible');
  }
  set visible(v: boolean) {
    this.write(
      (t, scope) => {
        assertChartLive(t);
        t.chart.title.visible = v;
        scope.changed('charts');
      },
      { kind: 'set', name: 'visible', value: v },
    );
  }
}

export class FakeChartLegend extends FakeClientObject<ChartTarget> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => ChartTarget | null, path?: ObjectPath) {
    super(ctx, bind, path);
  }

  protected scalarProperties(): string[] {
    return ['position', 'visible'];
  }

  protected readProperty(name: string, t: ChartTarget): unknown {
    assertChartLive(t);
    if (name === 'position') return t.chart.legend.position;
    if (name === 'visible') return t.chart.legend.visible;
    throw fakeError('InvalidArgument', `ChartLegend has no property '${name}' in the fake host.`);
  }

  get position(): string {
    return this.get('position');
  }
  set position(v: string) {
    this.write(
      (t, scope) => {
        assertChartLive(t);
        if (!LEGEND_POSITIONS.has(v)) throw fakeError('InvalidArgument', `'${v}' is not a legend position.`);
        t.chart.legend.position = v;
        scope.changed('charts');
      },
      { kind: 'set', name: 'position', value: v },
    );
  }
  get visible(): boolean {
    return this.get('visible');
  }
  set visible(v: boolean) {
    this.write(
      (t, scope) => {
        assertChartLive(t);
        t.chart.legend.visible = v;
        scope.changed('charts');
      },
      { kind: 'set', name: 'visible', value: v },
    );
  }
}

export class FakeChartAxes extends FakeClientObject<ChartTarget> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => ChartTarget | null, path?: ObjectPath) {
    super(ctx, bind, path);
  }

  protected scalarProperties(): string[] {
    return [];
  }

  protected readProperty(name: string): unknown {
    throw fakeError('InvalidArgument', `ChartAxes has no property '${name}' in the fake host.`);
  }

  get categoryAxis(): FakeChartAxis {
    return this.child(
      'categoryAxis',
      () =>
        new FakeChartAxis(
          this.ctx,
          this.derive((t) => t),
          this.path('categoryAxis'),
        ),
    );
  }
}

export class FakeChartAxis extends FakeClientObject<ChartTarget> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => ChartTarget | null, path?: ObjectPath) {
    super(ctx, bind, path);
  }

  protected scalarProperties(): string[] {
    return [];
  }

  protected readProperty(name: string): unknown {
    throw fakeError('InvalidArgument', `ChartAxis has no property '${name}' in the fake host.`);
  }

  /** The category names from the cells of `source` (ExcelApi 1.7). */
  setCategoryNames(source: FakeRange): void {
    this.ctx.requireApi('1.7', 'ChartAxis.setCategoryNames');
    this.write(
      (t, scope) => {
        assertChartLive(t);
        const r = source.targetForSync();
        if (!r) throw fakeError('InvalidArgument', 'The category range does not exist.');
        if (r.rect.r0 !== r.rect.r1 && r.rect.c0 !== r.rect.c1) throw fakeError('InvalidArgument', 'Category names come from one row or one column.');
        t.chart.categoryNames = { sheetId: r.sheet.id, rect: { ...r.rect } };
        scope.changed('charts');
      },
      { kind: 'call', name: 'setCategoryNames', args: [{ _ObjectPathId: source.pathId }] },
    );
  }
}

interface SeriesTarget extends ChartTarget {
  index: number;
}

export class FakeChartSeries extends FakeClientObject<SeriesTarget> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => SeriesTarget | null, path?: ObjectPath) {
    super(ctx, bind, path);
  }

  protected scalarProperties(): string[] {
    return ['name'];
  }

  protected readProperty(name: string, t: SeriesTarget, scope: SyncScope): unknown {
    assertChartLive(t);
    if (name === 'name') return chartData(scope.state, t.chart).series[t.index]?.name ?? '';
    throw fakeError('InvalidArgument', `ChartSeries has no property '${name}' in the fake host.`);
  }

  get name(): string {
    return this.get('name');
  }

  /** The series' `Values` or `Categories` as texts (ExcelApi 1.12). */
  getDimensionValues(dimension: string): FakeClientResult<string[]> {
    this.ctx.requireApi('1.12', 'ChartSeries.getDimensionValues');
    const result = new FakeClientResult<string[]>();
    this.call(
      (scope) => {
        const t = this.targetNow();
        if (t === null) return;
        assertChartLive(t);
        const data = chartData(scope.state, t.chart);
        if (dimension === 'Categories') result.settle(data.categories, scope);
        else if (dimension === 'Values')
          result.settle(
            (data.series[t.index]?.values ?? []).map((v) => (v === null ? '' : String(v))),
            scope,
          );
        else throw fakeError('InvalidArgument', `'${dimension}' is not a series dimension the fake host knows.`);
      },
      { kind: 'call', name: 'getDimensionValues', args: [dimension] },
    );
    return result;
  }
}

export class FakeChartSeriesCollection extends FakeCollection<ChartTarget, FakeChartSeries> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => ChartTarget | null, path?: ObjectPath) {
    super(ctx, bind, path);
  }

  protected itemsNow(t: ChartTarget, scope: SyncScope): FakeChartSeries[] {
    assertChartLive(t);
    return chartData(scope.state, t.chart).series.map((_, index) => new FakeChartSeries(this.ctx, () => ({ ...t, index })));
  }

  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(
      this.ctx,
      this.derive((t, scope) => {
        assertChartLive(t);
        if (index < 0 || index >= chartData(scope.state, t.chart).series.length) throw fakeError('ItemNotFound', `The chart has no series ${index}.`);
        return { ...t, index };
      }),
      this.path('getItemAt', index),
    );
  }
}

export class FakeChartCollection extends FakeCollection<FakeSheetState, FakeChart> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => FakeSheetState | null, path?: ObjectPath) {
    super(ctx, bind, path);
  }

  protected itemsNow(sheet: FakeSheetState): FakeChart[] {
    assertLive(sheet);
    return sheet.charts.map((chart) => new FakeChart(this.ctx, () => ({ sheet, chart })));
  }

  /**
   * A new chart of `type` drawing `sourceData` split by `seriesBy` (ExcelApi 1.1), named
   * `Chart n` until renamed, placed at the top left until positioned.
   */
  add(type: string, sourceData: FakeRange, seriesBy: string = 'Auto'): FakeChart {
    return new FakeChart(
      this.ctx,
      this.derive((sheet, scope) => {
        assertFormatWritable(sheet, 'ChartCollection.add', 'allowEditObjects');
        if (!CHART_TYPES.has(type)) throw fakeError('InvalidArgument', `'${type}' is not a chart type the fake host draws.`);
        if (!SERIES_BY.has(seriesBy)) throw fakeError('InvalidArgument', `'${seriesBy}' is not a way to split series.`);
        const source = sourceData.targetForSync();
        if (!source) throw fakeError('InvalidArgument', 'The source range does not exist.');
        assertLive(source.sheet);
        const chart: FakeChartState = {
          id: scope.state.nextChartId(),
          name: `Chart ${sheet.charts.length + 1}`,
          type,
          seriesBy: seriesBy === 'Auto' ? autoSeriesBy(source.rect) : seriesBy,
          source: { sheetId: source.sheet.id, rect: { ...source.rect } },
          title: { text: '', visible: false },
          legend: { position: 'Right', visible: true },
        };
        sheet.charts.push(chart);
        scope.changed('charts');
        scope.log('add chart', `${sheet.name}: ${type} ${qualifiedAddress(source.sheet.name, formatRange(source.rect))}`);
        return { sheet, chart };
      }),
      this.path('add', type, { _ObjectPathId: sourceData.pathId }, seriesBy),
    );
  }

  getItem(name: string): FakeChart {
    return new FakeChart(
      this.ctx,
      this.derive((sheet) => {
        const chart = sheet.charts.find((c) => c.name === name);
        if (!chart) throw fakeError('ItemNotFound', "The requested resource doesn't exist.", { errorLocation: 'ChartCollection.getItem', detail: name });
        return { sheet, chart };
      }),
      this.path('getItem', name),
    );
  }

  getItemOrNullObject(name: string): FakeChart {
    this.ctx.requireApi('1.4', 'ChartCollection.getItemOrNullObject');
    return new FakeChart(
      this.ctx,
      this.derive((sheet) => {
        const chart = sheet.charts.find((c) => c.name === name);
        return chart ? { sheet, chart } : null;
      }),
      this.path('getItemOrNullObject', name),
    );
  }
}

/** Excel's choice for `Auto`: series run along the longer side. */
function autoSeriesBy(rect: Rect): string {
  return rect.r1 - rect.r0 >= rect.c1 - rect.c0 ? 'Columns' : 'Rows';
}
