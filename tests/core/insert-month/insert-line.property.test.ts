import fc from 'fast-check';
import { fiscalIndex } from '../../../src/core/fiscal';
import { insertMonthLine, MAX_CELL_LENGTH, planInsertion, planLinesFor, renderTemplate } from '../../../src/core/insert-month';
import { lineBreakOf, splitLines } from '../../../src/core/normalize';
import { coveredMonths, Entry, monthEntries, parseEntries } from '../../../src/core/parse/entries';
import { anyCell, anyText, cellText, month, template } from './arbitraries';

const RUNS = { numRuns: 300 };
const line = (m: number) => `${m}月:`;
const dated = (e: Entry) => !!e.label && e.label.kind !== 'word';
/** An entry as the validator sees it: its label and its text. */
const shape = (e: Entry) => `${e.label ? `${e.label.kind}[${e.label.months.join(',')}]${e.label.word ?? ''}` : '-'}|${e.body}`;

/** The result's entries and the index of the one the insertion made. */
function newEntry(r: { text: string; at: number; inserted: string }) {
  const entries = parseEntries(r.text).entries;
  // The new line starts at `at`, or one line break later when the insertion starts with the break.
  const start = /^(\r\n|\n|\r)/.exec(r.inserted)?.[0].length ?? 0;
  const lineIndex = splitLines(r.text.slice(0, r.at + start)).length - 1;
  return { entries, index: entries.findIndex((e) => e.firstLine === lineIndex) };
}

describe('insertMonthLine properties', () => {
  test('(a) removing the inserted characters gives the original back exactly', () => {
    fc.assert(
      fc.property(anyCell, month, (text, m) => {
        const r = insertMonthLine(text, m, line(m));
        if (r.status !== 'inserted') return;
        const br = lineBreakOf(text);
        // The line is the template's, in the label style of the cell (`：`, full-width digits, brackets).
        expect(parseEntries(r.line).entries[0]?.label?.months).toEqual([m]);
        expect([r.line, r.line + br, br + r.line]).toContain(r.inserted);
        expect(r.text.slice(r.at, r.at + r.inserted.length)).toBe(r.inserted);
        expect(r.text.slice(0, r.at) + r.text.slice(r.at + r.inserted.length)).toBe(text);
        expect(r.text.length).toBeLessThanOrEqual(MAX_CELL_LENGTH);
        // A text that ends with a line break still does (the new line goes before its final empty line), and one that does not, does not.
        expect(/[\r\n]$/.test(r.text)).toBe(/[\r\n]$/.test(text));
      }),
      RUNS,
    );
  });

  test('(b) afterwards the month is covered, a second run adds nothing, and the other entries are unchanged', () => {
    fc.assert(
      fc.property(anyCell, month, (text, m) => {
        const r = insertMonthLine(text, m, line(m));
        if (r.status === 'skipped') {
          expect(r.reason).toBe('covered');
          expect(coveredMonths(parseEntries(text)).has(m)).toBe(true);
          return;
        }
        expect(coveredMonths(parseEntries(text)).has(m)).toBe(false);
        expect(coveredMonths(parseEntries(r.text)).has(m)).toBe(true);
        expect(insertMonthLine(r.text, m, line(m))).toMatchObject({ status: 'skipped', reason: 'covered' });
        // The new line is an entry of its own; every original entry keeps its label and text, in order.
        const { entries, index } = newEntry(r);
        expect(index).toBeGreaterThanOrEqual(0);
        expect(shape(entries[index])).toBe(`single[${m}]|`);
        const rest = entries.filter((_, i) => i !== index).map(shape);
        expect(rest).toEqual(parseEntries(text).entries.map(shape));
      }),
      RUNS,
    );
  });

  /**
   * (c) What holds for any text, in order or not (dated = entries labelled with months, judged by
   * their first month in fiscal order, as the month-order rule does):
   * - every dated entry above the new line starts before the month;
   * - the next dated entry below it, if any, starts after the month (later dated entries may not,
   *   when the text was out of order);
   * - the new line directly follows the last dated entry above it, or — with none above — directly
   *   precedes the next dated entry, or — with no dated entry at all — is the last entry.
   */
  test('(c) the new line sits in fiscal order among the dated entries', () => {
    fc.assert(
      fc.property(cellText, month, (text, m) => {
        const r = insertMonthLine(text, m, line(m));
        if (r.status !== 'inserted') return;
        const { entries, index } = newEntry(r);
        const f = fiscalIndex(m);
        const above = entries.slice(0, index).filter(dated);
        const below = entries.slice(index + 1).filter(dated);
        for (const e of above) expect(fiscalIndex(e.label!.first!)).toBeLessThan(f);
        if (below.length) expect(fiscalIndex(below[0].label!.first!)).toBeGreaterThan(f);
        if (above.length) expect(entries[index - 1]).toBe(above[above.length - 1]);
        else if (below.length) expect(entries[index + 1]).toBe(below[0]);
        else expect(index).toBe(entries.length - 1);
      }),
      RUNS,
    );
  });

  test('(c) in a text whose dated entries are in fiscal order, they stay in order', () => {
    const firsts = (t: string) => monthEntries(parseEntries(t)).map((e) => fiscalIndex(e.label!.first!));
    const ordered = cellText.filter((t) => firsts(t).every((x, i, a) => i === 0 || x >= a[i - 1]));
    fc.assert(
      fc.property(ordered, month, (text, m) => {
        const r = insertMonthLine(text, m, line(m));
        if (r.status !== 'inserted') return;
        const after = firsts(r.text);
        expect(after).toEqual([...after].sort((a, b) => a - b));
      }),
      RUNS,
    );
  });

  test('(d) never throws on arbitrary text of a few thousand characters', () => {
    fc.assert(
      fc.property(anyText(4000), month, fc.boolean(), (text, m, formula) => {
        const r = insertMonthLine(text, m, line(m), { isFormula: formula });
        if (r.status === 'inserted') expect(r.text.slice(0, r.at) + r.text.slice(r.at + r.inserted.length)).toBe(text);
        planLinesFor(text, m);
        planInsertion([{ address: 'A1', row: 1, text, planText: text }], m, '{month}月:{plan}');
      }),
      RUNS,
    );
  });

  test('the cell limit: inserted exactly when the result fits', () => {
    fc.assert(
      fc.property(cellText, month, fc.integer({ min: -3, max: 8 }), (text, m, slack) => {
        const free = insertMonthLine(text, m, line(m), { maxLength: Infinity });
        if (free.status !== 'inserted') return;
        const limit = free.text.length + slack - 4;
        const r = insertMonthLine(text, m, line(m), { maxLength: limit });
        if (free.text.length <= limit) expect(r).toEqual(free);
        else expect(r).toMatchObject({ status: 'skipped', reason: 'too-long' });
      }),
      RUNS,
    );
  });

  test('formula cells and values that are not text are never changed', () => {
    fc.assert(
      fc.property(fc.oneof(cellText, fc.constant(null)), fc.oneof(fc.double(), fc.integer(), fc.boolean()), month, (text, value, m) => {
        expect(insertMonthLine(text, m, line(m), { isFormula: true })).toMatchObject({ status: 'skipped', reason: 'formula' });
        expect(insertMonthLine(value, m, line(m))).toMatchObject({ status: 'skipped', reason: 'not-text' });
      }),
      RUNS,
    );
  });
});

