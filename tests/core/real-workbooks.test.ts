import { resolveConfig } from '../../src/core/config';
import { SheetCell, SheetTable } from '../../src/core/table';
import { FileReport } from '../../src/core/types';
import { validate, validateSheet } from '../../src/core/validate';
import { cell, HEADER, RowInput, sheet, soundRow, twoRowSheet } from '../helpers/sheet';

/** DESIGN.md section 2, "Real department workbooks": what departments' own sheets hold. */

const W = HEADER.length;
type Row = (SheetCell | null)[];
const row = (values: RowInput): Row => HEADER.map((h) => cell(values[h]));
const mergedAcross = (text: string, at: string): Row => [{ value: text }, ...Array.from({ length: W - 1 }, () => ({ value: text, mergedFrom: at }))];
const formulaTemplate = (no: number, formula: string): Row =>
  HEADER.map((h) => (h === 'No.' ? { value: no, formula } : h === '所管部' ? cell('福祉部') : h === '課' ? cell('地域福祉課') : null));

/**
 * A department's sheet: title, header (row 2), a section title merged across (row 3), two
 * initiatives (4, 5), a section title unmerged in the No. column (6), an initiative (7), unused
 * template rows typed and as formulas with 所管部/課 copied down (8, 9), a note (10), the header
 * repeated (11), an initiative (12). Row 12 is hidden.
 */
function departmentSheet(): SheetTable {
  const t = sheet([]);
  t.rows.push(
    mergedAcross('１　行政経営', 'A3'),
    row(soundRow({ 'No.': 1 })),
    row(soundRow({ 'No.': 2, 取組名: '窓口改善' })),
    row({ 'No.': '２　福祉' }),
    row(soundRow({ 'No.': 3, 取組名: '見守り' })),
    row({ 'No.': 4 }),
    formulaTemplate(5, 'ROW()-4'),
    row({ 'No.': '※記入例です。提出前にこの行を削除してください' }),
    HEADER.map((h) => cell(h)),
    row(soundRow({ 'No.': 6, 取組名: '終了した取組' })),
  );
  t.hiddenRows = [11];
  return t;
}

describe('rows that are not initiatives', () => {
  test.each(['ja', 'en'] as const)('give no issue and are listed in skippedRows with their kind (%s)', (lang) => {
    const r = validateSheet(departmentSheet(), { month: 10, lang });
    expect(r.issues).toEqual([]);
    expect(r.dataRows).toBe(4);
    expect(r.skippedRows).toEqual([
      { row: 3, kind: 'section', text: '１　行政経営' },
      { row: 6, kind: 'section', text: '２　福祉' },
      { row: 8, kind: 'template' },
      { row: 9, kind: 'template' },
      { row: 10, kind: 'note', text: '※記入例です。提出前にこの行を削除してください' },
      { row: 11, kind: 'header', text: 'No.' },
    ]);
  });

  test('the initiatives among them are validated', () => {
    const t = departmentSheet();
    t.rows[6][HEADER.indexOf('進捗度')] = null;
    t.rows[11][HEADER.indexOf('進捗状況及び課題')] = cell('4月~9月:a');
    const r = validateSheet(t, { month: 10 });
    expect(r.issues.map((i) => [i.code, i.cell, i.no])).toEqual([
      ['symbol-missing', 'L7', 3],
      ['month-missing', 'M12', 6],
    ]);
  });

  test('a template row with the same No. as an initiative is no duplicate, and gets no required-empty', () => {
    const t = departmentSheet();
    t.rows[8] = formulaTemplate(1, 'ROW()-8');
    expect(validateSheet(t, { month: 10 }).issues).toEqual([]);
  });

  test('a hidden template row is listed as hidden', () => {
    const t = departmentSheet();
    t.hiddenRows = [7];
    expect(validateSheet(t, { month: 10 }).skippedRows).toContainEqual({ row: 8, kind: 'template', hidden: true });
  });

  test('on a two-row header with the template’s merges', () => {
    for (const merges of ['resolved', 'blank', 'none'] as const) {
      const t = twoRowSheet([soundRow({ 'No.': 1 })], merges);
      t.rows.push(mergedAcross('２　福祉', 'A6'), row({ 'No.': 2 }), row({ 'No.': '※記入例' }));
      const r = validateSheet(t, { month: 10 });
      expect(r.issues).toEqual([]);
      expect(r.skippedRows!.map((s) => [s.row, s.kind])).toEqual([
        [6, 'section'],
        [7, 'template'],
        [8, 'note'],
      ]);
    }
  });

  test('a sheet of initiatives only lists nothing', () => {
    expect(validateSheet(sheet([soundRow()]), { month: 10 }).skippedRows).toEqual([]);
  });
});

