import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, ToggleButton, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { SEVERITIES } from '../../core/types';
import type { UiStrings } from '../i18n';
import { groupIssues } from './group-issues';
import { IssueList } from './IssueList';
import type { useValidation } from './use-validation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  verdict: { padding: '10px 12px', borderRadius: tokens.borderRadiusMedium, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  ok: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorPaletteGreenForeground1 },
  bad: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1 },
  detail: { display: 'block', fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase200, marginTop: '2px' },
  badges: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
  empty: { color: tokens.colorNeutralForeground3, padding: '8px 0' },
});

type Validation = ReturnType<typeof useValidation>;

export interface ValidateTabProps {
  validation: Validation;
  strings: UiStrings;
}

/** 「検証」: the verdict first, then the severity filter, the issues by initiative, and the report sheet. */
export function ValidateTab({ validation, strings: t }: ValidateTabProps) {
  const s = useStyles();
  const { state, run, select, writeReport, toggle } = validation;
  const report = state.report;
  const groups = useMemo(() => (report ? groupIssues(report.issues, state.shown) : []), [report, state.shown]);
  const hidden = report ? report.issues.filter((i) => !state.shown.has(i.severity)).length : 0;

  return (
    <div className={s.root}>
      <div className={s.actions}>
        <Button appearance="primary" data-testid="validate-button" disabled={state.status === 'loading'} onClick={() => void run()}>
          {report ? t.revalidate : t.validate}
        </Button>
        {report && (
          <Button data-testid="report-button" disabled={state.writing} onClick={() => void writeReport()}>
            {state.writing ? t.writingReport : t.writeReport}
          </Button>
        )}
      </div>

      {state.status === 'loading' && <Spinner size="small" label={t.loading} />}

      {state.status === 'error' && (
        <MessageBar intent="error" data-testid="error">
          <MessageBarBody>
            <strong>{t.readFailed}</strong>: {state.error} {t.readFailedHelp}{' '}
            <Button size="small" onClick={() => void run()}>
              {t.retry}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}

      {state.write && (
        <MessageBar intent={state.write.ok ? 'success' : 'warning'} data-testid="report-status">
          <MessageBarBody>{writeText(state.write, t, report?.issues.length ?? 0)}</MessageBarBody>
        </MessageBar>
      )}

      {report && state.status === 'done' && (
        <>
          <div role="status" data-testid="verdict" className={`${s.verdict} ${report.valid ? s.ok : s.bad}`}>
            {report.valid ? `✓ ${t.ready}` : `✖ ${t.needsFix(report.summary.error)}`}
            <span className={s.detail}>{report.valid ? t.readyDetail : t.needsFixDetail}</span>
          </div>
          <div className={s.badges} role="group" aria-label={t.filterLabel}>
            {SEVERITIES.map((sev) => (
              <ToggleButton key={sev} size="small" checked={state.shown.has(sev)} data-testid={`badge-${sev}`} onClick={() => toggle(sev)}>
                {t.severity[sev]} {report.summary[sev]}
              </ToggleButton>
            ))}
          </div>
          {report.issues.length === 0 ? (
            <div className={s.empty} data-testid="empty">
              {t.noIssues}
            </div>
          ) : groups.length === 0 ? (
            <div className={s.empty}>{t.noIssuesShown}</div>
          ) : (
            <IssueList groups={groups} strings={t} onSelect={(i) => void select(i.cell)} />
          )}
          {hidden > 0 && groups.length > 0 && <div className={s.empty}>{t.hiddenIssues(hidden)}</div>}
        </>
      )}
    </div>
  );
}



function writeText(result: NonNullable<ReturnType<typeof useValidation>['state']['write']>, t: UiStrings, rows: number): string {
  if (result.ok) return t.reportWritten(result.sheet ?? '検証結果', rows);
  const r = result.refusal;
  return r.reason === 'protected' ? t.refused.protected(r.sheet) : t.refused[r.reason](r.addresses.join(', '));
}
