import { FluentProvider, makeStyles, Tab, TabList, tokens, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { FakeExcel } from '../../host/fake-excel';
import type { WorkbookPort } from '../../host/port';
import { Lang, STRINGS } from '../i18n';
import { App } from '../shell/App';
import { SheetPicture, SheetView } from './SheetView';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100vh' },
  banner: { padding: '6px 12px', backgroundColor: tokens.colorPaletteYellowBackground2, fontSize: tokens.fontSizeBase200 },
  body: { display: 'flex', flex: 1, minHeight: 0 },
  workbook: { display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0, borderRight: `1px solid ${tokens.colorNeutralStroke1}` },
  pane: { width: '360px', flexShrink: 0, overflowY: 'auto' },
});

function picture(fake: FakeExcel, name: string): SheetPicture {
  const view = fake.sheet(name);
  const sel = fake.selection;
  return { name, values: view.values, merges: view.merges, selected: sel && sel.sheet === name ? sel.address : undefined };
}

/** Demo outside Excel: the fake workbook drawn on the left, the real pane on the right. */
export function DemoLayout({ fake, port, lang }: { fake: FakeExcel; port: WorkbookPort; lang: Lang }) {
  const s = useStyles();
  const [, redraw] = useState(0);
  const [shown, setShown] = useState<string | undefined>(undefined);
  useEffect(() => fake.onChange(() => redraw((n) => n + 1)), [fake]);
  const names = fake.sheetNames();
  // Follow Excel: selecting a cell activates its sheet.
  const active = fake.selection?.sheet ?? fake.activeSheet;
  const current = shown && names.includes(shown) ? shown : active;
  useEffect(() => setShown(undefined), [active]);
  return (
    <FluentProvider theme={webLightTheme} className={s.root}>
      <div className={s.banner} role="note">
        {STRINGS[lang].demoBanner}
      </div>
      <div className={s.body}>
        <section className={s.workbook}>
            <TabList size="small" selectedValue={current} onTabSelect={(_, d) => setShown(String(d.value))} aria-label={STRINGS[lang].sheetTabs}>
              {names.map((n) => (
                <Tab key={n} value={n} data-testid="sheet-tab" data-sheet={n}>
                  {n}
                </Tab>
              ))}
            </TabList>
          <SheetView sheet={picture(fake, current)} />
        </section>
        <aside className={s.pane}>
          <App port={port} lang={lang} />
        </aside>
      </div>
    </FluentProvider>
  );
}
