import { Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Spinner, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';
import { FISCAL_MONTHS } from '../../core/fiscal';
import type { WriteResult } from '../../host/port';
import type { UiStrings } from '../i18n';
import { usePane } from '../shell/pane-context';
import { targetOf } from '../shell/session';
import { TemplateChoice, templateFor, TEMPLATES } from './template-choice';
import { defaultInsertMonth, useInsertion } from './use-insertion';

/** Cells shown with their whole text in the preview; the others show the line added. */
const PREVIEW_CELLS = 3;
/** Quiet time after the sheet changed before the preview is read again. */
const REFRESH_DELAY_MS = 500;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  row: { display: 'flex', gap: '8px', alignItems: 'end', flexWrap: 'wrap' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  item: { fontSize: tokens.fontSizeBase200, borderLeft: `3px solid ${tokens.colorBrandStroke1}`, paddingLeft: '6px' },
  skipped: {
    fontSize: tokens.fontSizeBase200,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: '6px',
    color: tokens.colorNeutralForeground2,
  },
  pre: { whiteSpace: 'pre-wrap', fontFamily: tokens.fontFamilyBase, margin: '2px 0 0' },
  added: { backgroundColor: tokens.colorPaletteGreenBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground2 },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: '4px 0 0' },
  status: { outline: 'none' },
  reason: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

function refusalText(result: Extract<WriteResult, { ok: false }>, t: UiStrings): string {
  const r = result.refusal;
  return r.reason === 'protected' ? t.refused.protected(r.sheet) : t.refused[r.reason](r.addresses.join(', '));
}

/**
 * 「月の記入欄を追加」: the month and how the line starts (choices; the raw template behind an
 * advanced option), a live preview of the cells that get a line and of those left alone, then one
 * write. Afterwards the changed cells are selected in Excel and the focus stays in the pane, on
 * the message saying what was done.
 */
export default function InsertTab() {
  const s = useStyles();
  const { port, strings: t, lang, config, session, validation } = usePane();
  const target = targetOf(session.state);
  const [includeHidden, setIncludeHidden] = useState(false);
  const { state, preview, insert, refresh } = useInsertion({
    port,
    config,
    includeHidden,
    sheet: target?.id,
    onWritten: () => validation.markStale('inserted'),
  });
  const [month, setMonthState] = useState(() => defaultInsertMonth(session.state.month));
  const monthTouched = useRef(false);
  const setMonth = (m: number) => {
    monthTouched.current = true;
    setMonthState(m);
  };
  // The reporting month may be known only after the tab opened: follow it until the user chooses.
  const reportingMonth = session.state.month;
  useEffect(() => {
    if (!monthTouched.current && reportingMonth !== undefined) setMonthState(defaultInsertMonth(reportingMonth));
  }, [reportingMonth]);
  const [choice, setChoice] = useState<TemplateChoice>('month');
  const [custom, setCustom] = useState<string>(TEMPLATES.month);
  const [flattenOk, setFlattenOk] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const justInserted = useRef(false);
  const templateId = useId();
  const template = templateFor(choice, custom);

  useEffect(() => {
    const id = setTimeout(() => void preview(month, template), 250);
    return () => clearTimeout(id);
  }, [month, template, preview]);

  // The sheet changed (the user typing, or this pane's own write): read the preview again.
  useEffect(() => {
    let id: ReturnType<typeof setTimeout> | undefined;
    const stop = session.onTargetChanged(() => {
      clearTimeout(id);
      id = setTimeout(() => void refresh(), REFRESH_DELAY_MS);
    });
    return () => {
      clearTimeout(id);
      stop();
    };
  }, [session, refresh]);

  // After a write, the focus goes to the message (the button it was on may be disabled now).
  useEffect(() => {
    if (justInserted.current && state.write && state.status !== 'writing') {
      justInserted.current = false;
      statusRef.current?.focus();
    }
  }, [state.write, state.status]);

  const plan = state.plan;
  const busy = state.status === 'loading' || state.status === 'writing';
  const needsConsent = state.flattened.length > 0 && !flattenOk;
  const ready = !!plan && !plan.templateError && state.status === 'preview' && !state.noHeader;
  const canInsert = ready && plan.changes.length > 0 && !needsConsent;
  const reason = state.noHeader
    ? t.noHeaderToInsert(state.sheet ?? '', config.headerSearchRows)
    : ready && plan.changes.length === 0
      ? t.nothingToAdd(plan.month)
      : ready && needsConsent
        ? t.consentNeeded
        : undefined;

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
      </div>
      <Field label={t.template}>
        <RadioGroup value={choice === 'custom' ? '' : choice} onChange={(_, d) => setChoice(d.value as TemplateChoice)} aria-label={t.template}>
          <Radio value="month" label={t.templateMonth(month)} data-testid="template-choice-month" disabled={choice === 'custom'} />
          <Radio value="plan" label={t.templateWithPlan(month)} data-testid="template-choice-plan" disabled={choice === 'custom'} />
        </RadioGroup>
      </Field>
      <Checkbox
        data-testid="template-advanced"
        checked={choice === 'custom'}
        onChange={(_, d) => {
          if (d.checked) {
            setCustom(template);
            setChoice('custom');
          } else setChoice('month');
        }}
        label={t.templateAdvanced}
      />
      {choice === 'custom' && (
        <Field label={t.templateCustom} hint={t.templateHint}>
          <Input id={templateId} data-testid="template-input" value={custom} onChange={(_, d) => setCustom(d.value)} />
        </Field>
      )}
      <Checkbox data-testid="include-hidden" checked={includeHidden} onChange={(_, d) => setIncludeHidden(!!d.checked)} label={t.includeHidden} />

      <div ref={statusRef} tabIndex={-1} className={s.status} role="status" aria-live="polite" data-testid="insert-status-region">
        {state.write && (
          <MessageBar intent={state.write.ok ? 'success' : 'warning'} data-testid="insert-status" layout="multiline">
            <MessageBarBody>{state.write.ok ? t.inserted(state.write.written) : refusalText(state.write, t)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {busy && <Spinner size="tiny" label={state.status === 'writing' ? t.inserting : t.loading} />}
      {state.status === 'error' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t.readFailed}: {state.error} {t.readFailedHelp}
          </MessageBarBody>
        </MessageBar>
      )}
      {plan?.templateError && (
        <MessageBar intent="warning" data-testid="template-error" layout="multiline">
          <MessageBarBody>{plan.templateError[lang]}</MessageBarBody>
        </MessageBar>
      )}

      {plan && !plan.templateError && state.status !== 'error' && (
        <>
          {!state.noHeader && (
            <h2 className={s.heading} data-testid="insert-summary">
              {t.willChange(plan.changes.length, plan.skipped.length)}
            </h2>
          )}
          {state.flattened.length > 0 && (
            <MessageBar intent="warning" data-testid="flatten-warning" layout="multiline">
              <MessageBarBody>
                {t.flattenWarning(state.flattened.join(', '))}
                <Checkbox checked={flattenOk} onChange={(_, d) => setFlattenOk(!!d.checked)} label={t.flattenConsent} />
              </MessageBarBody>
            </MessageBar>
          )}
          <div>
            <Button
              appearance="primary"
              data-testid="insert-button"
              disabled={!canInsert || busy}
              aria-describedby={reason ? `${templateId}-reason` : undefined}
              onClick={() => {
                justInserted.current = true;
                void insert();
              }}
            >
              {t.insert}
            </Button>
          </div>
          {reason && (
            <p className={s.reason} id={`${templateId}-reason`} data-testid="insert-reason">
              {reason}
            </p>
          )}
          {plan.changes.length > 0 && (
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
          )}
          {plan.skipped.length > 0 && (
            <ul className={s.list} aria-label={t.skippedLabel}>
              {plan.skipped.map((k) => (
                <li key={k.address} className={s.skipped} data-testid="insert-skipped" data-cell={k.address} data-reason={k.reason}>
                  No.{k.no ?? '—'} {k.initiative} ({k.address}): {k.message[lang]}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
