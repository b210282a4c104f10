/** Every string the task pane shows, in Japanese and English (the same keys: tested). */
export type Lang = 'ja' | 'en';

const ja = {
  appTitle: 'プロセスシート点検',
  sheet: 'シート',
  reportingMonth: '報告月',
  monthOption: (m: number) => `${m}月`,
  inferredMonth: '（シートから推定）',
  tabValidate: '検証',
  validate: '検証する',
  revalidate: 'もう一度検証する',
  loading: '読み込み中…',
  ready: '提出できます',
  needsFix: (n: number) => `要修正: エラー ${n} 件`,
  readyDetail: 'エラーはありません。警告と情報も確認してください。',
  needsFixDetail: 'エラーを直してから提出してください。項目を選ぶとセルに移動します。',
  severity: { error: 'エラー', warning: '警告', info: '情報' },
  filterLabel: '表示する重要度',
  sheetLevel: 'シート全体',
  noIssues: '問題は見つかりませんでした',
  noIssuesShown: '選んだ重要度の項目はありません',
  hiddenIssues: (n: number) => `ほかに ${n} 件（非表示の重要度）`,
  issueAria: (sev: string, cell: string, msg: string) => `${sev} ${cell}: ${msg}。Enter でセルに移動`,
  readFailed: 'シートを読み込めませんでした',
  readFailedHelp: 'セルの編集中でないか確認し、もう一度お試しください。',
  retry: '再試行',
  writeReport: '結果をシートに出力',
  writingReport: '出力中…',
  reportWritten: (sheet: string, n: number) => `シート「${sheet}」に ${n} 件を出力しました`,
  refused: {
    protected: (s: string) => `シート「${s}」が保護されているため、書き込みませんでした。保護を解除してからお試しください。`,
    changed: (a: string) => `プレビュー後にセルが変更されたため、書き込みませんでした（${a}）。もう一度お試しください。`,
    formula: (a: string) => `数式のセルには書き込みません（${a}）。`,
    'too-long': (a: string) => `セルの文字数が 32,767 字を超えるため、書き込みませんでした（${a}）。`,
    'not-additive': (a: string) => `既存の文字を変える書き込みは行いません（${a}）。`,
  },
  selectFailed: 'セルを選択できませんでした',
  demoBanner: 'デモモード: サンプルのブックで動いています（Excel の外）',
  sheetTabs: 'シート',
  tabInsert: '月の行を追加',
  insertMonth: '追加する月',
  template: 'テンプレート',
  templateHint: '{month} は月、{plan} はその月の年度計画',
  willChange: (n: number, k: number) => `${n} 件のセルに行を追加します（対象外 ${k} 件）`,
  planHint: '年度計画',
  changesLabel: '追加するセル',
  skippedLabel: '追加しないセル',
  flattenWarning: (cells: string) => `この Excel では、次のセルの文字の書式（色・太字など）が追加時に失われます: ${cells}`,
  flattenConsent: '書式が失われることを了承して追加する',
  insert: '挿入',
  inserting: '書き込み中…',
  inserted: (n: number) => `${n} 件のセルに行を追加しました。記入後に「検証」で確認できます（未記入の行は month-empty として表示されます）。`,
};

type Strings = typeof ja;

const en: Strings = {
  appTitle: 'Process Sheet Check',
  sheet: 'Sheet',
  reportingMonth: 'Reporting month',
  monthOption: (m: number) => ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1],
  inferredMonth: '(inferred from the sheet)',
  tabValidate: 'Validate',
  validate: 'Validate',
  revalidate: 'Validate again',
  loading: 'Loading…',
  ready: 'Ready to submit',
  needsFix: (n: number) => `Needs fixing: ${n} error${n === 1 ? '' : 's'}`,
  readyDetail: 'No errors. Look at the warnings and notes too.',
  needsFixDetail: 'Fix the errors before submitting. Choose an item to go to its cell.',
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  filterLabel: 'Severities shown',
  sheetLevel: 'Whole sheet',
  noIssues: 'No problems found',
  noIssuesShown: 'Nothing of the chosen severities',
  hiddenIssues: (n: number) => `${n} more (hidden severities)`,
  issueAria: (sev: string, cell: string, msg: string) => `${sev} ${cell}: ${msg}. Press Enter to go to the cell`,
  readFailed: 'Could not read the sheet',
  readFailedHelp: 'Make sure no cell is being edited, then try again.',
  retry: 'Retry',
  writeReport: 'Write results to a sheet',
  writingReport: 'Writing…',
  reportWritten: (sheet: string, n: number) => `Wrote ${n} row${n === 1 ? '' : 's'} to sheet "${sheet}"`,
  refused: {
    protected: (s: string) => `Sheet "${s}" is protected: nothing was written. Unprotect it and try again.`,
    changed: (a: string) => `Cells changed since the preview: nothing was written (${a}). Try again.`,
    formula: (a: string) => `Formula cells are never written (${a}).`,
    'too-long': (a: string) => `A cell would exceed 32,767 characters: nothing was written (${a}).`,
    'not-additive': (a: string) => `A write that changes existing text is refused (${a}).`,
  },
  selectFailed: 'Could not select the cell',
  demoBanner: 'Demo mode: running on a sample workbook (outside Excel)',
  sheetTabs: 'Sheets',
  tabInsert: 'Add month lines',
  insertMonth: 'Month to add',
  template: 'Template',
  templateHint: '{month} is the month, {plan} the plan for it',
  willChange: (n: number, k: number) => `${n} cell(s) get a new line (${k} left alone)`,
  planHint: 'Plan',
  changesLabel: 'Cells to change',
  skippedLabel: 'Cells left alone',
  flattenWarning: (cells: string) => `This Excel loses the in-cell formatting (colours, bold…) of these cells when a line is added: ${cells}`,
  flattenConsent: 'Add the lines and lose that formatting',
  insert: 'Insert',
  inserting: 'Writing…',
  inserted: (n: number) => `Added a line to ${n} cell(s). Validate after filling them in (unfilled lines show as month-empty).`,
};

export type UiStrings = Strings;

export const STRINGS: Record<Lang, UiStrings> = { ja, en };

/** Japanese for a Japanese display language, English otherwise; `?lang=` wins (demo and tests). */
export function pickLang(displayLanguage: string | undefined, search = ''): Lang {
  const forced = /[?&]lang=(ja|en)\b/.exec(search)?.[1];
  if (forced === 'ja' || forced === 'en') return forced;
  return (displayLanguage ?? '').toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
