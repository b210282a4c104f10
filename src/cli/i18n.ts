import { Lang, MonthSource, ScaleReport, Severity, SeverityCounts, SkippedRow } from '../core/types';

/** The CLI's own strings (rule messages come from the core), Japanese first. */
export interface CliStrings {
  severity: Record<Severity, string>;
  /** Header line of one file's section. */
  fileHeading(file: string, sheet: string | undefined, month: number | undefined, source: MonthSource | undefined): string;
  unreadableHeading(file: string): string;
  sheetLevel: string;
  rowHeading(no: number | string | undefined, row: number | undefined, initiative: string | undefined): string;
  noIssues: string;
  counts(c: SeverityCounts): string;
  total(files: number, c: SeverityCounts): string;
  pass: string;
  fail(errors: number): string;
  unreadableFiles(n: number): string;
  usageHint: string;
  unknownCommand(cmd: string): string;
  unknownOption(opt: string): string;
  missingValue(opt: string): string;
  noValueAllowed(opt: string): string;
  badMonth(value: string): string;
  badFormat(value: string): string;
  badLang(value: string): string;
  noFiles: string;
  configUnreadable(file: string): string;
  configNotJson(file: string, detail: string): string;
  configInvalid(file: string, detail: string): string;
  internalError(detail: string): string;
  scaleLine(symbols: string[], source: ScaleReport['source']): string;
  skippedLine(kinds: Record<SkippedRow['kind'], number>): string;
  otherSheetsLine(names: string[]): string;
  sectionHeading(title: string): string;
  hiddenMark: string;
}

const MONTH_SOURCE_JA: Record<MonthSource, string> = {
  option: '--month で指定',
  inferred: '記入内容から推定',
  default: '推定できないため年度末とみなしました',
};

const MONTH_SOURCE_EN: Record<MonthSource, string> = {
  option: 'given with --month',
  inferred: 'inferred from the entries',
  default: 'could not be inferred; the year end is assumed',
};

