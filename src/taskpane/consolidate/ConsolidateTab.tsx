import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  tokens,
} from '@fluentui/react-components';
import { DragEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FileSummary } from '../../core/consolidate';
import type { UiStrings } from '../i18n';
import { usePane } from '../shell/pane-context';
import { FileEntry, finished, WriteOutcome } from './consolidation-state';
import { demoFiles, fromFile } from './file-source';
import { useConsolidation } from './use-consolidation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  intro: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  drop: {
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
    padding: '10px',
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: '4px 0 0' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  item: { fontSize: tokens.fontSizeBase200, borderLeft: `3px solid ${tokens.colorNeutralStroke1}`, paddingLeft: '6px' },
  itemOk: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  itemFix: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  itemBad: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  name: { fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground2 },
  status: { outline: 'none' },
  hidden: { display: 'none' },
  sheets: { margin: '6px 0 0', paddingLeft: '20px' },
});

/** What a write did, in the pane's words. */
function outcomeText(w: WriteOutcome, t: UiStrings, initiatives: number): { intent: 'success' | 'warning' | 'error' | 'info'; lines: string[] } {
  if (w.ok) {
    const lines = [t.consolidationWritten(t.sheetList(w.sheets.map((s) => s.name)), initiatives)];
    for (const s of w.sheets) if (s.nameTaken) lines.push(t.consolidationNameTaken(s.nameTaken, s.name));
    const summary = w.sheets.find((s) => s.key === 'summary');
    if (w.chart && summary) lines.push(t.consolidationChart(summary.name));
    if (w.printSetup) lines.push(t.consolidationPrint);
    return { intent: 'success', lines };
  }
  if ('declined' in w) return { intent: 'info', lines: [t.consolidationDeclined] };
  if ('error' in w) return { intent: 'error', lines: [t.consolidationFailed(w.error)] };
  const r = w.refusal;
  if (r.reason === 'protected') return { intent: 'warning', lines: [t.consolidationProtected(r.sheet)] };
  if (r.reason === 'workbook-protected') return { intent: 'warning', lines: [t.workbookProtected] };
  return { intent: 'info', lines: [t.consolidationDeclined] };
}

function FileItem({ file, summary, t, lang }: { file: FileEntry; summary?: FileSummary; t: UiStrings; lang: 'ja' | 'en' }) {
  const s = useStyles();
  // Known as soon as the file is read (the consolidation adds notes only, never errors).
  const verdict = summary?.verdict ?? (file.status === 'unreadable' ? 'unreadable' : file.counts ? (file.counts.error > 0 ? 'needs-fix' : 'ready') : undefined);
  const counts = summary ?? file.counts;
  const tone = verdict === 'ready' ? s.itemOk : verdict === 'needs-fix' ? s.itemFix : verdict === 'unreadable' || file.status === 'skipped' ? s.itemBad : '';
  const details: string[] = [];
  if (summary && summary.department !== file.name) details.push(summary.department);
  if (file.sheet) details.push(t.fileSheet(file.sheet));
  if (counts && file.initiatives !== undefined) details.push(t.fileCounts(file.initiatives, counts.error, counts.warning, counts.info));
  return (
    <li className={`${s.item} ${tone}`} data-testid="consolidate-file" data-file={file.name} data-status={file.status} data-verdict={verdict}>
      <span className={s.name}>{file.name}</span>: {verdict ? t.fileVerdict[verdict] : t.fileStatus[file.status]}
      {details.length > 0 && <div className={s.detail}>{details.join(lang === 'ja' ? '・' : ', ')}</div>}
      {file.reason && <div className={s.detail}>{file.reason[lang]}</div>}
    </li>
  );
}

/**
 * 「集約」: choose the departments' .xlsx files (a file input, or dropped on the tab; in the demo,
 * the bundled sample files), see each read in turn (progress, its initiatives and issues, or why
 * it cannot be read), stop and go on, then write 全庁集約, 集計 (with its chart) and 点検結果 into the
 * open workbook, after asking when sheets written earlier would be replaced.
 */
