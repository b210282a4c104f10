import { insertMonthLine } from '../../../src/core/insert-month';
import { cellLabelStyle, LabelStyle, labelStyleOf, restyleLine, styledLabel, YearPrefix } from '../../../src/core/insert-month/label-style';
import { normalizeText } from '../../../src/core/normalize';
import { parseEntries } from '../../../src/core/parse/entries';
import { calendarYearOf } from '../../../src/core/fiscal';
import { parseMonthLabel, yearAgrees } from '../../../src/core/parse/month-label';

const styleOfFirst = (text: string) => {
  const cell = parseEntries(text);
  return labelStyleOf(cell, cell.entries[0]);
};

describe('labelStyleOf: how a cell writes its labels', () => {
  test.each<[string, LabelStyle | undefined]>([
    ['10月:a', { fullWidth: false, colon: ':' }],
    ['１０月：a', { fullWidth: true, colon: '：' }],
    ['10月：a', { fullWidth: false, colon: '：' }],
    ['【10月】a', { fullWidth: false, open: '【', close: '】' }],
    ['【１０月】：a', { fullWidth: true, open: '【', close: '】', colon: '：' }],
    ['［4月］a', { fullWidth: false, open: '［', close: '］' }],
    ['（４月）a', { fullWidth: true, open: '（', close: '）' }],
    ['(4月)a', { fullWidth: false, open: '(', close: ')' }],
    ['10月　ALTを活用', { fullWidth: false, space: '\u3000' }],
    ['10月 ALTを活用', { fullWidth: false, space: ' ' }],
    ['５月・６月：a', { fullWidth: true, colon: '：' }],
    ['7月~9月　a', { fullWidth: false, space: '\u3000' }],
    ['4月分：a', { fullWidth: false, colon: '：' }],
    ['10月', { fullWidth: false }],
    // Invisible characters hide no style (before this merge: no brackets, and a plain space instead of U+3000).
    ['\u200B【10月】a', { fullWidth: false, open: '【', close: '】' }],
    ['10月\u200B\u3000ALTを活用', { fullWidth: false, space: '\u3000' }],
    ['１\u200B０月：a', { fullWidth: true, colon: '：' }],
    ['通年:a', undefined],
    ['説明会を開催', undefined],
  ])('%p → %p', (text, style) => {
    expect(styleOfFirst(text)).toEqual(style);
  });
});

describe('styledLabel and restyleLine', () => {
  test.each<[LabelStyle, string]>([
    [{ fullWidth: false, colon: ':' }, '11月:'],
    [{ fullWidth: true, colon: '：' }, '１１月：'],
    [{ fullWidth: false, open: '【', close: '】' }, '【11月】'],
    [{ fullWidth: true, open: '【', close: '】', colon: '：' }, '【１１月】：'],
    [{ fullWidth: true, open: '（', close: '）' }, '（１１月）'],
    [{ fullWidth: false, space: '\u3000' }, '11月\u3000'],
    [{ fullWidth: false }, '11月:'],
  ])('%p → %p', (style, label) => {
    expect(styledLabel(11, style)).toBe(label);
  });

  test('a line of the default form takes the style; its text is kept', () => {
    expect(restyleLine('11月:説明会', 11, { fullWidth: true, colon: '：' })).toBe('１１月：説明会');
    expect(restyleLine('11月:説明会', 11, { fullWidth: false, open: '【', close: '】' })).toBe('【11月】説明会');
    // After a space label, the space is the label's: no second one.
    expect(restyleLine('11月: 説明会', 11, { fullWidth: false, space: '\u3000' })).toBe('11月\u3000説明会');
    expect(restyleLine('1月:', 1, { fullWidth: true, colon: '：' })).toBe('１月：');
  });

  test('a template with a label style of its own, or no style, is left as it is', () => {
    const fullWidth: LabelStyle = { fullWidth: true, colon: '：' };
    expect(restyleLine('11月分:説明会', 11, fullWidth)).toBe('11月分:説明会');
    expect(restyleLine('【11月】', 11, fullWidth)).toBe('【11月】');
    expect(restyleLine('11月:説明会', 11, undefined)).toBe('11月:説明会');
    expect(restyleLine('12月:x', 11, fullWidth)).toBe('12月:x');
  });
});