const JA: CliStrings = {
  severity: { error: 'エラー', warning: '警告', info: '情報' },
  fileHeading(file, sheet, month, source) {
    const parts = [file];
    if (sheet !== undefined) parts.push(`シート「${sheet}」`);
    if (month !== undefined) parts.push(`報告月 ${month}月（${MONTH_SOURCE_JA[source ?? 'default']}）`);
    return parts.join(' ・ ');
  },
  unreadableHeading: (file) => `${file} ・ 読み込めませんでした`,
  sheetLevel: 'シート全体',
  rowHeading(no, row, initiative) {
    const head = no !== undefined ? `No.${no}` : `${row}行目`;
    return initiative ? `${head} ${initiative}` : head;
  },
  noIssues: '指摘事項はありません',
  counts: (c) => `エラー ${c.error}件・警告 ${c.warning}件・情報 ${c.info}件`,
  total: (files, c) => `合計 ${files}ファイル: エラー ${c.error}件・警告 ${c.warning}件・情報 ${c.info}件`,
  pass: '提出できます',
  fail: (errors) => `要修正: エラー ${errors} 件`,
  unreadableFiles: (n) => `（読み込めないファイル ${n} 件）`,
  usageHint: '使い方は psheet --help で表示できます。',
  unknownCommand: (cmd) => `不明なコマンドです: ${cmd}`,
  unknownOption: (opt) => `不明なオプションです: ${opt}`,
  missingValue: (opt) => `オプション ${opt} に値を指定してください`,
  noValueAllowed: (opt) => `オプション ${opt} は値をとりません`,
  badMonth: (v) => `--month には 1〜12 の月を指定してください（指定値: ${v}）`,
  badFormat: (v) => `--format には text または json を指定してください（指定値: ${v}）`,
  badLang: (v) => `--lang には ja または en を指定してください（指定値: ${v}）`,
  noFiles: '点検する .xlsx ファイルを指定してください',
  configUnreadable: (file) => `設定ファイル「${file}」を読めません`,
  configNotJson: (file, detail) => `設定ファイル「${file}」は正しい JSON ではありません（${detail}）`,
  configInvalid: (file, detail) => `設定ファイル「${file}」: ${detail}`,
  internalError: (detail) => `内部エラーが発生しました: ${detail}`,
  scaleLine: (symbols, source) =>
    `進捗度の記号: ${symbols.join(' ')}（${source === 'configured' ? '設定による' : source === 'detected' ? 'シートから判定' : '既定'}）`,
  skippedLine: (k) => {
    const parts = [
      k.section ? `見出し ${k.section}` : '',
      k.template ? `未使用のひな形 ${k.template}` : '',
      k.note ? `注記 ${k.note}` : '',
      k.header ? `見出しの繰り返し ${k.header}` : '',
    ].filter(Boolean);
    const n = k.section + k.template + k.note + k.header;
    return `対象外の行: ${n} 行（${parts.join('・')}）`;
  },
  otherSheetsLine: (names) => `ほかに見出しのあるシート: ${names.map((n) => `「${n}」`).join('、')}（--sheet で選べます）`,
  sectionHeading: (title) => `■ ${title}`,
  hiddenMark: '（非表示の行）',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const EN: CliStrings = {
  severity: { error: 'error', warning: 'warning', info: 'info' },
  fileHeading(file, sheet, month, source) {
    const parts = [file];
    if (sheet !== undefined) parts.push(`sheet "${sheet}"`);
    if (month !== undefined) parts.push(`reporting month ${month} (${MONTH_SOURCE_EN[source ?? 'default']})`);
    return parts.join(' · ');
  },
  unreadableHeading: (file) => `${file} · could not be read`,
  sheetLevel: 'Whole sheet',
  rowHeading(no, row, initiative) {
    const head = no !== undefined ? `No.${no}` : `Row ${row}`;
    return initiative ? `${head} ${initiative}` : head;
  },
  noIssues: 'No issues found',
  counts: (c) => `${plural(c.error, 'error', 'errors')}, ${plural(c.warning, 'warning', 'warnings')}, ${c.info} info`,
  total: (files, c) =>
    `Total for ${plural(files, 'file', 'files')}: ${plural(c.error, 'error', 'errors')}, ${plural(c.warning, 'warning', 'warnings')}, ${c.info} info`,
  pass: 'Ready to submit',
  fail: (errors) => `Needs fixing: ${plural(errors, 'error', 'errors')}`,
  unreadableFiles: (n) => ` (${plural(n, 'file', 'files')} could not be read)`,
  usageHint: 'Run psheet --help for usage.',
  unknownCommand: (cmd) => `unknown command: ${cmd}`,
  unknownOption: (opt) => `unknown option: ${opt}`,
  missingValue: (opt) => `the option ${opt} needs a value`,
  noValueAllowed: (opt) => `the option ${opt} takes no value`,
  badMonth: (v) => `--month takes a month from 1 to 12 (got: ${v})`,
  badFormat: (v) => `--format takes text or json (got: ${v})`,
  badLang: (v) => `--lang takes ja or en (got: ${v})`,
  noFiles: 'give at least one .xlsx file to validate',
  configUnreadable: (file) => `cannot read the configuration file "${file}"`,
  configNotJson: (file, detail) => `the configuration file "${file}" is not valid JSON (${detail})`,
  configInvalid: (file, detail) => `configuration file "${file}": ${detail}`,
  internalError: (detail) => `internal error: ${detail}`,
  scaleLine: (symbols, source) =>
    `進捗度 symbols: ${symbols.join(' ')} (${source === 'configured' ? 'configured' : source === 'detected' ? 'detected from the sheet' : 'default'})`,
  skippedLine: (k) => {
    const parts = [
      k.section ? `${k.section} section title(s)` : '',
      k.template ? `${k.template} unused template row(s)` : '',
      k.note ? `${k.note} note(s)` : '',
      k.header ? `${k.header} repeated header(s)` : '',
    ].filter(Boolean);
    const n = k.section + k.template + k.note + k.header;
    return `Rows not checked: ${n} (${parts.join(', ')})`;
  },
  otherSheetsLine: (names) => `Other sheets with a header: ${names.map((n) => `"${n}"`).join(', ')} (pick one with --sheet)`,
  sectionHeading: (title) => `■ ${title}`,
  hiddenMark: ' (hidden row)',
};

export function strings(lang: Lang): CliStrings {
  return lang === 'en' ? EN : JA;
}

/** A message in both languages, picked when printed. */
export interface Bilingual {
  ja: string;
  en: string;
}

export function both(make: (s: CliStrings) => string): Bilingual {
  return { ja: make(JA), en: make(EN) };
}

/** `ja` unless the locale (LC_ALL, else LC_MESSAGES, else LANG) starts with `en`. */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'ja';
}

/** Accepts `ja`, `en` and locale forms such as `en-US` or `ja_JP.UTF-8`. */
export function parseLang(value: string): Lang | undefined {
  const m = /^(ja|en)(?:[-_.].*)?$/i.exec(value.trim());
  return m ? (m[1].toLowerCase() as Lang) : undefined;
}
