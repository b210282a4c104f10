import { formatText } from '../../src/cli/format/text';
import { formatJson } from '../../src/cli/format/json';
import { CliIo, useColor } from '../../src/cli/io';
import { FileReport, Issue, Report } from '../../src/core/types';

/** The text formatter on a hand-made report: no workbook, no engine. */

function fileReport(file: string, issues: Issue[], extra: Partial<FileReport> = {}): FileReport {
  const summary = { error: 0, warning: 0, info: 0 };
  const byCode: Record<string, number> = {};
  for (const i of issues) {
    summary[i.severity]++;
    byCode[i.code] = (byCode[i.code] ?? 0) + 1;
  }
  return {
    file,
    sheet: 'R7取組実施プロセスシート',
    headerRow: 3,
    dataRows: 3,
    reportingMonth: 10,
    reportingMonthSource: 'option',
    valid: summary.error === 0,
    summary,
    stats: { issues: issues.length, byCode },
    issues,
    ...extra,
  };
}

function report(files: FileReport[]): Report {
  const summary = { files: files.length, error: 0, warning: 0, info: 0 };
  for (const f of files) for (const s of ['error', 'warning', 'info'] as const) summary[s] += f.summary[s];
  return {
    schemaVersion: 1,
    reportingMonth: 10,
    reportingMonthSource: 'option',
    valid: summary.error === 0,
    files,
    summary,
    stats: { issues: 0, byCode: {} },
  };
}

const WELFARE = fileReport('welfare.xlsx', [
  { code: 'column-missing', severity: 'warning', row: 4, column: '共同所管', message: '任意列「共同所管」がありません' },
  { code: 'symbol-missing', severity: 'error', cell: 'L8', row: 8, column: '進捗度', no: 4, initiative: 'プラン作成の支援', message: 'L8: 進捗度が空欄です' },
  { code: 'target-behind', severity: 'warning', cell: 'J8', row: 8, column: '年度目標', no: 4, initiative: 'プラン作成の支援', message: 'J8: 目標 180件 に対し 9件' },
  {
    code: 'month-missing',
    severity: 'error',
    cell: 'M9',
    row: 9,
    column: '進捗状況及び課題',
    no: 5,
    initiative: '障がい者の雇用・就労支援拠点',
    months: [6, 7, 8, 9, 10],
    message: 'M9: 6月〜10月 の記入がありません',
  },
  { code: 'month-repeated-text', severity: 'info', cell: 'M10', row: 10, initiative: '番号のない取組', months: [8], message: 'M10: 8月 = 7月' },
]);

const CLEAN = fileReport('clean.xlsx', [], { reportingMonthSource: 'inferred', reportingMonth: 9 });

const UNREADABLE = fileReport(
  'broken.xlsx',
  [{ code: 'file-unreadable', severity: 'error', message: 'ファイル「broken.xlsx」を読み込めません: .xlsx 形式ではありません' }],
  { sheet: undefined, headerRow: undefined, dataRows: 0, reportingMonth: undefined, reportingMonthSource: undefined },
);

