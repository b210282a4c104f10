import { makeStyles, tokens } from '@fluentui/react-components';
import type { KeyboardEvent } from 'react';
import type { Issue, Severity } from '../../core/types';
import type { UiStrings } from '../i18n';
import type { IssueGroup } from './group-issues';

const SEVERITY_COLOR: Record<Severity, string> = {
  error: tokens.colorPaletteRedForeground1,
  warning: tokens.colorPaletteDarkOrangeForeground1,
  info: tokens.colorNeutralForeground3,
};
const SEVERITY_MARK: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

const useStyles = makeStyles({
  group: { marginBottom: '12px' },
  heading: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, margin: '0 0 4px' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: '6px',
    padding: '6px 8px',
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  severity: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  message: { whiteSpace: 'pre-wrap', fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
});

export interface IssueListProps {
  groups: IssueGroup[];
  strings: UiStrings;
  onSelect(issue: Issue): void;
}

/** Issues grouped by initiative; each item is a keyboard-focusable button that selects its cell. */
export function IssueList({ groups, strings, onSelect }: IssueListProps) {
  const s = useStyles();
  const onKey = (issue: Issue) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(issue);
    }
  };
  return (
    <div data-testid="issue-list">
      {groups.map((g) => (
        <section key={g.key} className={s.group} aria-label={g.key === 'sheet' ? strings.sheetLevel : `No.${g.no ?? ''} ${g.initiative ?? ''}`}>
          <h3 className={s.heading}>{g.key === 'sheet' ? strings.sheetLevel : `No.${g.no ?? '—'} ${g.initiative ?? ''}`}</h3>
          <ul className={s.list}>
            {g.issues.map((issue, n) => {
              const sev = strings.severity[issue.severity];
              const text = issue.cell && issue.message.startsWith(`${issue.cell}: `) ? issue.message.slice(issue.cell.length + 2) : issue.message;
              return (
                <li
                  key={`${issue.code}-${issue.cell ?? ''}-${n}`}
                  role="button"
                  tabIndex={0}
                  className={s.item}
                  data-testid="issue"
                  data-cell={issue.cell ?? ''}
                  data-code={issue.code}
                  aria-label={strings.issueAria(sev, issue.cell ?? '', text)}
                  onClick={() => onSelect(issue)}
                  onKeyDown={onKey(issue)}
                >
                  <span className={s.severity} style={{ color: SEVERITY_COLOR[issue.severity] }}>
                    {SEVERITY_MARK[issue.severity]} {sev}
                  </span>
                  <span className={s.message}>
                    {issue.cell && <span className={s.cell}>{issue.cell} </span>}
                    {text}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
