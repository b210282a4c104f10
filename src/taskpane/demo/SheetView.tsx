import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';
import { address, columnLetters, parseAddress } from '../../core/table';
import type { FakeChartView } from '../../host/fake-excel';
import { SheetChart } from './SheetChart';

/** One sheet as the demo draws it: values from A1 (as shown), merged areas, the selected cells, fills, charts. */
export interface SheetPicture {
  name: string;
  values: unknown[][];
  merges: string[];
  selected: Set<string>;
  fills: Map<string, string>;
  charts?: FakeChartView[];
}

const useStyles = makeStyles({
  wrap: {
    overflow: 'auto',
    flex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  table: { borderCollapse: 'collapse', fontSize: '12px', tableLayout: 'fixed' },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: 'normal',
    color: tokens.colorNeutralForeground2,
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
    textAlign: 'center',
    width: '36px',
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 4px',
    verticalAlign: 'top',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    maxWidth: '260px',
    minWidth: '40px',
    color: tokens.colorNeutralForeground1,
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px', backgroundColor: tokens.colorBrandBackground2 },
  corner: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)' },
});

function mergeMap(merges: string[]) {
  const spans = new Map<string, { rows: number; cols: number }>();
  const hidden = new Set<string>();
  for (const m of merges) {
    const [a, b] = m.split(':');
    const p = parseAddress(a);
    const q = parseAddress(b ?? a);
    if (!p || !q) continue;
    spans.set(address(p.row, p.col), { rows: q.row - p.row + 1, cols: q.col - p.col + 1 });
    for (let r = p.row; r <= q.row; r++) for (let c = p.col; c <= q.col; c++) if (r !== p.row || c !== p.col) hidden.add(address(r, c));
  }
  return { spans, hidden };
}

function show(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}

/** A read-only grid of the demo workbook's sheet, with the selection, the fills and the charts Excel would show. */
export function SheetView({ sheet }: { sheet: SheetPicture }) {
  const s = useStyles();
  const { spans, hidden } = useMemo(() => mergeMap(sheet.merges), [sheet.merges]);
  const width = Math.max(1, ...sheet.values.map((r) => r.length));
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  const wrapRef = useRef<HTMLDivElement | null>(null);
  const first = [...sheet.selected][0];
  // Another sheet opens at its top-left corner, as in Excel.
  useEffect(() => {
    wrapRef.current?.scrollTo?.(0, 0);
  }, [sheet.name]);
  useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [first, sheet.name]);
  return (
    // Scrollable, so reachable from the keyboard.
    <div ref={wrapRef} className={s.wrap} data-testid="sheet-view" role="region" aria-label={sheet.name} tabIndex={0}>
      <table className={s.table}>
        <thead>
          <tr>
            <td className={s.head} />
            {Array.from({ length: width }, (_, c) => (
              <th key={c} className={s.head} scope="col">
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.values.map((row, r) => (
            <tr key={r}>
              <th className={s.rowHead} scope="row">
                {r + 1}
              </th>
              {Array.from({ length: width }, (_, c) => {
                const a = address(r, c);
                if (hidden.has(a)) return null;
                const span = spans.get(a);
                const selected = sheet.selected.has(a);
                const fill = sheet.fills.get(a);
                return (
                  <td
                    key={c}
                    ref={a === first ? selectedRef : undefined}
                    rowSpan={span?.rows}
                    colSpan={span?.cols}
                    className={`${s.cell} ${selected ? s.selected : ''}`}
                    style={fill && !selected ? { backgroundColor: fill } : undefined}
                    data-testid={selected ? 'selected-cell' : 'cell'}
                    data-address={a}
                    data-selected={selected ? 'true' : undefined}
                    data-fill={fill}
                  >
                    {show(row[c])}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {(sheet.charts ?? []).map((chart) => (
        <SheetChart key={chart.id} chart={chart} />
      ))}
    </div>
  );
}
