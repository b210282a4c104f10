import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { FileReport, Issue, Report } from '../../src/core/types';
import { buildCli, FIXTURE, psheet, STACK_LINE } from './cli-harness';

/** `psheet validate` as users run it: the compiled command in a child process. */

let tmp: string;

beforeAll(async () => {
  buildCli();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'psheet-cli-'));
}, 180_000);

afterAll(async () => {
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

function json(stdout: string): Report {
  return JSON.parse(stdout) as Report;
}

function issuesOf(file: FileReport, code: string, no?: number): Issue[] {
  return file.issues.filter((i) => i.code === code && (no === undefined || i.no === no));
}

function stripMessages(issues: Issue[]): Omit<Issue, 'message'>[] {
  return issues.map(({ message: _m, ...rest }) => rest);
}

describe('the fixture at reporting month 10, JSON', () => {
  let run: ReturnType<typeof psheet>;
  let report: Report;
  let file: FileReport;

  beforeAll(() => {
    run = psheet(['validate', FIXTURE, '--month', '10', '--format', 'json']);
    report = json(run.stdout);
    file = report.files[0];
  });

  test('exit code 1 (errors), stdout is only the JSON report, two-space indented', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith('{\n  "schemaVersion": 1,')).toBe(true);
    expect(run.stdout.endsWith('}\n')).toBe(true);
    expect(report.schemaVersion).toBe(1);
    expect(report.reportingMonth).toBe(10);
    expect(report.reportingMonthSource).toBe('option');
    expect(report.valid).toBe(false);
    expect(report.summary.files).toBe(1);
  });

  test('the file is named as given and its sheet, header and rows are reported', () => {
    expect(report.files).toHaveLength(1);
    expect(file.file).toBe(FIXTURE);
    expect(file.sheet).toBe('R7取組実施プロセスシート');
    // The header spans rows 3-4; the core currently reports the row it matched best (4, as in DESIGN.md's example).
    expect([3, 4]).toContain(file.headerRow);
    expect(file.dataRows).toBe(11);
    expect(file.valid).toBe(false);
    expect(file.summary.error).toBe(file.issues.filter((i) => i.severity === 'error').length);
  });

  test('No.4: symbol-missing (error) and target-behind', () => {
    const [missing] = issuesOf(file, 'symbol-missing', 4);
    expect(missing).toMatchObject({ severity: 'error', cell: 'L8', row: 8, column: '進捗度', initiative: 'オーダーメイド支援プラン作成の支援' });
    const behind = issuesOf(file, 'target-behind', 4);
    expect(behind).toHaveLength(1);
    expect(behind[0]).toMatchObject({ severity: 'warning', cell: 'J8', row: 8 });
    expect(behind[0].message).toContain('180件');
    expect(behind[0].message).toContain('9件');
  });

  test('No.5: month-missing for June to October', () => {
    const missing = issuesOf(file, 'month-missing', 5);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({
      severity: 'error',
      cell: 'M9',
      row: 9,
      column: '進捗状況及び課題',
      initiative: '障がい者の雇用・就労支援拠点',
      months: [6, 7, 8, 9, 10],
    });
  });

  test('No.8 and No.9: month-repeated-text; No.9: target-period-missing', () => {
    expect(issuesOf(file, 'month-repeated-text', 8).map((i) => i.months)).toEqual([[8]]);
    expect(issuesOf(file, 'month-repeated-text', 9).map((i) => i.months)).toEqual([[8], [9]]);
    expect(issuesOf(file, 'target-period-missing', 9)).toEqual([expect.objectContaining({ severity: 'info', cell: 'J13' })]);
  });

  test('No.10: required-empty for 年度目標 and 年度計画', () => {
    const empty = issuesOf(file, 'required-empty', 10);
    expect(empty.map((i) => [i.cell, i.column, i.severity])).toEqual([
      ['J14', '年度目標', 'error'],
      ['K14', '年度計画', 'error'],
    ]);
  });

  test('rows No.1, 2, 3, 6, 7 and 11 have nothing above info', () => {
    for (const no of [1, 2, 3, 6, 7, 11]) {
      expect(file.issues.filter((i) => i.no === no && i.severity !== 'info')).toEqual([]);
    }
  });

  test('counts per code match the issues', () => {
    const byCode: Record<string, number> = {};
    for (const i of file.issues) byCode[i.code] = (byCode[i.code] ?? 0) + 1;
    expect(file.stats.byCode).toEqual(byCode);
    expect(report.stats.byCode).toEqual(byCode);
  });
});