describe('cellLabelStyle: the dated label nearest before the new line, else the first one', () => {
  const cell = parseEntries('通年:啓発\n4月:a\n【5月】b\n７月：c');
  test.each<[number, LabelStyle]>([
    [0, { fullWidth: false, colon: ':' }],
    [1, { fullWidth: false, colon: ':' }],
    [3, { fullWidth: false, open: '【', close: '】' }],
    [4, { fullWidth: true, colon: '：' }],
  ])('before line %i', (index, style) => {
    expect(cellLabelStyle(cell, index)).toEqual(style);
  });
  test('a cell without a dated label has no style', () => {
    expect(cellLabelStyle(parseEntries('随時:相談\n継続中'), 1)).toBeUndefined();
  });
});

describe('insertMonthLine writes the new line in the cell’s label style', () => {
  const ins = (text: string, month: number, matchStyle?: boolean) => {
    const r = insertMonthLine(text, month, `${month}月:`, matchStyle === undefined ? {} : { matchStyle });
    if (r.status !== 'inserted') throw new Error(`not inserted: ${r.message.en}`);
    return r;
  };

  test.each([
    ['the full-width colon', '9月：a\n10月：b', 11, '9月：a\n10月：b\n11月：'],
    ['full-width digits', '９月：a\n１０月：b', 11, '９月：a\n１０月：b\n１１月：'],
    ['【】', '【9月】a\n【10月】b', 11, '【9月】a\n【10月】b\n【11月】'],
    ['［］', '［9月］a', 10, '［9月］a\n［10月］'],
    ['a U+3000 space', '9月\u3000a\n10月\u3000b', 11, '9月\u3000a\n10月\u3000b\n11月\u3000'],
    ['the label before the new line, in a cell of mixed styles', '4月:a\n【5月】b\n７月：c', 6, '4月:a\n【5月】b\n【6月】\n７月：c'],
    ['the label before the new line, at the end', '4月:a\n【5月】b\n７月：c', 8, '4月:a\n【5月】b\n７月：c\n８月：'],
    ['two-digit months in full width', '１１月：a', 12, '１１月：a\n１２月：'],
    // Before this merge: `11月:` (the U+200B in front of `【` hid the brackets); nothing invisible is copied.
    ['brackets after an invisible U+200B', '\u200B【10月】b', 11, '\u200B【10月】b\n【11月】'],
  ])('%s', (_name, text, month, after) => {
    const r = ins(text, month);
    expect(r.text).toBe(after);
    // Only characters are added: removing them gives the cell back.
    expect(r.text.slice(0, r.at) + r.text.slice(r.at + r.inserted.length)).toBe(text);
    // The new line is read as the month's label.
    expect(parseEntries(r.line).entries[0].label?.months).toEqual([month]);
  });

  test('matchStyle: false keeps the default form', () => {
    expect(ins('９月：a', 10, false).text).toBe('９月：a\n10月:');
  });

  test('the added line counts for the month when validated: a second run adds nothing', () => {
    for (const text of ['９月：a', '【9月】a', '9月\u3000a', '（９月）a']) {
      const first = ins(text, 10);
      expect(insertMonthLine(first.text, 10, '10月:')).toMatchObject({ status: 'skipped', reason: 'covered' });
    }
  });
});

