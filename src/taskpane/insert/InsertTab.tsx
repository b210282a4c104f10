import { Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Spinner, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { FISCAL_MONTHS } from '../../core/fiscal';
import type { Config } from '../../core/config';
import type { WorkbookPort } from '../../host/port';
import type { Lang, UiStrings } from '../i18n';
import { defaultInsertMonth, useInsertion } from './use-insertion';

const PREVIEW_CELLS = 3;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  row: { display: 'flex', gap: '8px', alignItems: 'end', flexWrap: 'wrap' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  item: { fontSize: tokens.fontSizeBase200, borderLeft: `3px solid ${tokens.colorBrandStroke1}`, paddingLeft: '6px' },
  skipped: { fontSize: tokens.fontSizeBase200, borderLeft: `3px solid ${tokens.colorNeutralStroke1}`, paddingLeft: '6px', color: tokens.colorNeutralForeground2 },
  pre: { whiteSpace: 'pre-wrap', fontFamily: tokens.fontFamilyBase, margin: '2px 0 0', overflowWrap: 'anywhere' },
  added: { backgroundColor: tokens.colorPaletteGreenBackground2, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: '4px 0 0' },
});

export interface InsertTabProps {
  port: WorkbookPort;
  strings: UiStrings;
  lang: Lang;
  reportingMonth?: number;
  config?: Config;
}

/** 「月の行を追加」: month and template, a live preview of the cells that change and of those skipped, then one write. */
export function InsertTab({ port, strings: t, lang, reportingMonth, config }: InsertTabProps) {
  const s = useStyles();
  const [includeHidden, setIncludeHidden] = useState(false);
  const { state, preview, insert } = useInsertion(port, config, includeHidden);
  const [month, setMonth] = useState(() => defaultInsertMonth(reportingMonth));
  const [template, setTemplate] = useState('{month}月:');
  const [flattenOk, setFlattenOk] = useState(false);

  useEffect(() => {
    const id = setTimeout(() => void preview(month, template), 250);
    return () => clearTimeout(id);
  }, [month, template, preview]);

  const plan = state.plan;
  const busy = state.status === 'loading' || state.status === 'writing';
  const needsConsent = state.flattened.length > 0 && !flattenOk;
  const canInsert = !!plan && !plan.templateError && plan.changes.length > 0 && state.status === 'preview' && !needsConsent;

  return (
    <div className={s.root}>
      <div className={s.row}>
        <Field label={t.insertMonth}>
          <Select data-testid="insert-month-select" value={String(month)} onChange={(_, d) => setMonth(Number(d.value))}>
            {FISCAL_MONTHS.map((m) => (
              <option key={m} value={String(m)}>
                {t.monthOption(m)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.template} hint={t.templateHint}>
          <Input data-testid="template-input" value={template} onChange={(_, d) => setTemplate(d.value)} />
        </Field>
      </div>
      <Checkbox data-testid="include-hidden" checked={includeHidden} onChange={(_, d) => setIncludeHidden(!!d.checked)} label={t.includeHidden} />

      {busy && <Spinner size="tiny" label={state.status === 'writing' ? t.inserting : t.loading} />}
      {state.status === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t.readFailed}: {state.error} {t.readFailedHelp}
          </MessageBarBody>
        </MessageBar>
      )}
      {plan?.templateError && (
        <MessageBar intent="warning" data-testid="template-error">
          <MessageBarBody>{plan.templateError[lang]}</MessageBarBody>
        </MessageBar>
      )}
      {state.write && (
        <MessageBar intent={state.write.ok ? 'success' : 'warning'} data-testid="insert-status">
          <MessageBarBody>{state.write.ok ? t.inserted(state.write.written) : refusalText(state.write.refusal, t)}</MessageBarBody>
        </MessageBar>
      )}

      {plan && !plan.templateError && state.status !== 'error' && (
        <>
          <p className={s.heading} data-testid="insert-summary">
            {t.willChange(plan.changes.length, plan.skipped.length)}
          </p>
          {state.flattened.length > 0 && (
            <MessageBar intent="warning" data-testid="flatten-warning">
              <MessageBarBody>
                {t.flattenWarning(state.flattened.join(', '))}
                <Checkbox checked={flattenOk} onChange={(_, d) => setFlattenOk(!!d.checked)} label={t.flattenConsent} />
              </MessageBarBody>
            </MessageBar>
          )}
          <ul className={s.list} aria-label={t.changesLabel}>
            {plan.changes.map((c, i) => (
              <li key={c.address} className={s.item} data-testid="insert-change" data-cell={c.address}>
                <strong>
                  No.{c.no ?? '—'} {c.initiative} ({c.address})
                </strong>
                {c.planLines.length > 0 && (
                  <div className={s.hint}>
                    {t.planHint}: {c.planLines.join(' / ')}
                  </div>
                )}
                {i < PREVIEW_CELLS ? (
                  <pre className={s.pre}>
                    {c.after.slice(0, c.at)}
                    <mark className={s.added}>{c.inserted}</mark>
                    {c.after.slice(c.at + c.inserted.length)}
                  </pre>
                ) : (
                  <div>+ {c.line}</div>
                )}
              </li>
            ))}
          </ul>
          {plan.skipped.length > 0 && (
            <ul className={s.list} aria-label={t.skippedLabel}>
              {plan.skipped.map((k) => (
                <li key={k.address} className={s.skipped} data-testid="insert-skipped" data-cell={k.address} data-reason={k.reason}>
                  No.{k.no ?? '—'} {k.initiative} ({k.address}): {k.message[lang]}
                </li>
              ))}
            </ul>
          )}
          <div>
            <Button appearance="primary" data-testid="insert-button" disabled={!canInsert} onClick={() => void insert()}>
              {t.insert}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}

function refusalText(r: Extract<NonNullable<ReturnType<typeof useInsertion>['state']['write']>, { ok: false }>['refusal'], t: UiStrings): string {
  return r.reason === 'protected' ? t.refused.protected(r.sheet) : t.refused[r.reason](r.addresses.join(', '));
}
