import fc from 'fast-check';
import { normalizeSlowly } from '../../../src/core/normalize';
import { Entry, parseEntries, ParseOptions, sameBodies, sameWords } from '../../../src/core/parse/entries';
import { mayStartLabel, MonthLabel, parseMonthLabel, yearAgrees } from '../../../src/core/parse/month-label';
import { findQuantities, findWithPattern } from '../../../src/core/parse/quantities';
import { rateIn, RATE } from '../../../src/core/parse/targets';
import { progressText, textOf, TRICKY } from './text-arbitraries';

/**
 * The parser reads only line starts through the normalisation table and normalises bodies when
 * read. The reference below is the parser as it was before (issue 12): the whole text through
 * NFKC, each line's label read from the normalised line, bodies cut from the normalised text. Both
 * must give the same entries, for any text.
 */
const LABEL_CHARS = new Set([...'0123456789 \t月頃分年度令和Rr.:~・、,/【】[]()〔〕〈〉《》通随時上下半期間\u2212\u2010\u2011\u2015\u30FC\u2013\u2014-']);

function referenceLabel(slice: string): MonthLabel | undefined {
  let end = 0;
  while (end < slice.length && LABEL_CHARS.has(slice[end])) end++;
  return parseMonthLabel(end < slice.length ? slice.slice(0, end) + 'X' : slice);
}

interface RefEntry {
  label?: MonthLabel;
  firstLine: number;
  lineCount: number;
  body: string;
}

function referenceParse(text: string, options: ParseOptions): { entries: RefEntry[]; otherYears: MonthLabel[] } {
  const s = normalizeSlowly(text);
  const entries: RefEntry[] = [];
  const otherYears: MonthLabel[] = [];
  const lines = s.split(/\r\n|\n|\r/);
  let current: RefEntry | undefined;
  let body: string[] = [];
  const breaks = s.match(/\r\n|\n|\r/g) ?? [];
  const close = () => {
    if (!current) return;
    current.body = body.join('').trim();
    if (current.label || current.body !== '') entries.push(current);
  };
  lines.forEach((line, i) => {
    let label = line.length > 0 && mayStartLabel(line.charCodeAt(0)) ? referenceLabel(line.slice(0, 64)) : undefined;
    if (label && !yearAgrees(label, options.fiscalYear)) {
      otherYears.push(label);
      label = undefined;
    }
    const br = i > 0 ? breaks[i - 1] : '';
    if (label) {
      close();
      current = { label, firstLine: i, lineCount: 1, body: '' };
      body = [line.slice(label.length)];
    } else if (current) {
      current.lineCount++;
      body.push(br, line);
    } else {
      current = { firstLine: i, lineCount: 1, body: '' };
      body = [line];
    }
  });
  close();
  return { entries, otherYears };
}

const shape = (e: Entry | RefEntry) => ({ label: e.label, firstLine: e.firstLine, lineCount: e.lineCount, body: e.body });
const fiscalYear = fc.constantFrom<ParseOptions>({}, { fiscalYear: 2025 }, { fiscalYear: 2024 });

