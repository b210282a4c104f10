import { makeStyles, tokens } from '@fluentui/react-components';
import type { FakeChartView } from '../../host/fake-excel';

/**
 * A chart of the demo workbook drawn as Excel would show it, roughly: columns per category, the
 * series stacked (or side by side), a legend below. What the chart holds is also on the element
 * (type, title, series, categories), so the end-to-end tests can read it.
 */

const COLORS = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47', '#264478', '#9E480E', '#636363'];
const HEIGHT = 160;
const BAR = 36;
const GAP = 48;

const useStyles = makeStyles({
  figure: {
    margin: '12px',
    padding: '8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    display: 'inline-block',
  },
  caption: { fontWeight: tokens.fontWeightSemibold, textAlign: 'center', fontSize: '13px', color: tokens.colorNeutralForeground1 },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '8px',
    listStyle: 'none',
    margin: '4px 0 0',
    padding: 0,
    fontSize: '12px',
    color: tokens.colorNeutralForeground1,
  },
  swatch: { display: 'inline-block', width: '10px', height: '10px', marginRight: '4px' },
  label: { fontSize: '11px', fill: tokens.colorNeutralForeground1 },
});

export function SheetChart({ chart }: { chart: FakeChartView }) {
  const s = useStyles();
  const stacked = chart.type.includes('Stacked');
  const totals = chart.categories.map((_, i) => chart.series.reduce((n, x) => n + (x.values[i] ?? 0), 0));
  const max = Math.max(1, ...(stacked ? totals : chart.series.flatMap((x) => x.values.map((v) => v ?? 0))));
  const groupWidth = stacked ? BAR : BAR * Math.max(1, chart.series.length) * 0.5;
  const width = chart.categories.length * (groupWidth + GAP) + GAP;
  const scale = (v: number) => (v / max) * HEIGHT;
  const description = chart.categories.map((c, i) => `${c}: ${chart.series.map((x) => `${x.name} ${x.values[i] ?? 0}`).join(', ')}`).join('; ');
  return (
    <figure
      className={s.figure}
      data-testid="sheet-chart"
      data-type={chart.type}
      data-title={chart.title}
      data-series={JSON.stringify(chart.series.map((x) => x.name))}
      data-categories={JSON.stringify(chart.categories)}
    >
      <figcaption className={s.caption}>{chart.title}</figcaption>
      <svg width={width} height={HEIGHT + 36} role="img" aria-label={`${chart.title}: ${description}`}>
        <line x1={GAP / 2} x2={width - GAP / 2} y1={HEIGHT + 4} y2={HEIGHT + 4} stroke="#BFBFBF" />
        {chart.categories.map((category, i) => {
          const x0 = GAP + i * (groupWidth + GAP);
          let y = HEIGHT + 4;
          return (
            <g key={i}>
              {chart.series.map((series, k) => {
                const v = series.values[i] ?? 0;
                const h = scale(v);
                if (stacked) {
                  y -= h;
                  return <rect key={k} x={x0} y={y} width={BAR} height={h} fill={COLORS[k % COLORS.length]} />;
                }
                const w = groupWidth / Math.max(1, chart.series.length);
                return <rect key={k} x={x0 + k * w} y={HEIGHT + 4 - h} width={w} height={h} fill={COLORS[k % COLORS.length]} />;
              })}
              <text className={s.label} x={x0 + groupWidth / 2} y={HEIGHT + 20} textAnchor="middle">
                {category}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className={s.legend}>
        {chart.series.map((series, k) => (
          <li key={k}>
            <span className={s.swatch} style={{ backgroundColor: COLORS[k % COLORS.length] }} />
            {series.name}
          </li>
        ))}
      </ul>
    </figure>
  );
}
