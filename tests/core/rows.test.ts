import { ColumnKey } from '../../src/core/columns';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { detectHeader, headerMatcher } from '../../src/core/header';
import { classifyRow, classifyRows, RowKind } from '../../src/core/rows';
import { SheetCell } from '../../src/core/table';
import { cell, HEADER, RowInput, sheet, soundRow } from '../helpers/sheet';

const matcher = headerMatcher(DEFAULT_CONFIG.columns);
const keyOf = new Map<number, ColumnKey>(DEFAULT_CONFIG.columns.map((c, i) => [i, c.key]));
const W = HEADER.length;
type Row = (SheetCell | null)[];

/** A row of the template's columns. */
const row = (values: RowInput): Row => HEADER.map((h) => cell(values[h]));
/** One text merged across the whole table from column A: the covered cells carry `mergedFrom`. */
const mergedAcross = (text: string, at = 'A3'): Row => [{ value: text }, ...Array.from({ length: W - 1 }, () => ({ value: text, mergedFrom: at }))];
const kind = (r: Row) => classifyRow(r, keyOf, matcher);

describe('classifyRow: what a row under the header is', () => {
  test.each<[string, Row, RowKind | undefined]>([
    ['a sound initiative', row(soundRow()), 'initiative'],
    ['an initiative with only a few cells filled', row({ 'No.': 3, 取組名: '見守り' }), 'initiative'],
    ['an initiative that is only a progress text', row({ 進捗状況及び課題: '4月:a' }), 'initiative'],
    ['an initiative whose No. is missing', row({ ...soundRow(), 'No.': null }), 'initiative'],
    // Section title rows.
    ['a section title merged across the table', mergedAcross('１　行政経営'), 'section'],
    [
      'a section title merged across, resolved values blank',
      [{ value: '１　行政経営' }, ...Array.from({ length: W - 1 }, () => ({ value: null, mergedFrom: 'A3' }))],
      'section',
    ],
    ['a section title unmerged in the No. column', row({ 'No.': '１　行政経営' }), 'section'],
    ['a section title without a number in the No. column', row({ 'No.': '行政経営' }), 'section'],
    ['a section title in a column outside the template', [...Array.from({ length: W }, () => null), { value: '福祉' }], 'section'],
    ['a heading in 取組名 (■ 福祉)', row({ 取組名: '■ 福祉' }), 'section'],
    ['a numbered heading in 所管部 ((1) 防災)', row({ 所管部: '(1) 防災' }), 'section'],
    // Unused template rows.
    ['a typed No. alone', row({ 'No.': 12 }), 'template'],
    ['a No. formula =ROW()-4 alone', HEADER.map((h) => (h === 'No.' ? { value: 5, formula: 'ROW()-4' } : null)), 'template'],
    [
      'a No. formula with 所管部 and 課 copied down',
      HEADER.map((h) => (h === 'No.' ? { value: 5, formula: 'ROW()-4' } : h === '所管部' ? cell('福祉部') : h === '課' ? cell('地域福祉課') : null)),
      'template',
    ],
    ['a No. as text digits with 所管部 copied down', row({ 'No.': '７', 所管部: '福祉部' }), 'template'],
    [
      'a No. formula whose value is blank, 所管部 copied down',
      HEADER.map((h) => (h === 'No.' ? { value: null, formula: 'IF(B9="","",ROW()-4)' } : h === '所管部' ? cell('福祉部') : null)),
      'template',
    ],
    // Note rows.
    ['a note starting with ※', row({ 'No.': '※記入例です。この行は削除してください' }), 'note'],
    ['a note merged across', mergedAcross('※ 進捗度は ↗ → ↘ で記入'), 'note'],
    ['a note starting with 注', row({ 取組名: '注）数値は10月末現在' }), 'note'],
    ['a note starting with (注)', row({ 'No.': '（注）非表示の行は終了した取組' }), 'note'],
    ['a note starting with ＊', row({ 'No.': '＊再掲' }), 'note'],
    // Header rows.
    ['the header repeated', HEADER.map((h) => cell(h)), 'header'],
    [
      'the header repeated with aliases and line breaks',
      HEADER.map((h) => cell(h === '進捗状況及び課題' ? '進捗状況\n及び課題' : h === 'No.' ? '番号' : h)),
      'header',
    ],
    ['a row that repeats a few header words is an initiative', row({ ...soundRow(), 取組名: '取組名', 取組の概要: '概要', 年度計画: '計画' }), 'initiative'],
    // Blank rows.
    ['a blank row', row({}), undefined],
    ['spaces only', row({ 取組名: ' 　' }), undefined],
    ['only a merge coming down from the row above', HEADER.map(() => ({ value: 'x', mergedFrom: 'A3' })), undefined],
    ['an empty array', [], undefined],
  ])('%s → %s', (_name, cells, expected) => {
    expect(kind(cells)).toBe(expected);
  });

  test('a lone text in a content column is the content of an initiative, not a title', () => {
    expect(kind(row({ 年度目標: '１　行政経営' }))).toBe('initiative');
    expect(kind(row({ 進捗度: '→' }))).toBe('initiative');
  });

  test('without a matcher a repeated header is an initiative', () => {
    expect(
      classifyRow(
        HEADER.map((h) => cell(h)),
        keyOf,
      ),
    ).toBe('initiative');
  });
});