describe('parseEntries reads what the whole-text parser read', () => {
  test('the same entries, labels, bodies and labels of other years', () => {
    fc.assert(
      fc.property(progressText, fiscalYear, (text, options) => {
        const parsed = parseEntries(text, options);
        const ref = referenceParse(text, options);
        // `empty` first, before `body` is worked out, then the bodies.
        expect(parsed.entries.map((e) => e.empty)).toEqual(ref.entries.map((e) => e.body === ''));
        expect(parsed.entries.map(shape)).toEqual(ref.entries.map(shape));
        expect(parsed.otherYearLabels).toEqual(ref.otherYears);
      }),
      { numRuns: 3000 },
    );
  });

  test('sameBodies tells bodies apart as sameWords on the normalised bodies does', () => {
    const ends = fc.constantFrom('', ' ', '\u00a0', ' \u00a0', '\u3000', '\u200b', '\u2000', '\u0301', ' x');
    const base = fc.oneof(textOf(TRICKY, 10), fc.constantFrom('同じ文面', '同じ　文面', '同じ 文面 ', '同じ\u200b文面', 'ＡＢＣ', 'ABC', 'か\u3099', 'が'));
    const body = fc.tuple(ends, base, ends).map(([a, b, c]) => a + b + c);
    fc.assert(
      fc.property(body, body, fc.constantFrom('4月:', '４月：', '\u200b4月:'), (a, b, label) => {
        const [x, y] = parseEntries(`${label}${a}\n5月:${b}`).entries;
        const fresh = parseEntries(`${label}${a}\n5月:${b}`).entries;
        expect(sameBodies(x, y)).toBe(sameWords(fresh[0].body, fresh[1].body));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('the quantity scanner finds what the pattern finds', () => {
  const chars = [...'0123456789', ',', ',', '.', ' ', '\u3000', '\u00a0', '\n', ...'件名人団体回箇所社施設事業所第日a%', '団体', '事業所'];
  const counters = fc.constantFrom<string[] | undefined>(undefined, ['回数', '回', 'km', '件']);
  const seen = (text: string, list?: string[]) =>
    (list ? findQuantities(text, list) : findQuantities(text)).map((q) => [q.value, q.raw, q.counter, q.index, q.context]);
  const expected = (text: string, list?: string[]) =>
    findWithPattern(text, list ?? ['件', '名', '人', '団体', '回', '箇所', '社', '施設', '事業所']).map((q) => [q.value, q.raw, q.counter, q.index, q.context]);

  test('for any text', () => {
    fc.assert(
      fc.property(textOf(chars, 40), counters, (text, list) => {
        expect(seen(text, list)).toEqual(expected(text, list));
      }),
      { numRuns: 5000 },
    );
  });

  test.each(['1,2345件', '1234,567件', '12.5 件', '1.件', '第 3回', '3,000,00件', '0.5人と1,800件', '12\n件'])('%p', (text) => {
    expect(seen(text)).toEqual(expected(text));
  });

  test('no counters at all: as the pattern (which then takes every number)', () => {
    expect(findQuantities('12件と3', []).map((q) => [q.raw, q.counter])).toEqual(findWithPattern('12件と3', []).map((q) => [q.raw, q.counter]));
  });

  test('counters that could start a number are left to the pattern', () => {
    expect(findQuantities('12 3x', ['3x']).map((q) => q.raw)).toEqual(findWithPattern('12 3x', ['3x']).map((q) => q.raw));
  });
});

test('bodies that differ only by what NFKC makes white space at their end are the same', () => {
  for (const [a, b] of [
    ['abc \u00a0', 'abc'],
    ['abc\u00a0', 'abc'],
    ['abc', 'abc \u2000'],
    ['同じ文面\u3000', '同じ文面'],
  ]) {
    const [x, y] = parseEntries(`4月:${a}\n5月:${b}`).entries;
    expect([a, b, sameBodies(x, y)]).toEqual([a, b, true]);
  }
});

describe('rates read by hand are what the pattern reads', () => {
  const chars = [...'全体達成率', '全体達成率', ...'0123456789', '.', '-', ':', '%', ' ', '\u3000', '\t', '\n', 'x', '(', ')'];
  test('for any text', () => {
    fc.assert(
      fc.property(textOf(chars, 30), (text) => {
        const m = RATE.exec(text);
        expect(rateIn(text)).toBe(m ? Number(m[1]) : undefined);
      }),
      { numRuns: 5000 },
    );
  });
  test.each(['(全体達成率:50%)', '全体達成率 : -12.5 %', '全体達成率:5.%全体達成率:7%', '全体達成率::5%', '全体達成率 5', '全体達成率:1.2.3%'])(
    '%p',
    (text) => {
      const m = RATE.exec(text);
      expect(rateIn(text)).toBe(m ? Number(m[1]) : undefined);
    },
  );
});
