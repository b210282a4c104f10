import fc from 'fast-check';
import { openXlsx, readSheet } from '../../../src/host/file/xlsx';
import { isoToSerial } from '../../../src/host/file/xlsx/cell-value';
import { parseArea } from '../../../src/host/file/xlsx/cell-ref';
import { decodeOoxmlText, encodeCellText, needsPreserve } from '../../../src/host/file/xlsx/text-escape';
import { oneSheet } from './builder';

test('any text written by encodeCellText reads back exactly (control characters, lone surrogates, literal escapes)', () => {
  const unit = fc.oneof(
    fc.constantFrom('\u0000', '\u0001', '\u001f', '\r', '\n', '\t', '\ufffe', '\uffff', '\ud842', '\udfb7', '_x000D_', '_x005F_', '_x', '&', '<', '>', ' '),
    fc.string({ unit: 'grapheme', maxLength: 2 }),
  );
  fc.assert(
    fc.property(
      fc.array(unit, { maxLength: 12 }).map((a) => a.join('')),
      (s) => {
        const space = needsPreserve(s) ? ' xml:space="preserve"' : '';
        const bytes = oneSheet(`<row r="1"><c r="A1" t="inlineStr"><is><t${space}>${encodeCellText(s)}</t></is></c></row>`);
        const cell = readSheet(openXlsx(bytes), 0).rows[0]?.[0];
        expect(cell?.value ?? '').toBe(s);
      },
    ),
    { numRuns: 200, seed: 3 },
  );
});

test('_xHHHH_ decoding goes left to right without overlaps', () => {
  expect(decodeOoxmlText('_x005F_x000D_')).toBe('_x000D_');
  expect(decodeOoxmlText('_x000D__x000A_')).toBe('\r\n');
  expect(decodeOoxmlText('_x00_ and _xZZZZ_')).toBe('_x00_ and _xZZZZ_');
  expect(encodeCellText('a_x0041_b')).toBe('a_x005F_x0041_b');
});

test('ISO dates to serial numbers in both date systems', () => {
  expect(isoToSerial('1900-01-01', false)).toBe(1);
  expect(isoToSerial('1900-02-28', false)).toBe(59);
  expect(isoToSerial('1900-03-01', false)).toBe(61);
  expect(isoToSerial('2025-04-01T12:00:00Z', false)).toBe(45748.5);
  expect(isoToSerial('2025-04-01T06:00:00+09:00', false)).toBe(45748.25);
  expect(isoToSerial('1904-01-01', true)).toBe(0);
  expect(isoToSerial('2025-13-01', false)).toBeUndefined();
  expect(isoToSerial('soon', false)).toBeUndefined();
});

test('areas: cells, whole columns and rows, reversed corners, out of grid', () => {
  expect(parseArea('$B$2:A1')).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
  expect(parseArea('C:A')).toEqual({ top: 0, left: 0, bottom: 1_048_575, right: 2 });
  expect(parseArea('3:3')).toEqual({ top: 2, left: 0, bottom: 2, right: 16_383 });
  expect(parseArea('A1:XFE1')).toBeUndefined();
  expect(parseArea('A1:B2:C3')).toBeUndefined();
});

test.each([
  ['_x0041\u0001', '_x005F_x0041_x0001_'],
  ['_x0041\r', '_x005F_x0041_x000D_'],
  ['_x0041_', '_x005F_x0041_'],
])('a literal _xHHHH is escaped whatever follows it: %p', (text, encoded) => {
  expect(encodeCellText(text)).toBe(encoded);
  expect(decodeOoxmlText(encodeCellText(text))).toBe(text);
});
