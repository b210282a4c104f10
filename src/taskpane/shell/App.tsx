import { FluentProvider, makeStyles, Spinner, Tab, TabList, tokens, webLightTheme } from '@fluentui/react-components';
import { Suspense, useEffect, useId, useMemo, useState } from 'react';
import type { WorkbookPort } from '../../host/port';
import type { FetchText, PaneConfig } from '../config/pane-config';
import { useConfig } from '../config/use-config';
import { Lang, STRINGS } from '../i18n';
import { useValidation } from '../validate/use-validation';
import { Header } from './Header';
import { PaneContext, PaneContextValue } from './pane-context';
import { preloadTabs, TABS, tabComponent } from './tabs';
import { useSession } from './use-session';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: '10px',
    padding: '12px',
    minHeight: '100%',
    boxSizing: 'border-box',
    minWidth: 0,
    // Japanese lines break between characters, never inside a word of Latin text unless it must,
    // with the strict kinsoku rules (no 。、」 at a line start) at 320 px.
    wordBreak: 'normal',
    overflowWrap: 'anywhere',
    lineBreak: 'strict',
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  tabs: { flexWrap: 'wrap' },
});

export interface AppProps {
  port: WorkbookPort;
  lang: Lang;
  /** How the pane fetches psheet.config.json (tests pass their own). */
  fetchText?: FetchText;
  /** The demo outside Excel. */
  demo?: boolean;
}

/** The task pane: the sheet, the month and the configuration on top, then the tabs. */
export function App({ port, lang, fetchText, demo = false }: AppProps) {
  const s = useStyles();
  const t = STRINGS[lang];
  const paneConfig = useConfig(port, fetchText);
  useEffect(() => void preloadTabs(), []);
  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'ja' ? 'ja-JP' : 'en-US'}>
      {paneConfig ? (
        <Pane port={port} lang={lang} paneConfig={paneConfig} demo={demo} />
      ) : (
        <main className={s.root}>
          <h1 className={s.title}>{t.appTitle}</h1>
          <Spinner size="small" label={t.loading} />
        </main>
      )}
    </FluentProvider>
  );
}

function Pane({ port, lang, paneConfig, demo }: { port: WorkbookPort; lang: Lang; paneConfig: PaneConfig; demo: boolean }) {
  const s = useStyles();
  const strings = STRINGS[lang];
  const { config } = paneConfig;
  const session = useSession(port, config);
  const validation = useValidation({ port, lang, strings, config, session });
  const [tab, setTab] = useState(TABS[0].key);
  const ids = useId();
  const value = useMemo<PaneContextValue>(
    () => ({ port, lang, strings, config, session, validation, demo }),
    [port, lang, strings, config, session, validation, demo],
  );
  const spec = TABS.find((x) => x.key === tab) ?? TABS[0];
  const Panel = tabComponent(spec);
  return (
    <PaneContext.Provider value={value}>
      <main className={s.root} lang={lang}>
        <Header paneConfig={paneConfig} />
        <TabList className={s.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(String(d.value))} aria-label={strings.tabsLabel}>
          {TABS.map((x) => (
            <Tab key={x.key} value={x.key} id={`${ids}-tab-${x.key}`} aria-controls={`${ids}-panel-${x.key}`} data-testid={`tab-${x.key}`}>
              {x.label(strings)}
            </Tab>
          ))}
        </TabList>
        <div role="tabpanel" id={`${ids}-panel-${spec.key}`} aria-labelledby={`${ids}-tab-${spec.key}`} data-testid={`panel-${spec.key}`}>
          <Suspense fallback={<Spinner size="small" label={strings.loading} />}>
            <Panel />
          </Suspense>
        </div>
      </main>
    </PaneContext.Provider>
  );
}
