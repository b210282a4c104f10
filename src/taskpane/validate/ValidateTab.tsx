import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, ToggleButton, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { SEVERITIES } from '../../core/types';
import type { WriteResult } from '../../host/port';
import type { UiStrings } from '../i18n';
import { usePane } from '../shell/pane-context';
import { groupIssues } from './group-issues';
import { IssueList } from './IssueList';
import { MarksPanel } from './MarksPanel';
import { useMarks } from './use-marks';
import { Verdict } from './Verdict';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  badges: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  empty: { color: tokens.colorNeutralForeground2, padding: '8px 0' },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

function writeText(result: WriteResult, t: UiStrings, rows: number): string {
  if (result.ok) return t.reportWritten(result.sheet ?? t.reportSheetName, rows);
  const r = result.refusal;
  return r.reason === 'protected' ? t.refused.protected(r.sheet) : t.refused[r.reason](r.addresses.join(', '));
}

/**
 * 「点検」: the verdict first (also after writes, and marked out of date once the sheet changes),
 * then the actions and what they did, the coloured cells, the severity filter and the issues by
 * initiative.
 */
export default function ValidateTab() {
  const s = useStyles();
  const { strings: t, validation, port } = usePane();
  const { state, run, select, writeReport, toggle } = validation;
  const marks = useMarks(port);
  const report = state.report;
  const groups = useMemo(() => (report ? groupIssues(report.issues, state.shown) : []), [report, state.shown]);
  const hidden = report ? report.issues.filter((i) => !state.shown.has(i.severity)).length : 0;
  const loading = state.status === 'loading';
  const sheet = state.sheetId && state.sheetName ? { id: state.sheetId, name: state.sheetName } : undefined;

  return (
    <div className={s.root}>
      <Verdict state={state} strings={t} onRecheck={() => void run()} />

      <div className={s.actions}>
        <Button appearance={report ? 'secondary' : 'primary'} data-testid="validate-button" disabled={loading} onClick={() => void run()}>
          {report ? t.revalidate : t.validate}
        </Button>
        {report && (
          <Button data-testid="report-button" disabled={state.writing || loading} onClick={() => void writeReport()}>
            {state.writing ? t.writingReport : t.writeReport}
          </Button>
        )}
      </div>

      {loading && !report && <Spinner size="small" label={t.loading} />}

      {state.status === 'error' && (
        <MessageBar intent="error" data-testid="error" layout="multiline">
          <MessageBarBody>
            <strong>{t.readFailed}</strong>: {state.error} {t.readFailedHelp}{' '}
            <Button size="small" onClick={() => void run()}>
              {t.retry}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}

      {state.write && (
        <MessageBar intent={state.write.ok ? 'info' : 'warning'} data-testid="report-status" layout="multiline">
          <MessageBarBody>{writeText(state.write, t, report?.issues.length ?? 0)}</MessageBarBody>
        </MessageBar>
      )}
      {state.writeError && (
        <MessageBar intent="error" data-testid="report-status" layout="multiline">
          <MessageBarBody>{state.writeError}</MessageBarBody>
        </MessageBar>
      )}
      {state.selectFailed && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.selectFailed}</MessageBarBody>
        </MessageBar>
      )}

      {report && (
        <>
          {port.capabilities.marks && (report.issues.length > 0 || marks.state.list.length > 0) && (
            <MarksPanel marks={marks} strings={t} sheet={sheet} issues={report.issues} />
          )}
          <h2 className={s.heading}>{t.issuesHeading}</h2>
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
          {report.skippedRows && report.skippedRows.length > 0 && <div className={s.note}>{t.skippedRows(report.skippedRows.length)}</div>}
        </>
      )}
    </div>
  );
}
