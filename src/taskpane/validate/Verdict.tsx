import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import type { UiStrings } from '../i18n';
import type { ValidationState } from './use-validation';

const useStyles = makeStyles({
  verdict: { padding: '10px 12px', borderRadius: tokens.borderRadiusMedium, display: 'flex', flexDirection: 'column', gap: '4px' },
  ok: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorPaletteGreenForeground1 },
  bad: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1 },
  stale: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground1 },
  headline: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  detail: { margin: 0, fontSize: tokens.fontSizeBase200 },
  meta: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  staleLine: { display: 'flex', alignItems: 'center', gap: '8px', flexWrap: 'wrap', fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
});

/**
 * The verdict, first thing in the tab: ready to submit or how many errors; for which sheet and
 * as of when; and, once the sheet changed, that the result is out of date with a one-click 再点検.
 */
export function Verdict({ state, strings: t, onRecheck }: { state: ValidationState; strings: UiStrings; onRecheck(): void }) {
  const s = useStyles();
  const report = state.report;
  if (!report) return null;
  const updating = state.status === 'loading';
  const stale = state.stale !== undefined;
  const tone = stale ? s.stale : report.valid ? s.ok : s.bad;
  return (
    <div
      role="status"
      data-testid="verdict"
      data-stale={stale ? 'true' : 'false'}
      data-updating={updating ? 'true' : 'false'}
      data-checked-at={state.checkedAt?.toISOString()}
      className={`${s.verdict} ${tone}`}
    >
      <p className={s.headline}>{report.valid ? `✓ ${t.ready}` : `✖ ${t.needsFix(report.summary.error)}`}</p>
      <p className={s.detail}>{report.valid ? t.readyDetail : t.needsFixDetail}</p>
      {state.sheetName && state.checkedAt && <p className={s.meta}>{t.checkedSheet(state.sheetName, t.time(state.checkedAt))}</p>}
      {stale && (
        <div className={s.staleLine} data-testid="stale">
          <span>{state.stale === 'inserted' ? t.staleInserted : t.staleEdited}</span>
          {!updating && (
            <Button size="small" appearance="primary" data-testid="recheck-button" onClick={onRecheck}>
              {t.recheck}
            </Button>
          )}
        </div>
      )}
      {updating && <Spinner size="extra-tiny" label={t.updating} labelPosition="after" />}
    </div>
  );
}