describe('hidden rows', () => {
  const hiddenSecond = (overrides: RowInput): SheetTable => ({ ...sheet([soundRow({ 'No.': 1 }), soundRow({ 'No.': 2, ...overrides })]), hiddenRows: [3] });

  test.each([
    ['ja', 'M4（非表示の行）: 10月 の記入がありません。「10月:」で始まる行を追加してください'],
    ['en', 'M4 (hidden row): No progress entry for October: add a line starting with "10月:"'],
  ] as const)('are validated; their issues carry hidden: true and say so (%s)', (lang, message) => {
    const r = validateSheet(hiddenSecond({ 進捗状況及び課題: '4月~9月:a' }), { month: 10, lang });
    expect(r.dataRows).toBe(2);
    expect(r.issues).toEqual([
      {
        code: 'month-missing',
        severity: 'error',
        cell: 'M4',
        row: 4,
        column: '進捗状況及び課題',
        no: 2,
        initiative: 'テスト取組',
        months: [10],
        hidden: true,
        message,
      },
    ]);
  });

  test('issues of visible rows carry no hidden flag', () => {
    const t: SheetTable = { ...sheet([soundRow({ 'No.': 1, 進捗度: '' }), soundRow({ 'No.': 2, 進捗度: '' })]), hiddenRows: [3] };
    const issues = validateSheet(t, { month: 10 }).issues;
    expect(issues.map((i) => [i.cell, i.hidden])).toEqual([
      ['L3', undefined],
      ['L4', true],
    ]);
    expect('hidden' in issues[0]).toBe(false);
    expect(issues[0].message).toBe('L3: 進捗度が空欄です。↗（計画以上）・→（計画どおり）・↘（遅れ）のいずれかを記入してください');
  });

  test('a sheet-level finding on a hidden row (number-duplicate) is marked too', () => {
    const r = validateSheet(hiddenSecond({ 'No.': 1 }), { month: 10, lang: 'en' });
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'number-duplicate', cell: 'A4', hidden: true, message: 'A4 (hidden row): No. 1 is used twice (same as A3)' }),
    ]);
  });
});

describe('the 進捗度 scale the report names', () => {
  const scaleOf = (symbols: (string | null)[], config = resolveConfig({})): FileReport['scale'] =>
    validateSheet(sheet(symbols.map((s, i) => soundRow({ 'No.': i + 1, 進捗度: s }))), { month: 10, config }).scale;

  test.each<[string, (string | null)[], string, string]>([
    ['arrows', ['↗', '→', '↘'], 'arrows', 'detected'],
    ['◎○△× with 〇 (U+3007) and ◯ (U+25EF)', ['◎', '〇', '◯', '△'], 'circles', 'detected'],
    ['a lone ○', ['○'], 'circles', 'detected'],
    ['A B C D', ['A', 'B', 'C', 'D'], 'abcd', 'detected'],
    ['S A B C', ['S', 'A', 'B'], 'sabc', 'detected'],
    ['every 進捗度 blank', [null, ''], 'arrows', 'default'],
  ])('%s → %s (%s)', (_name, symbols, name, source) => {
    expect(scaleOf(symbols)).toMatchObject({ name, source });
  });

  test('the symbols of the scale are listed', () => {
    expect(scaleOf(['◎', '〇'])).toEqual({ name: 'circles', symbols: ['◎', '○', '△', '×'], source: 'detected' });
    expect(scaleOf(['→'], resolveConfig({ symbols: { allowNotAssessable: true } }))).toEqual({
      name: 'arrows',
      symbols: ['↗', '→', '↘', '-'],
      source: 'detected',
    });
  });

  test('a configuration that pins a scale is named as configured', () => {
    expect(scaleOf(['◎', '○'], resolveConfig({ symbols: { preset: 'arrows' } }))).toEqual({ name: 'arrows', symbols: ['↗', '→', '↘'], source: 'configured' });
    expect(scaleOf(['済'], resolveConfig({ symbols: { ahead: ['先'], onTrack: ['済'], behind: ['遅'] } }))).toEqual({
      name: 'custom',
      symbols: ['先', '済', '遅'],
      source: 'configured',
    });
  });
});

describe('otherSheets', () => {
  test('passes through validateSheet(table, { otherSheets }) and into the report', () => {
    const r = validateSheet(sheet([soundRow()]), { month: 10, otherSheets: ['R7（記入例）', '集計'] });
    expect(r.otherSheets).toEqual(['R7（記入例）', '集計']);
    expect(validate(sheet([soundRow()]), { month: 10, otherSheets: ['集計'] }).files[0].otherSheets).toEqual(['集計']);
  });

  test('absent when there is none', () => {
    expect('otherSheets' in validateSheet(sheet([soundRow()]), { month: 10 })).toBe(false);
    expect('otherSheets' in validateSheet(sheet([soundRow()]), { month: 10, otherSheets: [] })).toBe(false);
  });
});
