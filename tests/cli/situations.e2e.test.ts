import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { FileReport, Issue, Report } from '../../src/core/types';
import { buildCli, FIXTURE, psheet, ROOT } from './cli-harness';
import { letter, progressLines } from './workbooks/progress-sheet';
import { changedCells, layoutOf, loadWorkbook } from './workbooks/read-back';
import {
  CIRCLE_SYMBOLS,
  circlesWorkbook,
  EXAMPLE_NOTE,
  exampleFirstNotActiveWorkbook,
  exampleInFrontWorkbook,
  hiddenRowWorkbook,
  LABEL_STYLES,
  labelStylesWorkbook,
  overviewWordWorkbook,
  sectionsWorkbook,
  templateRowsWorkbook,
} from './workbooks/situations';

/**
 * Issue "Right on the workbooks departments really send": one workbook a situation (DESIGN.md
 * section 2), validated and filled by the built `psheet` as a department would run it. A sound
 * sheet must give no false error, and insert-month must touch nothing but the initiatives'
 * progress cells, and those only by the line it adds.
 */

const PROGRESS = letter('進捗状況及び課題');
const SYMBOL = letter('進捗度');
const SHEET = 'R7取組実施プロセスシート';

let tmp: string;
const files: Record<string, string> = {};

const BUILDERS: Record<string, () => ExcelJS.Workbook> = {
  sections: sectionsWorkbook,
  templates: templateRowsWorkbook,
  exampleInFront: exampleInFrontWorkbook,
  exampleFirstNotActive: exampleFirstNotActiveWorkbook,
  labels: labelStylesWorkbook,
  circles: circlesWorkbook,
  hidden: hiddenRowWorkbook,
  overviewWord: overviewWordWorkbook,
};

beforeAll(async () => {
  buildCli();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'psheet-situations-'));
  for (const [name, build] of Object.entries(BUILDERS)) {
    files[name] = path.join(tmp, `${name}.xlsx`);
    await build().xlsx.writeFile(files[name]);
  }
}, 120_000);