export default function ConsolidateTab() {
  const s = useStyles();
  const { port, strings: t, lang, config, session, demo } = usePane();
  const hook = useConsolidation({ port, lang, config, month: session.state.month, chartTitle: t.chartTitle });
  const { state } = hook;
  const input = useRef<HTMLInputElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const justWrote = useRef(false);
  const [dragging, setDragging] = useState(false);
  const ids = useId();

  const reading = state.phase === 'reading' || state.phase === 'stopping';
  const busy = reading || state.phase === 'writing';
  const total = state.files.filter((f) => f.status !== 'cancelled').length;
  const done = finished(state.files);
  const current = state.files.find((f) => f.status === 'reading');
  const left = state.files.filter((f) => f.status === 'cancelled').length;
  const result = state.result;

  // Each file's line of 集計, matched in the order the files were consolidated.
  const summaries = useMemo(() => {
    const map = new Map<string, FileSummary>();
    if (!result) return map;
    const used = state.files.filter((f) => f.status === 'read' || f.status === 'unreadable');
    used.forEach((f, i) => {
      const line = result.files[i];
      if (line && line.file === f.name) map.set(f.id, line);
    });
    return map;
  }, [result, state.files]);

  useEffect(() => {
    if (justWrote.current && state.write && state.phase === 'done') {
      justWrote.current = false;
      statusRef.current?.focus();
    }
  }, [state.write, state.phase]);

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    if (busy) return;
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length) hook.add(files.map(fromFile));
  };

  const counts = result && {
    ready: result.files.filter((f) => f.verdict === 'ready').length,
    fix: result.files.filter((f) => f.verdict === 'needs-fix').length,
    unreadable: result.files.filter((f) => f.verdict === 'unreadable').length,
  };
  const outcome = state.write && outcomeText(state.write, t, result?.all.rows.length ?? 0);

  return (
    <div className={s.root}>
      <p className={s.intro}>{t.consolidateIntro}</p>
      <div
        className={`${s.drop} ${dragging ? s.dropActive : ''}`}
        role="group"
        aria-label={t.dropZoneLabel}
        data-testid="consolidate-drop"
        onDragOver={(e) => {
          e.preventDefault();
          if (!busy) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <input
          ref={input}
          className={s.hidden}
          type="file"
          multiple
          accept=".xlsx"
          aria-label={t.filesInputLabel}
          data-testid="consolidate-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length) hook.add(files.map(fromFile));
          }}
        />
        <div className={s.row}>
          <Button appearance="primary" data-testid="consolidate-choose" disabled={busy} onClick={() => input.current?.click()} aria-describedby={`${ids}-drop`}>
            {t.chooseFiles}
          </Button>
          {demo && (
            <Button data-testid="consolidate-demo" disabled={busy} onClick={() => hook.add(demoFiles(location.href))} aria-describedby={`${ids}-demo`}>
              {t.tryDemoFiles}
            </Button>
          )}
        </div>
        <p className={s.hint} id={`${ids}-drop`}>
          {t.dropHint}
        </p>
        {demo && (
          <p className={s.hint} id={`${ids}-demo`}>
            {t.demoFilesHint}
          </p>
        )}
      </div>

      {state.files.length > 0 && (
        <>
          <Field label={t.readingProgressLabel} hint={t.readingProgress(done, total)}>
            <ProgressBar value={total ? done / total : 0} max={1} data-testid="consolidate-progress" />
          </Field>
          <div role="status" aria-live="polite" className={s.hint} data-testid="consolidate-reading">
            {state.phase === 'stopping' ? t.stopping : current ? t.readingFile(current.name) : ''}
          </div>
          <div className={s.row}>
            {reading && (
              <Button data-testid="consolidate-cancel" disabled={state.phase === 'stopping'} onClick={hook.cancel}>
                {t.cancelReading}
              </Button>
            )}
            {!busy && left > 0 && (
              <Button data-testid="consolidate-resume" onClick={hook.resume}>
                {t.resumeReading(left)}
              </Button>
            )}
            {!busy && (
              <Button appearance="subtle" data-testid="consolidate-clear" onClick={hook.clear}>
                {t.clearFiles}
              </Button>
            )}
          </div>
          {state.duplicates && (
            <MessageBar intent="info" layout="multiline" data-testid="consolidate-duplicates">
              <MessageBarBody>{t.duplicatesSkipped(state.duplicates.join(', '))}</MessageBarBody>
            </MessageBar>
          )}
          <h2 className={s.heading}>{t.filesHeading(state.files.length)}</h2>
          <ul className={s.list} aria-label={t.filesHeading(state.files.length)}>
            {state.files.map((f) => (
              <FileItem key={f.id} file={f} summary={summaries.get(f.id)} t={t} lang={lang} />
            ))}
          </ul>
        </>
      )}

      {!reading && state.phase !== 'idle' && state.files.length > 0 && (
        <div className={s.root}>
          {result && counts ? (
            <>
              <p className={s.hint} data-testid="consolidate-summary">
                {t.consolidated(result.files.length, result.all.rows.length)} {t.verdictCounts(counts.ready, counts.fix, counts.unreadable)}
              </p>
              <div>
                <Button
                  appearance="primary"
                  data-testid="consolidate-write"
                  disabled={busy}
                  aria-describedby={`${ids}-write`}
                  onClick={() => {
                    justWrote.current = true;
                    void hook.write();
                  }}
                >
                  {state.phase === 'writing' ? t.writingConsolidation : t.writeConsolidation}
                </Button>
              </div>
              <p className={s.hint} id={`${ids}-write`}>
                {t.writeConsolidationHint(t.sheetList([result.all.name, result.summary.name, result.issues.name]), result.summary.name)}
              </p>
            </>
          ) : (
            state.files.every((f) => f.status !== 'waiting' && f.status !== 'reading') && <p className={s.hint}>{t.nothingConsolidated}</p>
          )}
        </div>
      )}

      <div ref={statusRef} tabIndex={-1} className={s.status} role="status" aria-live="polite" data-testid="consolidate-status-region">
        {outcome && (
          <MessageBar intent={outcome.intent} layout="multiline" data-testid="consolidate-status">
            <MessageBarBody>
              {outcome.lines.map((line) => (
                <div key={line}>{line}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>

      <Dialog
        open={state.phase === 'confirm'}
        modalType="alert"
        onOpenChange={(_, d) => {
          if (!d.open) hook.decline();
        }}
      >
        <DialogSurface data-testid="consolidate-confirm">
          <DialogBody>
            <DialogTitle>{t.confirmTitle}</DialogTitle>
            <DialogContent>
              {t.confirmBody}
              <ul className={s.sheets}>
                {(state.confirm ?? []).map((x) => (
                  <li key={x.id} data-testid="consolidate-confirm-sheet">
                    {x.name}
                  </li>
                ))}
              </ul>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                data-testid="consolidate-confirm-replace"
                onClick={() => {
                  justWrote.current = true;
                  void hook.confirm();
                }}
              >
                {t.confirmReplace}
              </Button>
              <Button
                data-testid="consolidate-confirm-cancel"
                onClick={() => {
                  justWrote.current = true;
                  hook.decline();
                }}
              >
                {t.confirmCancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
