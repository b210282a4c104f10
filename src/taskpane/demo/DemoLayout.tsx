import { FluentProvider, makeStyles, Tab, TabList, tokens, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { parseRange, splitAreas } from '../../host/office/a1';
import type { FakeExcel } from '../../host/fake-excel';
import { displayNumber } from '../../host/fake-excel/typed-entry';
import type { WorkbookPort } from '../../host/port';
import type { FetchText } from '../config/pane-config';
import { address } from '../../core/table';
import { Lang, STRINGS } from '../i18n';
import { App } from '../shell/App';
import { SheetPicture, SheetView } from './SheetView';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100vh' },
  banner: {
    padding: '6px 12px',
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  body: { display: 'flex', flex: 1, minHeight: 0 },
  workbook: { display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0, borderRight: `1px solid ${tokens.colorNeutralStroke1}` },
  pane: { width: '360px', flexShrink: 0, overflowY: 'auto' },
  paneOnly: { flex: 1, minWidth: 0, overflowY: 'auto' },
});

/** Cells of the selection (`M9`, `A4,C3:C5`) on the sheet drawn; at most a few thousand. */
function selectedCells(fake: FakeExcel, sheet: string): Set<string> {
  const sel = fake.selection;
  const out = new Set<string>();
  if (!sel || sel.sheet !== sheet) return out;
  for (const part of splitAreas(sel.address)) {
    const r = parseRange(part);
    if (!r) continue;
    for (let row = r.r0; row <= Math.min(r.r1, r.r0 + 2000); row++) for (let col = r.c0; col <= Math.min(r.c1, r.c0 + 50); col++) out.add(address(row, col));
  }
  return out;
}

function picture(fake: FakeExcel, name: string): SheetPicture {
  const view = fake.sheet(name);
  const fills = new Map<string, string>();
  // Numbers as Excel shows them in their format (a date as a date, not its serial number).
  const values = view.values.map((row, r) =>
    row.map((v, c) => {
      const a = address(r, c);
      const cell = view.cell(a);
      if (cell?.fill) fills.set(a, cell.fill.color);
      return typeof v === 'number' && cell?.numberFormat ? displayNumber(v, cell.numberFormat) : v;
    }),
  );
  return { name, values, merges: view.merges, selected: selectedCells(fake, name), fills, charts: view.charts };
}

export interface DemoLayoutProps {
  fake: FakeExcel;
  port: WorkbookPort;
  lang: Lang;
  /** `?pane=only`: the pane alone, as wide as the window (Excel's pane width is about 320–350 px). */
  paneOnly?: boolean;
  /** Why the demo runs: opened outside Office, or Office.js could not load. */
  reason?: 'outside' | 'no-office';
  /** How the pane fetches psheet.config.json (started early by the first script). */
  fetchText?: FetchText;
}

/**
 * The demo outside Excel: the fake workbook drawn on the left (its sheet tabs switch the active
 * sheet, as in Excel, and the pane follows), the real pane on the right.
 */
export function DemoLayout({ fake, port, lang, paneOnly = false, reason = 'outside', fetchText }: DemoLayoutProps) {
  const s = useStyles();
  const t = STRINGS[lang];
  const [, redraw] = useState(0);
  useEffect(() => fake.onChange(() => redraw((n) => n + 1)), [fake]);
  const names = fake.sheetNames();
  const active = fake.activeSheet;
  return (
    <FluentProvider theme={webLightTheme} className={s.root} lang={lang === 'ja' ? 'ja-JP' : 'en-US'}>
      {/* A landmark of its own (the page's banner), so no content sits outside one. */}
      <header className={s.banner} data-testid="demo-banner">
        {reason === 'no-office' ? t.demoNoOffice : t.demoBanner}
      </header>
      <div className={s.body}>
        {!paneOnly && (
          <section className={s.workbook} aria-label={t.demoWorkbook}>
            <TabList size="small" selectedValue={active} onTabSelect={(_, d) => fake.activate(String(d.value))} aria-label={t.sheetTabs}>
              {names.map((n) => (
                <Tab key={n} value={n} data-testid="sheet-tab" data-sheet={n}>
                  {n}
                </Tab>
              ))}
            </TabList>
            <SheetView sheet={picture(fake, active)} />
          </section>
        )}
        <div className={paneOnly ? s.paneOnly : s.pane}>
          <App port={port} lang={lang} fetchText={fetchText} demo />
        </div>
      </div>
    </FluentProvider>
  );
}