describe('plan lines and templates properties', () => {
  test('plan lines are lines of the plan as written, trimmed, each from an entry for the month', () => {
    fc.assert(
      fc.property(anyCell, month, (plan, m) => {
        const lines = planLinesFor(plan, m);
        const written = splitLines(plan).map((l) => l.trim());
        for (const l of lines) {
          expect(l).not.toBe('');
          expect(written).toContain(l);
        }
        if (lines.length === 0) expect(monthEntries(parseEntries(plan)).some((e) => e.label!.months.includes(m))).toBe(false);
      }),
      RUNS,
    );
  });

  test('a rendered template is one line that makes the month covered, or an error', () => {
    fc.assert(
      fc.property(template, anyCell, anyCell, month, (t, plan, progress, m) => {
        const rendered = renderTemplate(t, m, planLinesFor(plan, m));
        if ('error' in rendered) {
          expect(rendered.error.ja).toContain(t);
          return;
        }
        expect(rendered.line).not.toMatch(/[\r\n\u2028\u2029]/);
        const r = insertMonthLine(progress, m, rendered.line);
        const after = r.status === 'inserted' ? r.text : progress;
        expect(coveredMonths(parseEntries(after)).has(m)).toBe(true);
        expect(insertMonthLine(after, m, rendered.line)).toMatchObject({ status: 'skipped', reason: 'covered' });
      }),
      RUNS,
    );
  });

  test('templates that start with {month}月: always render', () => {
    fc.assert(
      fc.property(anyText(30), anyCell, month, (rest, plan, m) => {
        expect('line' in renderTemplate(`{month}月:${rest}`, m, planLinesFor(plan, m))).toBe(true);
      }),
      RUNS,
    );
  });
});
