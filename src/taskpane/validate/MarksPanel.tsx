import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import type { Issue } from '../../core/types';
import type { UiStrings } from '../i18n';
import type { MarksNote, useMarks } from './use-marks';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '6px', borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: '8px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  help: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  cells: { margin: 0, fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyMonospace },
});

function noteText(note: MarksNote, t: UiStrings): string {
  switch (note.kind) {
    case 'marked':
      return [t.marked(note.count), note.skipped.length ? t.markSkipped(note.skipped.join(', ')) : ''].filter(Boolean).join(' ');
    case 'unmarked':
      return [t.unmarked(note.count), note.kept.length ? t.unmarkKept(note.kept.join(', ')) : ''].filter(Boolean).join(' ');
    case 'nothing':
      return t.noMarks;
    case 'refused':
      return note.refusal.reason === 'protected' ? t.refused.protected(note.refusal.sheet) : t.refused[note.refusal.reason](note.refusal.addresses.join(', '));
    case 'failed':
      return `${t.readFailed}: ${note.error}`;
  }
}

/** Colour the problem cells of the result shown, list the coloured cells, remove the colours in one click. */
export function MarksPanel({
  marks,
  strings: t,
  sheet,
  issues,
}: {
  marks: ReturnType<typeof useMarks>;
  strings: UiStrings;
  sheet: { id: string; name: string } | undefined;
  issues: readonly Issue[];
}) {
  const s = useStyles();
  const { state } = marks;
  return (
    <section className={s.root} aria-labelledby="psc-marks-heading">
      <h2 className={s.heading} id="psc-marks-heading">
        {t.marksHeading}
      </h2>
      <p className={s.help}>{t.marksHelp}</p>
      <div className={s.actions}>
        <Button data-testid="mark-button" disabled={state.busy || !sheet} onClick={() => sheet && void marks.mark(sheet.id, sheet.name, issues)}>
          {state.busy ? t.markingCells : t.markCells}
        </Button>
        {state.list.length > 0 && (
          <Button data-testid="unmark-button" disabled={state.busy} onClick={() => void marks.unmarkAll()}>
            {t.unmark}
          </Button>
        )}
      </div>
      {state.note && (
        <MessageBar intent={state.note.kind === 'refused' || state.note.kind === 'failed' ? 'warning' : 'info'} data-testid="marks-status" layout="multiline">
          <MessageBarBody>{noteText(state.note, t)}</MessageBarBody>
        </MessageBar>
      )}
      {state.list.map((g) => (
        <div key={g.sheetId} data-testid="marked-cells">
          <p className={s.help}>{t.markedList(g.sheetName, g.cells.length)}</p>
          <p className={s.cells}>{g.cells.map((c) => c.address).join(', ')}</p>
        </div>
      ))}
    </section>
  );
}
