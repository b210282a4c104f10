import fc from 'fast-check';
import { SheetCell, SheetTable } from '../../../src/core/table';
import { validateSheet } from '../../../src/core/validate';
import { HEADER } from '../../helpers/sheet';

/** Text built from the sheet's grammar, mixed with arbitrary characters. */
const monthText = fc
  .array(
    fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 14 }), fc.constantFrom(':', '：', '頃:', '~:', '〜12月:', '・5月:'), fc.string({ maxLength: 30 })).map(([m, sep, t]) => `${m}月${sep}${t}`),
      fc.constantFrom('【4~9月の目標】(全体達成率:50%)', '【10~3月の目標】(全体達成率:100%)', '目標:25件', '作成件数9件', '通年:', '随時:'),
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
    ),
    { maxLength: 12 },
  )
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((br) => lines.join(br)));

const cellValue: fc.Arbitrary<SheetCell | null> = fc.oneof(
  fc.constant(null),
  monthText.map((value) => ({ value })),
  fc.string({ maxLength: 32767, size: 'max' }).map((value) => ({ value })),
  // Long cells near Excel's 32,767-character limit, made of the grammar.
  fc.tuple(monthText, fc.integer({ min: 1000, max: 32767 })).map(([t, n]) => ({ value: (t + '\n10月:' + 'あ'.repeat(n)).slice(0, n) })),
  fc.oneof(fc.integer(), fc.double(), fc.constant(Number.NaN)).map((value) => ({ value })),
  fc.boolean().map((value) => ({ value })),
  fc.constantFrom('#N/A', '#VALUE!', '#REF!', '#DIV/0!').map((error) => ({ value: null, error })),
  fc.string({ maxLength: 20 }).map((value) => ({ value, formula: 'A1&""' })),
);

const table: fc.Arbitrary<SheetTable> = fc
  .tuple(
    fc.array(fc.array(cellValue, { maxLength: 16 }), { maxLength: 6 }),
    fc.boolean(),
    fc.array(fc.array(cellValue, { minLength: 14, maxLength: 16 }), { maxLength: 8 }),
  )
  .map(([before, withHeader, data]) => ({
    sheetName: 'P',
    rows: [...before, ...(withHeader ? [HEADER.map((h) => ({ value: h }))] : []), ...data],
  }));

describe('validate, on arbitrary cells', () => {
  test('never throws and reports only known codes with a message', () => {
    fc.assert(
      fc.property(table, fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }), fc.constantFrom('ja' as const, 'en' as const), (t, month, lang) => {
        const r = validateSheet(t, { month, lang });
        for (const i of r.issues) {
          expect(typeof i.message).toBe('string');
          expect(i.message.length).toBeGreaterThan(0);
        }
        expect(r.summary.error + r.summary.warning + r.summary.info).toBe(r.issues.length);
      }),
      { numRuns: 150 },
    );
  });

  test('returns the same report for the same input', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 1, max: 12 }), (t, month) => {
        const copy: SheetTable = structuredClone(t);
        expect(validateSheet(copy, { month })).toEqual(validateSheet(t, { month }));
      }),
      { numRuns: 100 },
    );
  });
});
