import { FluentProvider, Label, makeStyles, MessageBar, MessageBarBody, Select, Spinner, Tab, TabList, tokens, webLightTheme } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { FISCAL_MONTHS } from '../../core/fiscal';
import type { WorkbookPort } from '../../host/port';
import { useConfig } from '../config/use-config';
import type { FetchText } from '../config/pane-config';
import { Lang, STRINGS } from '../i18n';
import { useValidation } from '../validate/use-validation';
import { ValidateTab } from '../validate/ValidateTab';
import { InsertTab } from '../insert/InsertTab';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px', padding: '12px', minHeight: '100%', boxSizing: 'border-box' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  header: { display: 'flex', flexDirection: 'column', gap: '4px' },
  sheet: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  month: { display: 'flex', alignItems: 'center', gap: '8px' },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
});

/** The tabs of the pane; later issues add theirs here. */
const TABS = ['validate', 'insert'] as const;
type TabKey = (typeof TABS)[number];

export interface AppProps {
  port: WorkbookPort;
  lang: Lang;
  /** How the pane fetches psheet.config.json (tests pass their own). */
  fetchText?: FetchText;
}

/** The task pane: the sheet and the reporting month on top, then the tabs. */
export function App({ port, lang, fetchText }: AppProps) {
  const s = useStyles();
  const t = STRINGS[lang];
  const paneConfig = useConfig(port, fetchText);
  if (!paneConfig) {
    return (
      <FluentProvider theme={webLightTheme} lang={lang === 'ja' ? 'ja-JP' : 'en-US'}>
        <main className={s.root}>
          <h1 className={s.title}>{t.appTitle}</h1>
          <Spinner size="small" label={t.loading} />
        </main>
      </FluentProvider>
    );
  }
  return <Pane port={port} lang={lang} paneConfig={paneConfig} />;
}

function Pane({ port, lang, paneConfig }: { port: WorkbookPort; lang: Lang; paneConfig: NonNullable<ReturnType<typeof useConfig>> }) {
  const s = useStyles();
  const t = STRINGS[lang];
  const { config } = paneConfig;
  const validation = useValidation(port, lang, config);
  const [tab, setTab] = useState<TabKey>('validate');
  const monthId = useId();
  const { state } = validation;
  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'ja' ? 'ja-JP' : 'en-US'}>
      <main className={s.root}>
        <header className={s.header}>
          <h1 className={s.title}>{t.appTitle}</h1>
          <div className={s.sheet} data-testid="sheet-name">
            {t.sheet}: {state.sheet ?? '…'}
          </div>
          <div className={s.month}>
            <Label htmlFor={monthId}>{t.reportingMonth}</Label>
            <Select
              id={monthId}
              data-testid="month-select"
              value={state.month === undefined ? '' : String(state.month)}
              onChange={(_, d) => void validation.setMonth(Number(d.value))}
            >
              {state.month === undefined && <option value="">…</option>}
              {FISCAL_MONTHS.map((m) => (
                <option key={m} value={String(m)}>
                  {t.monthOption(m)}
                </option>
              ))}
            </Select>
            {state.monthInferred && <span className={s.hint}>{t.inferredMonth}</span>}
          </div>
          <div className={s.sheet} data-testid="config-source">
            {t.configSource[paneConfig.source]}
            {state.report?.scale && (
              <span data-testid="scale-in-use">
                {' · '}
                {t.scaleInUse(state.report.scale.symbols.join(' '), state.report.scale.source === 'detected')}
              </span>
            )}
          </div>
          {paneConfig.problems.map((p) => (
            <MessageBar key={p.source} intent="warning" data-testid="config-problem">
              <MessageBarBody>{t.configProblem(t.configWhere[p.source], p[lang])}</MessageBarBody>
            </MessageBar>
          ))}
        </header>
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabKey)}>
          <Tab value="validate" data-testid="tab-validate">
            {t.tabValidate}
          </Tab>
          <Tab value="insert" data-testid="tab-insert">
            {t.tabInsert}
          </Tab>
        </TabList>
        {tab === 'validate' && <ValidateTab validation={validation} strings={t} />}
        {tab === 'insert' && <InsertTab port={port} strings={t} lang={lang} reportingMonth={state.month} config={config} />}
      </main>
    </FluentProvider>
  );
}
