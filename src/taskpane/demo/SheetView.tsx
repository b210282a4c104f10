import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';
import { address, columnLetters, parseAddress } from '../../core/table';

/** One sheet as the demo draws it: values from A1, merged areas, the selected cell. */
export interface SheetPicture {
  name: string;
  values: unknown[][];
  merges: string[];
  selected?: string;
}

const useStyles = makeStyles({
  wrap: { overflow: 'auto', flex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: 'collapse', fontSize: '12px', tableLayout: 'fixed' },
  head: { position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3, border: `1px solid ${tokens.colorNeutralStroke2}`, fontWeight: 'normal', color: tokens.colorNeutralForeground3 },
  rowHead: { position: 'sticky', left: 0, backgroundColor: tokens.colorNeutralBackground3, border: `1px solid ${tokens.colorNeutralStroke2}`, color: tokens.colorNeutralForeground3, textAlign: 'center', width: '36px' },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 4px', verticalAlign: 'top', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxWidth: '260px', minWidth: '40px' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px', backgroundColor: tokens.colorBrandBackground2 },
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

/** A read-only grid of the demo workbook's sheet, with the selection Excel would show. */
export function SheetView({ sheet }: { sheet: SheetPicture }) {
  const s = useStyles();
  const { spans, hidden } = useMemo(() => mergeMap(sheet.merges), [sheet.merges]);
  const width = Math.max(1, ...sheet.values.map((r) => r.length));
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [sheet.selected]);
  return (
    <div className={s.wrap} data-testid="sheet-view" aria-label={sheet.name}>
      <table className={s.table}>
        <thead>
          <tr>
            <th className={s.head} />
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
                const selected = sheet.selected === a;
                return (
                  <td
                    key={c}
                    ref={selected ? selectedRef : undefined}
                    rowSpan={span?.rows}
                    colSpan={span?.cols}
                    className={`${s.cell} ${selected ? s.selected : ''}`}
                    data-testid={selected ? 'selected-cell' : 'cell'}
                    data-address={a}
                    data-selected={selected ? 'true' : undefined}
                  >
                    {show(row[c])}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