describe('classifyRows: the rows of a sheet', () => {
  /** Title, header, then: section, 2 initiatives, template, note, section (No. column), initiative (hidden), header again, blank. */
  const build = () => {
    const t = sheet([]);
    t.rows.push(mergedAcross('１　行政経営'));
    t.rows.push(row(soundRow({ 'No.': 1 })));
    t.rows.push(row(soundRow({ 'No.': 2 })));
    t.rows.push(HEADER.map((h) => (h === 'No.' ? { value: 3, formula: 'ROW()-4' } : h === '所管部' ? cell('福祉部') : null)));
    t.rows.push(row({ 'No.': '※記入例です' }));
    t.rows.push(row({ 'No.': '２　福祉\n（高齢・障がい）' }));
    t.rows.push(row(soundRow({ 'No.': 4 })));
    t.rows.push(HEADER.map((h) => cell(h)));
    t.rows.push(row({}));
    t.hiddenRows = [5, 8];
    return t;
  };

  test('initiatives, the rows left out with their kind and text, hidden rows, sections', () => {
    const t = build();
    const model = classifyRows(t, detectHeader(t, DEFAULT_CONFIG)!, matcher);
    expect(model.initiatives).toEqual([3, 4, 8]);
    expect(model.skipped.map((r) => [r.index, r.kind, r.text, r.hidden])).toEqual([
      [2, 'section', '１　行政経営', false],
      [5, 'template', undefined, true],
      [6, 'note', '※記入例です', false],
      [7, 'section', '２　福祉', false],
      [9, 'header', 'No.', false],
    ]);
    expect(model.rows.map((r) => r.index)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(model.get(8)).toMatchObject({ kind: 'initiative', hidden: true, section: 7 });
    expect(model.get(10)).toBeUndefined();
    expect(model.sectionTitle(3)).toBe('１　行政経営');
    expect(model.sectionTitle(4)).toBe('１　行政経営');
    expect(model.sectionTitle(8)).toBe('２　福祉');
    expect(model.sectionTitle(2)).toBeUndefined();
  });

  test('an initiative before any section title has none', () => {
    const t = sheet([soundRow()]);
    const model = classifyRows(t, detectHeader(t, DEFAULT_CONFIG)!, matcher);
    expect(model.initiatives).toEqual([2]);
    expect(model.get(2)?.section).toBeUndefined();
    expect(model.sectionTitle(2)).toBeUndefined();
    expect(model.skipped).toEqual([]);
  });
});