describe('a year in front of the labels (令和7年10月:, R7.10月:, 2025年10月:)', () => {
  const reiwa = (before: string, after: string, fullWidth = false, fiscalYear = 2025): YearPrefix => ({ fiscalYear, era: 'reiwa', before, fullWidth, after });
  const western = (after: string, fullWidth = false, fiscalYear = 2025): YearPrefix => ({ fiscalYear, era: 'western', before: '', fullWidth, after });

  test.each<[string, YearPrefix | undefined]>([
    ['令和7年10月:a', reiwa('令和', '年')],
    // January–March belong to the fiscal year that began the April before.
    ['令和８年１月：a', reiwa('令和', '年', true)],
    ['令和8年4月:a', reiwa('令和', '年', false, 2026)],
    ['R7.10月:a', reiwa('R', '.')],
    ['Ｒ７．１０月：a', reiwa('Ｒ', '．', true)],
    ['r7年10月:a', reiwa('r', '年')],
    ['R 7 . 10月:a', reiwa('R ', ' . ')],
    ['令和\u30007年 10月:a', reiwa('令和\u3000', '年 ')],
    ['㋿7年10月:a', reiwa('㋿', '年')],
    ['【令和7年10月】a', reiwa('令和', '年')],
    ['【 令和7年10月 】：a', reiwa('令和', '年')],
    ['2025年10月:a', western('年')],
    ['２０２６年３月\u3000a', western('年', true)],
    ['令和7年10月~12月:a', reiwa('令和', '年')],
    // Not written again: a zero in front, digits of two widths, no year.
    ['R07.10月:a', undefined],
    ['２0２5年10月:a', undefined],
    ['10月:令和7年度の説明会', undefined],
  ])('%p', (text, year) => {
    expect(styleOfFirst(text)?.year).toEqual(year);
  });

  test('the month’s digits are judged after the year: `令和７年10月：` writes the month in half width', () => {
    expect(styleOfFirst('令和７年10月：a')).toEqual({ fullWidth: false, colon: '：', year: reiwa('令和', '年', true) });
    expect(styleOfFirst('2025年１０月：a')).toEqual({ fullWidth: true, colon: '：', year: western('年') });
  });

  test.each<[string, number, string]>([
    ['令和7年10月:a', 11, '令和7年11月:'],
    ['令和7年12月:a', 1, '令和8年1月:'],
    ['令和8年1月:a', 12, '令和7年12月:'],
    ['令和8年3月:a', 4, '令和7年4月:'],
    ['令和7年10月~12月:a', 1, '令和8年1月:'],
    ['R7.10月:a', 11, 'R7.11月:'],
    ['R7.12月:a', 1, 'R8.1月:'],
    ['r7年10月:a', 11, 'r7年11月:'],
    ['Ｒ７．１０月：a', 11, 'Ｒ７．１１月：'],
    ['R 7 . 10月:a', 11, 'R 7 . 11月:'],
    ['令和\u30007年 10月:a', 11, '令和\u30007年 11月:'],
    ['㋿7年12月:a', 1, '㋿8年1月:'],
    ['令和７年１０月：a', 11, '令和７年１１月：'],
    ['令和９年１２月：a', 1, '令和１０年１月：'],
    ['令和７年10月：a', 11, '令和７年11月：'],
    ['【令和7年10月】a', 11, '【令和7年11月】'],
    ['【令和７年１０月】：a', 11, '【令和７年１１月】：'],
    ['令和7年10月\u3000a', 11, '令和7年11月\u3000'],
    ['2025年10月:a', 11, '2025年11月:'],
    ['2025年10月:a', 1, '2026年1月:'],
    ['２０２５年１２月\u3000a', 1, '２０２６年１月\u3000'],
  ])('%p, month %i → %p, read back as that month of a year that agrees', (text, month, label) => {
    const style = styleOfFirst(text)!;
    expect(styledLabel(month, style)).toBe(label);
    const read = parseMonthLabel(normalizeText(label))!;
    expect(read.months).toEqual([month]);
    expect(read.year).toBe(calendarYearOf(style.year!.fiscalYear, month));
    expect(yearAgrees(read, style.year!.fiscalYear)).toBe(true);
    expect(yearAgrees(read, style.year!.fiscalYear + 1)).toBe(false);
  });

  test.each<[string, number, string]>([
    // A year the parser would not read (Reiwa 100, 2100): the label is written without a year.
    ['令和99年12月:a', 1, '1月:'],
    ['2099年12月：a', 1, '1月：'],
    // A year not written again exactly: no year either, the rest of the style kept.
    ['R07.10月:a', 11, '11月:'],
    ['【２0２5年10月】a', 11, '【11月】'],
    ['R０７．１０月：a', 11, '１１月：'],
  ])('%p, month %i → %p (no year rather than an odd one)', (text, month, label) => {
    expect(styledLabel(month, styleOfFirst(text)!)).toBe(label);
  });

  test('restyleLine writes the year before the month and keeps the text', () => {
    const style = styleOfFirst('令和7年12月：a')!;
    expect(restyleLine('1月:説明会', 1, style)).toBe('令和8年1月：説明会');
    expect(restyleLine('1月分:説明会', 1, style)).toBe('1月分:説明会');
  });

  test('cellLabelStyle follows the year only when it agrees with the sheet’s fiscal year', () => {
    const cell = parseEntries('令和7年9月:a\n令和7年10月:b');
    expect(cellLabelStyle(cell, 2)?.year).toEqual(reiwa('令和', '年'));
    expect(cellLabelStyle(cell, 2, 2025)?.year).toEqual(reiwa('令和', '年'));
    // A cell copied from last year's sheet: the colon is followed, not the year.
    expect(cellLabelStyle(cell, 2, 2026)).toEqual({ fullWidth: false, colon: ':' });
  });
});

