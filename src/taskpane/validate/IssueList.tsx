import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Issue, Severity } from '../../core/types';
import type { UiStrings } from '../i18n';
import type { IssueGroup } from './group-issues';
import { messageText } from './report-document';

const SEVERITY_COLOR: Record<Severity, string> = {
  error: tokens.colorPaletteRedForeground1,
  warning: tokens.colorPaletteDarkOrangeForeground2,
  info: tokens.colorNeutralForeground2,
};
const SEVERITY_MARK: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

const useStyles = makeStyles({
  group: { marginBottom: '12px' },
  heading: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, margin: '0 0 4px' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  entry: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: '6px',
    width: '100%',
    padding: '6px 8px',
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    textAlign: 'start',
  },
  button: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  severity: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  message: { whiteSpace: 'pre-wrap', fontSize: tokens.fontSizeBase200 },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  hint: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});

export interface IssueListProps {
  groups: IssueGroup[];
  strings: UiStrings;
  onSelect(issue: Issue): void;
}

/**
 * Issues grouped by initiative. An issue about a cell is a button (its text is its name: what is
 * seen is what is read out) that selects the cell; an issue about the whole sheet is plain text,
 * since there is no cell to go to.
 */
export function IssueList({ groups, strings, onSelect }: IssueListProps) {
  const s = useStyles();
  const hintId = useId();
  return (
    <div data-testid="issue-list">
      <span id={hintId} className={s.hint}>
        {strings.issueHint}
      </span>
      {groups.map((g) => {
        const title = g.key === 'sheet' ? strings.sheetLevel : `No.${g.no ?? '—'} ${g.initiative ?? ''}`;
        return (
          <section key={g.key} className={s.group}>
            <h3 className={s.heading}>{title}</h3>
            <ul className={s.list}>
              {g.issues.map((issue, n) => {
                const sev = strings.severity[issue.severity];
                const body = (
                  <>
                    <span className={s.severity} style={{ color: SEVERITY_COLOR[issue.severity] }}>
                      {SEVERITY_MARK[issue.severity]} {sev}
                    </span>
                    <span className={s.message}>
                      {issue.cell && <span className={s.cell}>{issue.cell} </span>}
                      {messageText(issue)}
                      {issue.hidden && ` ${strings.hiddenRow}`}
                    </span>
                  </>
                );
                const data = { 'data-testid': 'issue', 'data-cell': issue.cell ?? '', 'data-code': issue.code };
                return (
                  <li key={`${issue.code}-${issue.cell ?? ''}-${n}`}>
                    {issue.cell ? (
                      <button type="button" className={`${s.entry} ${s.button}`} aria-describedby={hintId} onClick={() => onSelect(issue)} {...data}>
                        {body}
                      </button>
                    ) : (
                      <div className={s.entry} {...data}>
                        {body}
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
