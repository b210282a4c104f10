import fc from 'fast-check';
import { ALREADY_NORMAL, DROP, keptRanges, NORMAL_FORM, normalizeChars, normalizeSlowly, NOT_KEPT_SOURCE, SLOW } from '../../../src/core/normalize';
import { textOf, TRICKY } from './text-arbitraries';

/**
 * normalizeChars maps most sheet text one code unit at a time through a table and sends the rest
 * through NFKC (normalizeSlowly): the two must always agree, and the characters the table keeps or
 * maps must be boundaries NFKC never normalises across (the parser reads line starts and compares
 * bodies through the table, relying on it).
 */
const codeUnits = Array.from({ length: 0x10000 }, (_, c) => c).filter((c) => c < 0xd800 || c > 0xdfff);

describe('the normalisation table', () => {
  test('every code unit alone normalises as NFKC and the design mapping do', () => {
    const wrong = codeUnits.filter((c) => normalizeChars(String.fromCharCode(c)) !== normalizeSlowly(String.fromCharCode(c)));
    expect(wrong.map((c) => c.toString(16))).toEqual([]);
  });

  test('what it keeps or maps is no combining mark; what it keeps includes the already-normal characters', () => {
    const fast = codeUnits.filter((c) => NORMAL_FORM[c] < DROP);
    expect(fast.filter((c) => /\p{M}/u.test(String.fromCharCode(c))).map((c) => c.toString(16))).toEqual([]);
    const normal = codeUnits.filter((c) => ALREADY_NORMAL.test(String.fromCharCode(c)));
    expect(normal.filter((c) => NORMAL_FORM[c] !== c).map((c) => c.toString(16))).toEqual([]);
    // Full-width forms map to ASCII, the rest goes through NFKC.
    expect(NORMAL_FORM[0xff14]).toBe(0x34);
    expect(NORMAL_FORM[0x3000]).toBe(0x20);
    expect(NORMAL_FORM[0x200b]).toBe(DROP);
    expect(NORMAL_FORM[0x2460]).toBe(SLOW);
  });

  test('the pattern of the characters it does not keep is written from the table', () => {
    expect(NOT_KEPT_SOURCE).toBe(`[^${keptRanges(NORMAL_FORM)}]`);
  });

  test('texts normalise as NFKC and the design mapping do', () => {
    fc.assert(
      fc.property(textOf(TRICKY, 40), (s) => {
        expect(normalizeChars(s)).toBe(normalizeSlowly(s));
      }),
      { numRuns: 3000 },
    );
  });

  test('NFKC never normalises across a character the table keeps or maps (a line start, a compared body)', () => {
    fc.assert(
      fc.property(textOf(TRICKY, 30), (s) => {
        for (let i = 1; i < s.length; i++) {
          if (NORMAL_FORM[s.charCodeAt(i)] >= DROP) continue;
          expect(normalizeSlowly(s.slice(0, i)) + normalizeSlowly(s.slice(i))).toBe(normalizeSlowly(s));
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('nor across a line break', () => {
    fc.assert(
      fc.property(textOf(TRICKY, 20), fc.constantFrom('\n', '\r', '\r\n'), textOf(TRICKY, 20), (a, br, b) => {
        expect(normalizeSlowly(a + br + b)).toBe(normalizeSlowly(a) + br + normalizeSlowly(b));
      }),
      { numRuns: 2000 },
    );
  });
});
