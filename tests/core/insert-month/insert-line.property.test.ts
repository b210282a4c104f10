import fc from 'fast-check';
import { fiscalIndex } from '../../../src/core/fiscal';
import { insertMonthLine } from '../../../src/core/insert-month';
import { coveredMonths, monthEntries, parseEntries } from '../../../src/core/parse/entries';

const FULL = '０１２３４５６７８９';
const digits = (n: number, full: boolean) => (full ? [...String(n)].map((d) => FULL[Number(d)]).join('') : String(n));
const month = fc.integer({ min: 1, max: 12 });

/** A label of the month grammar: single, list, range (also across the year end), open range, 頃, words. */
const label = fc.oneof(
  fc.tuple(month, fc.boolean()).map(([m, f]) => `${digits(m, f)}月${f ? '：' : ':'}`),
  fc.tuple(month, fc.boolean()).map(([m, f]) => `${digits(m, f)}月頃:`),
  fc.tuple(month, month).map(([a, b]) => `${a}月・${b}月:`),
  fc.tuple(month, month, fc.constantFrom('~', '〜', '～', 'ー')).map(([a, b, mark]) => `${a}月${mark}${b}月:`),
  month.map((m) => `${m}月~:`),
  fc.constantFrom('通年:', '随時:', '上半期:'),
);
const noise = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('', ' ', '6月6日より受付', '第1回会議'));
const line = fc.oneof(fc.tuple(label, noise).map(([l, t]) => l + t), noise);
const progress = fc
  .tuple(fc.array(line, { maxLength: 10 }), fc.constantFrom('\n', '\r\n'))
  .map(([lines, br]) => lines.join(br).replace(/\r(?!\n)|(?<!\r)\n/g, br === '\n' ? '\n' : '\r\n'));

describe('insertMonthLine guarantees', () => {
  test('removing the inserted characters gives the original back exactly', () => {
    fc.assert(
      fc.property(progress, month, (text, m) => {
        const r = insertMonthLine(text, m, `${m}月:`);
        if (r.status !== 'inserted') return;
        expect(r.text.slice(0, r.at)).toBe(text.slice(0, r.at));
        expect(r.text.slice(0, r.at) + r.text.slice(r.at + r.inserted.length)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  test('afterwards the month is covered, and a second run adds nothing', () => {
    fc.assert(
      fc.property(progress, month, (text, m) => {
        const r = insertMonthLine(text, m, `${m}月:`);
        const after = r.status === 'inserted' ? r.text : text;
        if (r.status === 'inserted' || r.reason === 'covered') {
          expect(coveredMonths(parseEntries(after)).has(m)).toBe(true);
          expect(insertMonthLine(after, m, `${m}月:`)).toMatchObject({ status: 'skipped', reason: 'covered' });
        }
      }),
      { numRuns: 300 },
    );
  });

  test('in a text whose entries are in fiscal order, the new entry keeps them in order', () => {
    const ordered = progress.filter((t) => {
      const firsts = monthEntries(parseEntries(t)).map((e) => fiscalIndex(e.label!.first!));
      return firsts.every((f, i) => i === 0 || f >= firsts[i - 1]);
    });
    fc.assert(
      fc.property(ordered, month, (text, m) => {
        const r = insertMonthLine(text, m, `${m}月:`);
        if (r.status !== 'inserted') return;
        const firsts = monthEntries(parseEntries(r.text)).map((e) => fiscalIndex(e.label!.first!));
        expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  });

  test('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), month, (text, m) => {
        insertMonthLine(text, m, `${m}月:`);
      }),
      { numRuns: 200 },
    );
  });
});