describe('formatText', () => {
  const text = formatText(report([WELFARE]), { lang: 'ja', color: false });
  const lines = text.split('\n');

  test('a heading line names the file, the sheet and the reporting month with its source', () => {
    expect(lines[0]).toBe('welfare.xlsx ・ シート「R7取組実施プロセスシート」 ・ 報告月 10月（--month で指定）');
  });

  test('sheet-level issues first, then one group per initiative in row order', () => {
    expect(lines.slice(1)).toEqual([
      '  シート全体',
      '    警告  任意列「共同所管」がありません  (column-missing)',
      '  No.4 プラン作成の支援',
      '    エラー  L8  進捗度が空欄です  (symbol-missing)',
      '    警告  J8  目標 180件 に対し 9件  (target-behind)',
      '  No.5 障がい者の雇用・就労支援拠点',
      '    エラー  M9  6月〜10月 の記入がありません  (month-missing)',
      '  10行目 番号のない取組',
      '    情報  M10  8月 = 7月  (month-repeated-text)',
      '  エラー 2件・警告 2件・情報 1件',
      '  要修正: エラー 2 件',
      '',
    ]);
  });

  test('a clean file says so and passes; an inferred month is called inferred', () => {
    const out = formatText(report([CLEAN]), { lang: 'ja', color: false });
    expect(out).toBe(
      ['clean.xlsx ・ シート「R7取組実施プロセスシート」 ・ 報告月 9月（記入内容から推定）', '  指摘事項はありません', '  エラー 0件・警告 0件・情報 0件', '  提出できます', ''].join('\n'),
    );
  });

  test('several files: a section each, an unreadable file without groups, then the total and verdict', () => {
    const out = formatText(report([UNREADABLE, CLEAN, WELFARE]), { lang: 'ja', color: false });
    const sections = out.split('\n\n');
    expect(sections).toHaveLength(4);
    expect(sections[0].split('\n')).toEqual([
      'broken.xlsx ・ 読み込めませんでした',
      '  エラー  ファイル「broken.xlsx」を読み込めません: .xlsx 形式ではありません  (file-unreadable)',
      '  エラー 1件・警告 0件・情報 0件',
      '  要修正: エラー 1 件',
    ]);
    expect(sections[3]).toBe('合計 3ファイル: エラー 3件・警告 2件・情報 1件\n要修正: エラー 3 件（読み込めないファイル 1 件）\n');
  });

  test('English', () => {
    const out = formatText(report([WELFARE, CLEAN]), { lang: 'en', color: false });
    expect(out).toContain('welfare.xlsx · sheet "R7取組実施プロセスシート" · reporting month 10 (given with --month)');
    expect(out).toContain('clean.xlsx · sheet "R7取組実施プロセスシート" · reporting month 9 (inferred from the entries)');
    expect(out).toContain('  Whole sheet\n    warning  ');
    expect(out).toContain('    error  M9  ');
    expect(out).toContain('  Row 10 番号のない取組\n    info  M10  ');
    expect(out).toContain('  2 errors, 2 warnings, 1 info\n  Needs fixing: 2 errors');
    expect(out).toContain('  No issues found\n  0 errors, 0 warnings, 0 info\n  Ready to submit');
    expect(out).toContain('Total for 2 files: 2 errors, 2 warnings, 1 info\nNeeds fixing: 2 errors\n');
  });

  test('colours only when asked, and the plain text is the same underneath', () => {
    expect(text).not.toContain('\u001b[');
    const coloured = formatText(report([WELFARE]), { lang: 'ja', color: true });
    expect(coloured).toContain('\u001b[31m');
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(text);
  });

  test('no padding for alignment: fields are separated by two spaces', () => {
    for (const l of lines.filter((x) => x.startsWith('    '))) expect(l.slice(4)).not.toMatch(/ {3,}/);
  });
});

describe('formatJson', () => {
  test('two-space indentation, a trailing newline, the report unchanged', () => {
    const r = report([WELFARE]);
    const out = formatJson(r);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.split('\n')[1]).toBe('  "schemaVersion": 1,');
    expect(JSON.parse(out)).toEqual(r);
  });
});

describe('useColor', () => {
  const io = (stdoutIsTTY: boolean, env: NodeJS.ProcessEnv): CliIo => ({ out: () => undefined, err: () => undefined, env, stdoutIsTTY });

  test('only on a terminal, and never with NO_COLOR set', () => {
    expect(useColor(io(true, {}))).toBe(true);
    expect(useColor(io(false, {}))).toBe(false);
    expect(useColor(io(true, { NO_COLOR: '1' }))).toBe(false);
    expect(useColor(io(true, { NO_COLOR: '' }))).toBe(true);
  });
});