afterAll(async () => {
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

/** `psheet validate FILE --format json --month 10 …`: the one file's report. */
function validate(file: string, ...extra: string[]): FileReport {
  const r = psheet(['validate', file, '--format', 'json', '--month', '10', ...extra]);
  expect(r.stderr).toBe('');
  expect([0, 1]).toContain(r.status);
  const report = JSON.parse(r.stdout) as Report;
  expect(report.files).toHaveLength(1);
  const file0 = report.files[0];
  expect(r.status).toBe(file0.valid ? 0 : 1);
  return file0;
}

type Pair = [code: string, cell: string | undefined];

/** [code, cell] pairs in cell order (M9 before M10), then code. */
function sorted(pairs: Pair[]): Pair[] {
  return pairs.slice().sort((a, b) => (a[1] ?? '').localeCompare(b[1] ?? '', 'en', { numeric: true }) || a[0].localeCompare(b[0]));
}

/** The issues as [code, cell] pairs, sorted: what a test states exactly. */
function codes(file: FileReport): Pair[] {
  return sorted(file.issues.map((i): Pair => [i.code, i.cell]));
}

const ARROWS_DETECTED = { name: 'arrows', symbols: ['↗', '→', '↘'], source: 'detected' };

interface InsertRun {
  json: { sheet: string; added: { cell: string; line: string }[]; skipped: { cell: string; reason: string; message: string }[] };
  out: string;
}

let outCount = 0;

/**
 * `psheet insert-month FILE --month 11 --out X --format json …`, then X read back with ExcelJS and
 * compared cell by cell with FILE: exactly the cells of `expected` (sheet!address → the line) may
 * differ, each by `\n` + its line at the end, with its style unchanged; sheets, merges, widths,
 * heights and hidden rows stay as they were.
 */
async function insertAndCompare(file: string, expected: Record<string, string>, ...extra: string[]): Promise<InsertRun> {
  const out = path.join(tmp, `out-${++outCount}.xlsx`);
  const r = psheet(['insert-month', file, '--month', '11', '--out', out, '--format', 'json', ...extra]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const json = JSON.parse(r.stdout) as InsertRun['json'];
  const [before, after] = [await loadWorkbook(file), await loadWorkbook(out)];
  const changes = changedCells(before, after);
  expect(changes.map((c) => c.key).sort()).toEqual(Object.keys(expected).sort());
  for (const c of changes) {
    expect(c.styleChanged).toBe(false);
    expect(c.after).toBe(`${c.before}\n${expected[c.key]}`);
  }
  expect(layoutOf(after)).toEqual(layoutOf(before));
  const sheetOf = json.sheet;
  expect(Object.fromEntries(json.added.map((a) => [`${sheetOf}!${a.cell}`, a.line]))).toEqual(expected);
  return { json, out };
}

/** `{ 'R7…!M5': '11月:', … }` for the rows given. */
function plainLines(rows: number[], line = '11月:', sheet = SHEET): Record<string, string> {
  return Object.fromEntries(rows.map((r) => [`${sheet}!${PROGRESS}${r}`, line]));
}

describe('section title rows between initiatives', () => {
  let report: FileReport;
  beforeAll(() => {
    report = validate(files.sections);
  });

  test('only the two planted defects are reported, none on the title rows', () => {
    expect(codes(report)).toEqual([
      ['symbol-missing', `${SYMBOL}7`],
      ['month-missing', `${PROGRESS}9`],
    ]);
    expect(report.issues.find((i) => i.code === 'month-missing')).toMatchObject({ row: 9, no: 3, months: [9, 10] });
    expect(report.issues.some((i) => i.row === 5 || i.row === 8)).toBe(false);
    expect(report.dataRows).toBe(4);
  });

  test('skippedRows lists them as sections with their text', () => {
    expect(report.skippedRows).toEqual([
      { row: 5, kind: 'section', text: '１　行政経営' },
      { row: 8, kind: 'section', text: '２　福祉' },
    ]);
    expect(report.scale).toEqual(ARROWS_DETECTED);
    expect(report.otherSheets ?? []).toEqual([]);
  });

  test('the text report groups the initiatives under their titles and counts the rows not checked', () => {
    const r = psheet(['validate', files.sections, '--month', '10']);
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n').map((l) => l.trim());
    const at = (text: string) => lines.findIndex((l) => l.startsWith(text));
    expect(at('■ １　行政経営')).toBeGreaterThan(0);
    expect(at('No.2 行政手続のオンライン化')).toBe(at('■ １　行政経営') + 1);
    expect(at('■ ２　福祉')).toBeGreaterThan(at('No.2 行政手続のオンライン化'));
    expect(at('No.3 見守り活動の推進')).toBe(at('■ ２　福祉') + 1);
    expect(lines.filter((l) => l.startsWith('■'))).toHaveLength(2);
    expect(r.stdout).toContain('対象外の行: 2 行（見出し 2）');
  });

  test('insert-month adds lines to the four initiatives only', async () => {
    const { json } = await insertAndCompare(files.sections, plainLines([6, 7, 9, 10]));
    expect(json.skipped).toEqual([]);
  });
});

describe('unused template rows at the bottom', () => {
  test('no issue; skippedRows lists them as template rows', () => {
    const report = validate(files.templates);
    expect(report.issues).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.dataRows).toBe(3);
    expect(report.skippedRows).toEqual([8, 9, 10, 11, 12].map((row) => ({ row, kind: 'template' })));
    expect(report.scale).toEqual(ARROWS_DETECTED);
  });

  test('insert-month writes nothing into them', async () => {
    await insertAndCompare(files.templates, plainLines([5, 6, 7]));
  });
});

describe('a 記入例 sheet in front of the real one', () => {
  test('the real sheet, active, is validated; otherSheets names the example; its note row is not the real sheet’s', () => {
    const report = validate(files.exampleInFront);
    expect(report.sheet).toBe(SHEET);
    expect(report.otherSheets).toEqual(['記入例']);
    expect(report.issues).toEqual([]);
    expect(report.dataRows).toBe(2);
    expect(report.skippedRows).toEqual([]);
  });

  test('the real sheet not active and the example first: the example is passed over', () => {
    const report = validate(files.exampleFirstNotActive);
    expect(report.sheet).toBe(SHEET);
    expect(report.otherSheets).toEqual(['記入例']);
    expect(report.issues).toEqual([]);
  });

  test('--sheet 記入例 validates the example: its gap and its note row', () => {
    for (const file of [files.exampleInFront, files.exampleFirstNotActive]) {
      const report = validate(file, '--sheet', '記入例');
      expect(report.sheet).toBe('記入例');
      expect(codes(report)).toEqual([['month-missing', `${PROGRESS}5`]]);
      expect(report.issues[0].months).toEqual([7, 8, 9, 10]);
      expect(report.skippedRows).toEqual([{ row: 6, kind: 'note', text: EXAMPLE_NOTE }]);
    }
  });

  test('insert-month fills the real sheet and leaves the example alone', async () => {
    await insertAndCompare(files.exampleInFront, plainLines([5, 6]));
    await insertAndCompare(files.exampleFirstNotActive, plainLines([5, 6]));
  });

  test('insert-month --sheet 記入例 fills the example, not its note row', async () => {
    await insertAndCompare(files.exampleInFront, plainLines([5], '11月:', '記入例'), '--sheet', '記入例');
  });
});

describe('month labels as staff write them', () => {
  test('a sound row in each style gives no month-missing, nor anything else', () => {
    const report = validate(files.labels);
    expect(report.dataRows).toBe(LABEL_STYLES.length);
    expect(report.issues).toEqual([]);
    expect(report.scale).toEqual(ARROWS_DETECTED);
    expect(report.skippedRows).toEqual([]);
  });

  test('each style is read month by month: a month dropped from any style is missing', async () => {
    const wb = labelStylesWorkbook();
    const ws = wb.getWorksheet(SHEET)!;
    LABEL_STYLES.forEach((s, i) => {
      const lines = progressLines(10, s.label).split('\n');
      const july = lines.findIndex((l) => l.startsWith(s.label(7).split('\n')[0]));
      lines.splice(july, s.label(7).includes('\n') ? 2 : 1);
      ws.getCell(`${PROGRESS}${5 + i}`).value = lines.join('\n');
    });
    const file = path.join(tmp, 'labels-no-july.xlsx');
    await wb.xlsx.writeFile(file);
    const report = validate(file);
    expect(codes(report)).toEqual(sorted(LABEL_STYLES.map((_, i): Pair => ['month-missing', `${PROGRESS}${5 + i}`])));
    expect(report.issues.map((i) => i.months)).toEqual(LABEL_STYLES.map(() => [7]));
  });

  test('insert-month writes the new line in each cell’s style', async () => {
    const expected = Object.fromEntries(LABEL_STYLES.map((s, i) => [`${SHEET}!${PROGRESS}${5 + i}`, s.november]));
    const { out } = await insertAndCompare(files.labels, expected);
    // Read back as November entries left to fill in: month-empty, never month-missing.
    const r = psheet(['validate', out, '--format', 'json', '--month', '11']);
    const report = (JSON.parse(r.stdout) as Report).files[0];
    expect(codes(report)).toEqual(sorted(LABEL_STYLES.map((_, i): Pair => ['month-empty', `${PROGRESS}${5 + i}`])));
    expect(report.issues.every((i) => i.months?.join() === '11')).toBe(true);
    const again = psheet(['insert-month', out, '--month', '11', '--out', path.join(tmp, 'labels-twice.xlsx'), '--format', 'json']);
    expect(JSON.parse(again.stdout).added).toEqual([]);
  });
});

describe('a ◎○△× sheet', () => {
  test('〇 (U+3007) and ◯ (U+25EF) are ○: no symbol-invalid, the circles scale detected', () => {
    const report = validate(files.circles);
    expect(report.issues).toEqual([]);
    expect(report.dataRows).toBe(CIRCLE_SYMBOLS.length);
    expect(report.scale).toEqual({ name: 'circles', symbols: ['◎', '○', '△', '×'], source: 'detected' });
  });

  test('a configuration pinning arrows: symbol-invalid on every 進捗度, naming the circles preset', async () => {
    const config = path.join(tmp, 'arrows.json');
    await fs.writeFile(config, JSON.stringify({ symbols: { preset: 'arrows' } }));
    const report = validate(files.circles, '--config', config);
    expect(report.scale).toEqual({ name: 'arrows', symbols: ['↗', '→', '↘'], source: 'configured' });
    expect(codes(report)).toEqual(CIRCLE_SYMBOLS.map((_, i): Pair => ['symbol-invalid', `${SYMBOL}${5 + i}`]));
    for (const issue of report.issues) expect(issue.message).toContain('circles');
    const en = validate(files.circles, '--config', config, '--lang', 'en');
    for (const issue of en.issues) expect(issue.message).toContain('circles');
  });
});

describe('a hidden row (a finished initiative)', () => {
  let report: FileReport;
  beforeAll(() => {
    report = validate(files.hidden);
  });

  test('is validated, and its issues carry hidden: true', () => {
    expect(report.dataRows).toBe(3);
    expect(report.issues).toHaveLength(1);
    const [issue] = report.issues;
    expect(issue).toMatchObject({ code: 'month-missing', cell: `${PROGRESS}6`, row: 6, no: 2, months: [8, 9, 10], hidden: true });
    expect(issue.message).toContain('非表示の行');
    expect(report.issues.filter((i: Issue) => i.row !== 6)).toEqual([]);
  });

  test('insert-month leaves it alone, and says why', async () => {
    const { json } = await insertAndCompare(files.hidden, plainLines([5, 7]));
    expect(json.skipped).toEqual([expect.objectContaining({ cell: `${PROGRESS}6`, reason: 'hidden' })]);
  });

  test('insert-month --include-hidden fills it too', async () => {
    await insertAndCompare(files.hidden, plainLines([5, 6, 7]), '--include-hidden');
  });
});

describe('the bare word 「概要」 as the only initiative’s 取組の概要', () => {
  test('the row is an initiative, not a second header line', () => {
    const report = validate(files.overviewWord);
    expect(report.headerRow).toBe(4);
    expect(report.dataRows).toBe(1);
    expect(report.issues).toEqual([]);
    expect(report.skippedRows).toEqual([]);
  });

  test('insert-month fills it', async () => {
    await insertAndCompare(files.overviewWord, plainLines([5]));
  });
});

describe('the welfare workbook re-saved by other programs', () => {
  const WRITERS = ['libreoffice', 'gnumeric', 'openpyxl'];
  const strip = (f: FileReport) => ({ ...f, file: '' });
  let original: FileReport;
  beforeAll(() => {
    original = validate(FIXTURE);
  });

  test.each(WRITERS)('%s: the same report as the original, issue for issue', (writer) => {
    const file = path.join(ROOT, 'tests', 'fixtures', 'writers', `welfare-r7.${writer}.xlsx`);
    const report = validate(file);
    expect(strip(report)).toEqual(strip(original));
    // DESIGN.md section 3, at least these.
    expect(codes(report)).toEqual(
      expect.arrayContaining([
        ['symbol-missing', 'L8'],
        ['target-behind', 'J8'],
        ['month-missing', 'M9'],
        ['required-empty', 'J14'],
        ['required-empty', 'K14'],
      ]),
    );
  });

  test('libreoffice: insert-month adds a line to the 11 initiatives only', async () => {
    const file = path.join(ROOT, 'tests', 'fixtures', 'writers', 'welfare-r7.libreoffice.xlsx');
    await insertAndCompare(file, plainLines([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]));
  });
});