describe('reporting month', () => {
  test('full-width digits are accepted', () => {
    const r = psheet(['validate', FIXTURE, '--month', '１０', '--format', 'json']);
    expect(r.status).toBe(1);
    expect(json(r.stdout)).toMatchObject({ reportingMonth: 10, reportingMonthSource: 'option' });
  });

  test('inferred when not given, and the text report says so', () => {
    const j = psheet(['validate', FIXTURE, '--format', 'json']);
    expect(json(j.stdout)).toMatchObject({ reportingMonth: 10, reportingMonthSource: 'inferred' });
    const t = psheet(['validate', FIXTURE]);
    expect(t.stdout).toContain('報告月 10月（記入内容から推定）');
    const given = psheet(['validate', FIXTURE, '--month', '10']);
    expect(given.stdout).toContain('報告月 10月（--month で指定）');
  });
});

describe('files that cannot be read', () => {
  async function brokenFiles(): Promise<Record<string, string>> {
    const fixture = await fs.readFile(FIXTURE);
    const files: Record<string, Buffer> = {
      'text.xlsx': Buffer.from('No.,取組名\n1,テキストファイルです\n', 'utf8'),
      'truncated.xlsx': fixture.subarray(0, Math.floor(fixture.length / 2)),
      'encrypted.xlsx': Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
    };
    const paths: Record<string, string> = {};
    for (const [name, bytes] of Object.entries(files)) {
      paths[name] = path.join(tmp, name);
      await fs.writeFile(paths[name], bytes);
    }
    return paths;
  }

  test.each(['text.xlsx', 'truncated.xlsx', 'encrypted.xlsx'])('%s beside the fixture: exit 2, one file-unreadable issue, fixture still reported', async (name) => {
    const broken = (await brokenFiles())[name];
    const alone = json(psheet(['validate', FIXTURE, '--month', '10', '--format', 'json']).stdout).files[0];
    const r = psheet(['validate', broken, FIXTURE, '--month', '10', '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STACK_LINE);
    const report = json(r.stdout);
    expect(report.files.map((f) => f.file)).toEqual([broken, FIXTURE]);
    const [bad, good] = report.files;
    expect(bad.issues).toHaveLength(1);
    expect(bad.issues[0]).toMatchObject({ code: 'file-unreadable', severity: 'error' });
    expect(bad.issues[0].message).toContain(name);
    expect(bad.valid).toBe(false);
    expect(stripMessages(good.issues)).toEqual(stripMessages(alone.issues));
    expect(good.summary).toEqual(alone.summary);
    expect(report.summary.error).toBe(alone.summary.error + 1);
  });

  test('the reason is given in the chosen language', async () => {
    const { 'encrypted.xlsx': enc, 'text.xlsx': txt } = await brokenFiles();
    const ja = json(psheet(['validate', enc, txt, '--format', 'json']).stdout);
    expect(ja.files[0].issues[0].message).toContain('パスワード');
    expect(ja.files[1].issues[0].message).toContain('Excel ブック（.xlsx）のファイルではありません');
    const en = json(psheet(['validate', enc, txt, '--format', 'json', '--lang', 'en']).stdout);
    expect(en.files[0].issues[0].message).toContain('encrypted');
    expect(en.files[1].issues[0].message).toContain('not an Excel workbook (.xlsx)');
  });

  test('a missing file is unreadable too, and the text report says so', () => {
    const missing = path.join(tmp, 'nowhere.xlsx');
    const r = psheet(['validate', missing, FIXTURE, '--month', '10']);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('nowhere.xlsx ・ 読み込めませんでした');
    expect(r.stdout).toContain('（読み込めないファイル 1 件）');
    expect(r.stdout).toContain('No.5 障がい者の雇用・就労支援拠点');
  });
});

describe('sheet choice', () => {
  /** ExcelJS orders sheets by `orderNo`, which its typings leave out. */
  function setOrder(ws: ExcelJS.Worksheet, orderNo: number): void {
    (ws as unknown as { orderNo: number }).orderNo = orderNo;
  }

  async function withCoverSheet(): Promise<string> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(FIXTURE);
    const cover = wb.addWorksheet('表紙');
    cover.getCell('A1').value = '令和7年度 取組実施プロセスシート 提出用';
    setOrder(cover, -1);
    const hidden = wb.addWorksheet('メモ', { state: 'hidden' });
    hidden.getCell('A1').value = 'メモ';
    setOrder(hidden, -2);
    const file = path.join(tmp, 'with-cover.xlsx');
    await wb.xlsx.writeFile(file);
    const check = new ExcelJS.Workbook();
    await check.xlsx.readFile(file);
    expect(check.worksheets.map((w) => w.name)).toEqual(['メモ', '表紙', 'R7取組実施プロセスシート']);
    return file;
  }

  test('default: the first visible sheet whose header is found', async () => {
    const file = await withCoverSheet();
    const r = psheet(['validate', file, '--month', '10', '--format', 'json']);
    expect(r.status).toBe(1);
    const f = json(r.stdout).files[0];
    expect(f.sheet).toBe('R7取組実施プロセスシート');
    expect(issuesOf(f, 'month-missing', 5)).toHaveLength(1);
  });

  test('--sheet picks a sheet by name; one without a header reports header-not-found', async () => {
    const file = await withCoverSheet();
    const r = psheet(['validate', file, '--sheet', '表紙', '--format', 'json']);
    expect(r.status).toBe(1);
    const f = json(r.stdout).files[0];
    expect(f.sheet).toBe('表紙');
    expect(f.issues.map((i) => i.code)).toEqual(['header-not-found']);
  });

  test('--sheet with a name that is not there: file-unreadable listing the sheets, exit 2', () => {
    const r = psheet(['validate', FIXTURE, '--sheet', 'Sheet9', '--format', 'json']);
    expect(r.status).toBe(2);
    const f = json(r.stdout).files[0];
    expect(f.issues).toHaveLength(1);
    expect(f.issues[0].code).toBe('file-unreadable');
    expect(f.issues[0].message).toContain('Sheet9');
    expect(f.issues[0].message).toContain('R7取組実施プロセスシート');
  });
});

describe('usage and configuration errors: exit 2, a message, no stack trace', () => {
  test.each([
    [['--month', '13'], '13'],
    [['--month', '0'], '0'],
    [['--month', 'abc'], 'abc'],
    [['--month', '１３'], '１３'],
    [['--month'], '--month'],
    [['--format', 'xml'], 'xml'],
    [['--lang', 'fr'], 'fr'],
    [['--frobnicate'], '--frobnicate'],
  ])('validate FIXTURE %j', (args, named) => {
    const r = psheet(['validate', FIXTURE, ...args]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(named);
    expect(r.stderr).toContain('psheet --help');
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  test('no file given', () => {
    const r = psheet(['validate', '--month', '10']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('.xlsx');
  });

  test('an unknown configuration key is named', async () => {
    const config = path.join(tmp, 'bad-key.json');
    await fs.writeFile(config, JSON.stringify({ symbols: { preset: 'circles', colour: 'red' } }));
    const r = psheet(['validate', FIXTURE, '--config', config]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('symbols.colour');
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  test('an invalid value names its key; invalid JSON and a missing file are reported', async () => {
    const badValue = path.join(tmp, 'bad-value.json');
    await fs.writeFile(badValue, JSON.stringify({ targetBehindThreshold: 5 }));
    const notJson = path.join(tmp, 'not-json.json');
    await fs.writeFile(notJson, '{ "counters": [件] }');
    for (const [config, expected] of [
      [badValue, 'targetBehindThreshold'],
      [notJson, 'JSON'],
      [path.join(tmp, 'absent.json'), 'absent.json'],
    ]) {
      const r = psheet(['validate', FIXTURE, '--config', config, '--lang', 'en']);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(expected);
      expect(r.stderr).not.toMatch(STACK_LINE);
    }
  });

  test('a valid configuration is used (circles preset: ↗ is no longer a valid symbol)', async () => {
    const config = path.join(tmp, 'circles.json');
    await fs.writeFile(config, '\uFEFF' + JSON.stringify({ symbols: { preset: 'circles' } }));
    const r = psheet(['validate', FIXTURE, '--month', '10', '--format', 'json', '--config', config]);
    expect(r.status).toBe(1);
    expect(issuesOf(json(r.stdout).files[0], 'symbol-invalid').length).toBeGreaterThan(0);
  });

  test('unknown command and no command print the usage; a command without its options says what is missing', () => {
    const unknown = psheet(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('frobnicate');
    expect(unknown.stderr).toContain('Usage: psheet');
    expect(psheet([]).status).toBe(2);
    for (const cmd of ['insert-month', 'consolidate']) {
      const r = psheet([cmd, FIXTURE]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(cmd);
      expect(r.stderr).not.toMatch(STACK_LINE);
    }
  });

  test('--help prints the usage in Japanese and English, exit 0', () => {
    for (const args of [['--help'], ['-h'], ['validate', '--help']]) {
      const r = psheet(args);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('使い方: psheet');
      expect(r.stdout).toContain('Usage: psheet');
      expect(r.stdout.indexOf('使い方')).toBeLessThan(r.stdout.indexOf('Usage'));
    }
  });
});

describe('language', () => {
  test('--lang en gives English messages, the same issues', () => {
    const ja = json(psheet(['validate', FIXTURE, '--month', '10', '--format', 'json']).stdout).files[0];
    const en = json(psheet(['validate', FIXTURE, '--month', '10', '--format', 'json', '--lang', 'en']).stdout).files[0];
    expect(stripMessages(en.issues)).toEqual(stripMessages(ja.issues));
    en.issues.forEach((issue, k) => expect(issue.message).not.toBe(ja.issues[k].message));
    expect(issuesOf(en, 'required-empty').every((i) => /blank/i.test(i.message))).toBe(true);
  });

  test('LANG=en_US.UTF-8 makes English the default; --lang ja wins over it', () => {
    const en = psheet(['validate', FIXTURE, '--month', '10'], 'en_US.UTF-8');
    expect(en.stdout).toContain('Needs fixing: 4 errors');
    expect(en.stdout).toContain('4 errors, 3 warnings, 5 info');
    const ja = psheet(['validate', FIXTURE, '--month', '10', '--lang', 'ja'], 'en_US.UTF-8');
    expect(ja.stdout).toContain('要修正: エラー 4 件');
  });

  test('usage errors follow --lang', () => {
    const r = psheet(['validate', FIXTURE, '--lang', 'en', '--month', '13']);
    expect(r.stderr).toContain('--month takes a month from 1 to 12');
  });
});

describe('text report', () => {
  test('file heading, groups by initiative, summary and verdict; no colours outside a terminal', () => {
    const r = psheet(['validate', FIXTURE, '--month', '10']);
    expect(r.status).toBe(1);
    const out = r.stdout;
    expect(out).toContain(`${FIXTURE} ・ シート「R7取組実施プロセスシート」 ・ 報告月 10月（--month で指定）`);
    expect(out).toContain('  No.5 障がい者の雇用・就労支援拠点\n    エラー  M9  6月〜10月');
    expect(out).toContain('エラー 4件・警告 3件・情報 5件');
    expect(out).toContain('要修正: エラー 4 件');
    expect(out.indexOf('No.4 ')).toBeLessThan(out.indexOf('No.5 '));
    expect(out).not.toContain('\u001b[');
  });

  test('a sound sheet passes: exit 0 and 提出できます', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(FIXTURE);
    const ws = wb.worksheets[0];
    // Keep the header and rows No.1-3 (rows 5-7), which are sound; blank the rest.
    for (let r = 8; r <= ws.rowCount; r++) ws.getRow(r).eachCell((cell) => (cell.value = null));
    const file = path.join(tmp, 'sound.xlsx');
    await wb.xlsx.writeFile(file);
    const r = psheet(['validate', file, '--month', '10']);
    expect(r.stdout).toContain('提出できます');
    expect(r.status).toBe(0);
  });
});