describe('insertMonthLine on a cell with era labels', () => {
  const ins = (text: string, month: number, fiscalYear?: number) => {
    const r = insertMonthLine(text, month, `${month}月:`, fiscalYear === undefined ? {} : { fiscalYear });
    if (r.status !== 'inserted') throw new Error(`not inserted: ${r.message.en}`);
    return r;
  };

  test.each<[string, number, string, string]>([
    // Before this change: `11月:` under `令和7年10月:`.
    ['令和7年9月: a\n令和7年10月: b', 11, '令和7年9月: a\n令和7年10月: b\n令和7年11月:', '令和7年11月:'],
    ['令和7年11月:a\n令和7年12月:b', 1, '令和7年11月:a\n令和7年12月:b\n令和8年1月:', '令和8年1月:'],
    ['令和7年10月:a\n令和8年1月:c', 12, '令和7年10月:a\n令和7年12月:\n令和8年1月:c', '令和7年12月:'],
    ['令和7年10月:a\n令和8年1月:c', 2, '令和7年10月:a\n令和8年1月:c\n令和8年2月:', '令和8年2月:'],
    ['令和８年２月：a', 4, '令和７年４月：\n令和８年２月：a', '令和７年４月：'],
    ['R7.9月:a\r\nR7.10月:b', 11, 'R7.9月:a\r\nR7.10月:b\r\nR7.11月:', 'R7.11月:'],
    ['2025年12月\u3000a', 1, '2025年12月\u3000a\n2026年1月\u3000', '2026年1月\u3000'],
  ])('%j + month %i', (text, month, after, line) => {
    const r = ins(text, month);
    expect(r.text).toBe(after);
    expect(r.line).toBe(line);
    expect(r.text.slice(0, r.at) + r.text.slice(r.at + r.inserted.length)).toBe(text);
    // Validated on a sheet of fiscal year 2025: the new label is read as the month (no year outside
    // the sheet's), so the month counts and a second run adds nothing.
    const cell = parseEntries(r.text, { fiscalYear: 2025 });
    expect(cell.otherYearLabels).toEqual([]);
    const added = cell.entries.find((e) => e.label?.months.includes(month))!.label!;
    expect(added.months).toEqual([month]);
    expect(added.year).toBe(calendarYearOf(2025, month));
    expect(yearAgrees(added, 2025)).toBe(true);
    expect(insertMonthLine(r.text, month, `${month}月:`)).toMatchObject({ status: 'skipped', reason: 'covered' });
  });

  test('a cell copied from last year’s sheet gets no year: the new line still counts for the sheet’s year', () => {
    const r = ins('令和6年9月:a\n令和6年10月:b', 11, 2025);
    expect(r.line).toBe('11月:');
    const cell = parseEntries(r.text, { fiscalYear: 2025 });
    expect(cell.entries.filter((e) => e.label).map((e) => e.label!.months)).toEqual([[11]]);
    // Without the sheet's year the cell's own year is followed.
    expect(ins('令和6年9月:a\n令和6年10月:b', 11).line).toBe('令和6年11月:');
    expect(ins('令和7年10月:b', 11, 2025).line).toBe('令和7年11月:');
  });

  test('matchStyle: false keeps the default form, year left out', () => {
    expect(ins('令和7年10月:b', 11).text).toBe('令和7年10月:b\n令和7年11月:');
    const r = insertMonthLine('令和7年10月:b', 11, '11月:', { matchStyle: false });
    expect(r).toMatchObject({ status: 'inserted', line: '11月:' });
  });
});
