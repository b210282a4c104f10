import { Button, Label, makeStyles, MessageBar, MessageBarBody, Select, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { FISCAL_MONTHS } from '../../core/fiscal';
import type { PaneConfig } from '../config/pane-config';
import { usePane } from './pane-context';
import { activeNotice, otherProcessSheets, processSheets, targetOf } from './session';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: '6px' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', alignItems: 'center', gap: '8px', flexWrap: 'wrap' },
  select: { minWidth: 0, flex: '1 1 140px', maxWidth: '100%' },
  sheet: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  offers: { display: 'flex', flexWrap: 'wrap', gap: '4px', marginTop: '4px' },
});

/** The sheet checked (with a notice when the active sheet is another one), the month, the configuration. */
export function Header({ paneConfig }: { paneConfig: PaneConfig }) {
  const s = useStyles();
  const { strings: t, session, validation, config, lang } = usePane();
  const { state } = session;
  const sheetId = useId();
  const monthId = useId();
  const target = targetOf(state);
  const choices = processSheets(state);
  const notice = activeNotice(state);
  const offers = otherProcessSheets(state);
  const report = validation.state.report;
  return (
    <header className={s.header}>
      <h1 className={s.title}>{t.appTitle}</h1>
      <div className={s.row}>
        <Label htmlFor={sheetId}>{t.sheetLabel}</Label>
        {choices.length > 1 ? (
          <Select id={sheetId} className={s.select} data-testid="sheet-select" value={target?.id ?? ''} onChange={(_, d) => session.choose(d.value)}>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        ) : (
          <output id={sheetId} className={s.sheet} data-testid="sheet-name">
            {target?.name ?? (state.phase === 'starting' ? '…' : t.noSheets)}
          </output>
        )}
      </div>
      {notice && (
        <MessageBar intent={notice.kind === 'other' ? 'info' : 'warning'} data-testid="active-notice" layout="multiline">
          <MessageBarBody>
            {notice.kind === 'other' ? t.activeWithoutHeader(notice.active, notice.target) : t.noProcessSheet(notice.active, config.headerSearchRows)}
            {offers.length > 0 && (
              <div className={s.offers} role="group" aria-label={t.otherSheetsWithHeader}>
                {offers.map((o) => (
                  <Button key={o.id} size="small" data-testid="offer-sheet" data-sheet={o.name} onClick={() => session.choose(o.id)}>
                    {o.name}
                  </Button>
                ))}
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={s.row}>
        <Label htmlFor={monthId}>{t.reportingMonth}</Label>
        <Select
          id={monthId}
          data-testid="month-select"
          value={state.month === undefined ? '' : String(state.month)}
          onChange={(_, d) => void session.setMonth(Number(d.value))}
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
      <div className={s.hint} data-testid="config-source">
        {t.configSource[paneConfig.source]}
        {report?.scale && (
          <span data-testid="scale-in-use">
            {' · '}
            {t.scaleInUse(report.scale.symbols.join(' '), report.scale.source === 'detected')}
          </span>
        )}
      </div>
      {paneConfig.problems.map((p) => (
        <MessageBar key={p.source} intent="warning" data-testid="config-problem" layout="multiline">
          <MessageBarBody>{t.configProblem(t.configWhere[p.source], p[lang])}</MessageBarBody>
        </MessageBar>
      ))}
    </header>
  );
}
