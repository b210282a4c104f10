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

/** How a chart part reads one property at sync. */
type ChartRead<T> = (t: T, scope: SyncScope) => unknown;

/**
 * The properties a chart part reads, in the order `load()` without arguments loads them; one
 * that came with a later ExcelApi version names it in `needs`.
 */
type ChartProperties<T> = Readonly<Record<string, ChartRead<T> | { needs: string; read: ChartRead<T> }>>;

/**
 * What the chart's proxies share: bound to the chart (the series: to one of its series), they
 * read their properties from a table, only while the chart exists; each set checks the chart
 * exists, applies the value (which may refuse it), notifies a 'charts' change and is recorded as
 * `{ kind: 'set', name, value }`.
 */
abstract class FakeChartPart<T extends ChartTarget = ChartTarget> extends FakeClientObject<T> {
  constructor(ctx: FakeRequestContext, bind: (scope: SyncScope) => T | null, path?: ObjectPath) {
    super(ctx, bind, path);
  }

  /** The Office.js class name, for messages (`ChartTitle`). */
  protected abstract readonly kind: string;
  protected abstract readonly properties: ChartProperties<T>;

  protected scalarProperties(): string[] {
    return Object.entries(this.properties)
      .filter(([, p]) => typeof p === 'function' || this.supports(p.needs))
      .map(([name]) => name);
  }

  protected readProperty(name: string, t: T, scope: SyncScope): unknown {
    assertChartLive(t);
    const p = Object.hasOwn(this.properties, name) ? this.properties[name] : undefined;
    if (p === undefined) throw this.noSuchProperty(name);
    if (typeof p === 'function') return p(t, scope);
    if (!this.supports(p.needs)) throw fakeError('ApiNotFound', `${this.kind}.${name} needs ExcelApi ${p.needs}.`);
    return p.read(t, scope);
  }

  protected noSuchProperty(name: string): Error {
    return fakeError('InvalidArgument', `${this.kind} has no property '${name}' in the fake host.`);
  }

  private supports(version: string): boolean {
    return this.ctx.host.requirements.isSetSupported('ExcelApi', version);
  }

  /** Queues the set of property `name` to `value`; `apply` writes it on the chart (or throws to refuse it). */
  protected assign(name: string, value: unknown, apply: (chart: FakeChartState) => void): void {
    this.write(
      (t, scope) => {
        assertChartLive(t);
        apply(t.chart);
        scope.changed('charts');
      },
      { kind: 'set', name, value },
    );
  }

  /** The part `name` of the same chart (`title`, `legend`), the same proxy on each access. */
  protected part<C extends FakeClientObject<unknown>>(
    name: string,
    Part: new (ctx: FakeRequestContext, bind: (scope: SyncScope) => T | null, path?: ObjectPath) => C,
  ): C {
    return this.child(name, () => {
      const sameTarget = this.derive((t) => t);
      return new Part(this.ctx, sameTarget, this.path(name));
    });
  }
}

export class FakeChart extends FakeChartPart {
  protected readonly kind = 'Chart';
  protected readonly properties: ChartProperties<ChartTarget> = {
    id: { needs: '1.7', read: (t) => t.chart.id },
    name: (t) => t.chart.name,
    chartType: (t) => t.chart.type,
  };

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
    this.assign('name', v, (chart) => {
      chart.name = v;
    });
  }
  get chartType(): string {
    return this.get('chartType');
  }
  set chartType(v: string) {
    this.assign('chartType', v, (chart) => {
      if (!CHART_TYPES.has(v)) throw fakeError('InvalidArgument', `'${v}' is not a chart type the fake host draws.`);
      chart.type = v;
    });
  }

  get title(): FakeChartTitle {
    return this.part('title', FakeChartTitle);
  }
  get legend(): FakeChartLegend {
    return this.part('legend', FakeChartLegend);
  }
  get axes(): FakeChartAxes {
    return this.part('axes', FakeChartAxes);
  }
  get series(): FakeChartSeriesCollection {
    return this.part('series', FakeChartSeriesCollection);
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

export class FakeChartTitle extends FakeChartPart {
  protected readonly kind = 'ChartTitle';
  protected readonly properties: ChartProperties<ChartTarget> = {
    text: (t) => t.chart.title.text,
    visible: (t) => t.chart.title.visible,
  };

  get text(): string {
    return this.get('text');
  }
  set text(v: string) {
    this.assign('text', v, (chart) => {
      chart.title.text = v;
      chart.title.visible = v !== '';
    });
  }
  get visible(): boolean {
    return this.get('visible');
  }
  set visible(v: boolean) {
    this.assign('visible', v, (chart) => {
      chart.title.visible = v;
    });
  }
}

export class FakeChartLegend extends FakeChartPart {
  protected readonly kind = 'ChartLegend';
  protected readonly properties: ChartProperties<ChartTarget> = {
    position: (t) => t.chart.legend.position,
    visible: (t) => t.chart.legend.visible,
  };

  get position(): string {
    return this.get('position');
  }
  set position(v: string) {
    this.assign('position', v, (chart) => {
      if (!LEGEND_POSITIONS.has(v)) throw fakeError('InvalidArgument', `'${v}' is not a legend position.`);
      chart.legend.position = v;
    });
  }
  get visible(): boolean {
    return this.get('visible');
  }
  set visible(v: boolean) {
    this.assign('visible', v, (chart) => {
      chart.legend.visible = v;
    });
  }
}

/** The axes read nothing: any property is refused, whether or not the chart still exists. */
export class FakeChartAxes extends FakeChartPart {
  protected readonly kind = 'ChartAxes';
  protected readonly properties: ChartProperties<ChartTarget> = {};

  protected override readProperty(name: string): unknown {
    throw this.noSuchProperty(name);
  }

  get categoryAxis(): FakeChartAxis {
    return this.part('categoryAxis', FakeChartAxis);
  }
}

/** An axis reads nothing either; it takes its category names. */
export class FakeChartAxis extends FakeChartPart {
  protected readonly kind = 'ChartAxis';
  protected readonly properties: ChartProperties<ChartTarget> = {};

  protected override readProperty(name: string): unknown {
    throw this.noSuchProperty(name);
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

export class FakeChartSeries extends FakeChartPart<SeriesTarget> {
  protected readonly kind = 'ChartSeries';
  protected readonly properties: ChartProperties<SeriesTarget> = {
    name: (t, scope) => chartData(scope.state, t.chart).series[t.index]?.name ?? '',
  };

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
