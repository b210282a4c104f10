import fc from 'fast-check';
import { readFileSync } from 'fs';
import path from 'path';
import { openXlsx, readSharedStringsOf, readSheet, XlsxError, type OpenOptions, type SharedStringsElsewhere } from '../../../src/host/file/xlsx';
import { FIXTURE_XLSX } from '../../helpers/fixture';
import { buildPackage, oneSheet, sst, worksheet, xlsxErrorOf } from './builder';

/**
 * OpenOptions.sharedStrings: the shared strings read elsewhere (the CLI's worker thread) while the sheet is read. The
 * sheet must read exactly as when the strings are read in place, whatever the cells, and a failure on either side
 * must surface as it would in place.
 */

interface Call {
  bytes: Uint8Array;
  part: string;
  size: number;
}

/** A hook that reads the strings "elsewhere" with the layer's own reader, when asked (as the worker does), recording its calls. */
function recording(): { hook: SharedStringsElsewhere; calls: Call[]; joins: number } {
  const state = { calls: [] as Call[], joins: 0, hook: undefined as unknown as SharedStringsElsewhere };
  state.hook = (bytes, part, size) => {
    state.calls.push({ bytes, part, size });
    return () => {
      state.joins++;
      return readSharedStringsOf(bytes, part, size);
    };
  };
  return state;
}

const tableOf = (bytes: Uint8Array, options: OpenOptions = {}, index = 0) => readSheet(openXlsx(bytes, options), index);

const WRITERS = ['libreoffice', 'gnumeric', 'openpyxl'].map((w) => path.join(__dirname, '..', '..', 'fixtures', 'writers', `welfare-r7.${w}.xlsx`));

describe('a sheet read while its shared strings are read elsewhere', () => {
  test.each([FIXTURE_XLSX, ...WRITERS])('reads as in place: %s', (file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const r = recording();
    const book = openXlsx(bytes, { sharedStrings: r.hook });
    const elsewhere = book.sheets.map((_, i) => readSheet(book, i));
    const inPlace = openXlsx(bytes);
    expect(elsewhere).toEqual(book.sheets.map((_, i) => readSheet(inPlace, i)));
    // Counted against the book's budget, as a read in place counts it.
    expect(book.budget.used).toBe(inPlace.budget.used);
    // Some writers use inline strings only: nothing to hand over.
    if (book.sharedStringsPart === undefined) {
      expect(r.calls).toHaveLength(0);
      return;
    }
    // Handed over once a book (the first sheet read), with the file as opened and what the part declares.
    expect(r.calls).toHaveLength(1);
    expect(r.calls[0].bytes).toBe(bytes);
    expect(r.calls[0].part).toBe(book.sharedStringsPart);
    expect(r.calls[0].size).toBe(book.zip.find(book.sharedStringsPart!)!.uncompressedSize);
    expect(r.joins).toBe(1);
  });

  test('cells of every kind: formulas with t="s", empty values, merges spreading a shared string, numbers and inline text', () => {
    const bytes = oneSheet(
      '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v/></c><c r="C1" t="s"><f>X1</f><v></v></c><c r="D1" t="s"><f>Y1</f><v>0</v></c></row>' +
        '<row r="2"><c r="A2" t="s"><v> 2 </v></c><c r="B2"><v>3.5</v></c><c r="C2" t="inlineStr"><is><t>inline</t></is></c></row>' +
        '<row r="3"><c r="A3" t="s"><v>0</v></c></row>',
      { strings: ['ゼロ', 'いち', '\uD83D\uDE00 二'], after: '<mergeCells count="1"><mergeCell ref="A3:C3"/></mergeCells>' },
    );
    const r = recording();
    const elsewhere = tableOf(bytes, { sharedStrings: r.hook });
    expect(elsewhere).toEqual(tableOf(bytes));
    expect(elsewhere.rows[0]).toEqual([{ value: 'いち' }, null, { value: null, formula: 'X1' }, { value: 'ゼロ', formula: 'Y1' }]);
    expect(elsewhere.rows[1]).toEqual([{ value: '\uD83D\uDE00 二' }, { value: 3.5 }, { value: 'inline' }]);
    expect(elsewhere.rows[2]).toEqual([{ value: 'ゼロ' }, { value: 'ゼロ', mergedFrom: 'A3' }, { value: 'ゼロ', mergedFrom: 'A3' }]);
  });

  test('declined (undefined): read in place, nothing counted twice', () => {
    const bytes = oneSheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', { strings: ['a'] });
    const book = openXlsx(bytes, { sharedStrings: () => undefined });
    expect(readSheet(book, 0).rows).toEqual([[{ value: 'a' }]]);
    const inPlace = openXlsx(bytes);
    readSheet(inPlace, 0);
    expect(book.budget.used).toBe(inPlace.budget.used);
  });

  test('a book without shared strings never calls it', () => {
    const r = recording();
    const bytes = oneSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>');
    expect(tableOf(bytes, { sharedStrings: r.hook }).rows).toEqual([[{ value: 'x' }]]);
    expect(r.calls).toHaveLength(0);
  });

  test('an index past the strings is malformed and names the cell, as in place', () => {
    const bytes = oneSheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="B2" t="s"><v>5</v></c></row>', { strings: ['a'] });
    const inPlace = xlsxErrorOf(() => tableOf(bytes));
    const elsewhere = xlsxErrorOf(() => tableOf(bytes, { sharedStrings: recording().hook }));
    expect([elsewhere.reason, elsewhere.cell]).toEqual(['malformed', 'B2']);
    expect([inPlace.reason, inPlace.cell]).toEqual(['malformed', 'B2']);
  });

  test('a value that is no index fails at once, naming the cell', () => {
    const bytes = oneSheet('<row r="1"><c r="C1" t="s"><v>-1</v></c></row>', { strings: ['a'] });
    const r = recording();
    const e = xlsxErrorOf(() => tableOf(bytes, { sharedStrings: r.hook }));
    expect([e.reason, e.cell]).toEqual(['malformed', 'C1']);
  });

  test('what reading them elsewhere throws is what the sheet read throws', () => {
    const bytes = oneSheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', { strings: ['a'] });
    const failure = new XlsxError('malformed', 'not well-formed XML', { part: 'xl/sharedStrings.xml' });
    const e = xlsxErrorOf(() =>
      tableOf(bytes, {
        sharedStrings: () => () => {
          throw failure;
        },
      }),
    );
    expect(e).toBe(failure);
  });

  test('a damaged shared strings part fails as in place: a DOCTYPE is refused, broken XML is malformed', () => {
    const sheet = worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>');
    const doctype = buildPackage({ sheets: [{ name: 'S', xml: sheet }], sharedStrings: '<!DOCTYPE sst [<!ENTITY x "y">]>' + sst(['a']) });
    const broken = buildPackage({ sheets: [{ name: 'S', xml: sheet }], sharedStrings: sst(['a']).replace('</sst>', '') });
    for (const bytes of [doctype, broken]) {
      const elsewhere = xlsxErrorOf(() => tableOf(bytes, { sharedStrings: recording().hook }));
      expect(elsewhere.reason).toBe(xlsxErrorOf(() => tableOf(bytes)).reason);
    }
    expect(xlsxErrorOf(() => tableOf(doctype, { sharedStrings: recording().hook })).reason).toBe('doctype');
  });

  test('a part bigger than what is left of the budget is refused before it is handed over', () => {
    const bytes = oneSheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', { strings: ['x'.repeat(5000)] });
    const r = recording();
    const e = xlsxErrorOf(() => tableOf(bytes, { sharedStrings: r.hook, budgetBytes: 3000 }));
    expect(e.reason).toBe('too-large');
    expect(r.calls).toHaveLength(0);
  });
});

/** A cell's XML: shared strings (some past the end, some no index), numbers, inline text, formulas, empty values, a broken boolean. */
const cellXml = fc.oneof(
  fc.nat(6).map((i) => `t="s"><v>${i}</v>`),
  fc.constantFrom('t="s"><v/>', 't="s"><f>A1</f><v>1</v>', '><v>2.5</v>', 't="inlineStr"><is><t>i</t></is>', 't="s"><v>x</v>', 't="b"><v>zz</v>'),
);

describe('any sheet reads alike, strings read elsewhere or in place', () => {
  test('the same table, or the same failure at the same cell', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.option(cellXml, { nil: undefined }), { maxLength: 5 }), { maxLength: 6 }),
        fc.array(fc.string({ maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (grid, strings, merged) => {
          const rows = grid
            .map(
              (cells, r) =>
                `<row r="${r + 1}">${cells.map((c, k) => (c === undefined ? '' : `<c r="${String.fromCharCode(65 + k)}${r + 1}" ${c}</c>`)).join('')}</row>`,
            )
            .join('');
          expectAlike(oneSheet(rows, { strings, after: merged ? '<mergeCells count="1"><mergeCell ref="A1:C2"/></mergeCells>' : '' }));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('rows out of order and cells written twice at one reference: the later one is kept either way', () => {
    const placed = fc.record({ col: fc.nat(2), xml: cellXml });
    fc.assert(
      fc.property(
        fc.array(fc.record({ row: fc.nat(2), cells: fc.array(placed, { maxLength: 5 }) }), { maxLength: 6 }),
        fc.array(fc.string({ maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (grid, strings) => {
          const rows = grid
            .map(
              ({ row, cells }) => `<row r="${row + 1}">${cells.map((c) => `<c r="${String.fromCharCode(65 + c.col)}${row + 1}" ${c.xml}</c>`).join('')}</row>`,
            )
            .join('');
          expectAlike(oneSheet(rows, { strings }));
        },
      ),
      { numRuns: 300 },
    );
    // One case spelled out: a plain shared string, then a number, then another shared string at A1.
    const twice = oneSheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="A1"><v>5</v></c><c r="A1" t="s"><v>1</v></c></row>', { strings: ['一', '二'] });
    expect(tableOf(twice, { sharedStrings: recording().hook }).rows).toEqual([[{ value: '二' }]]);
  });
});

/** The same table, or the same failure at the same cell, with the strings read elsewhere or in place. */
function expectAlike(bytes: Uint8Array): void {
  const run = (options: OpenOptions) => {
    try {
      return { table: tableOf(bytes, options) };
    } catch (e) {
      if (!(e instanceof XlsxError)) throw e;
      return { reason: e.reason, cell: e.cell };
    }
  };
  expect(run({ sharedStrings: recording().hook })).toEqual(run({}));
}

describe('readSharedStringsOf', () => {
  test('reads the strings of a file with the checks of a read in place', () => {
    const bytes = oneSheet('', { strings: ['一', '二'] });
    const book = openXlsx(bytes);
    const size = book.zip.find('xl/sharedStrings.xml')!.uncompressedSize;
    expect(readSharedStringsOf(bytes, 'xl/sharedStrings.xml', size)).toEqual(['一', '二']);
    // Not the part it was counted for (another size, another name): refused.
    expect(xlsxErrorOf(() => readSharedStringsOf(bytes, 'xl/sharedStrings.xml', size - 1)).reason).toBe('malformed');
    expect(xlsxErrorOf(() => readSharedStringsOf(bytes, 'xl/other.xml', size)).reason).toBe('malformed');
    // A file that is no zip is what the zip layer says it is.
    expect(xlsxErrorOf(() => readSharedStringsOf(new Uint8Array([1, 2, 3]), 'xl/sharedStrings.xml', 1)).reason).toBe('not-zip');
  });

  test('a checksum that does not match is refused', () => {
    const bytes = oneSheet('', { strings: ['checked'] });
    const book = openXlsx(bytes);
    const entry = book.zip.find('xl/sharedStrings.xml')!;
    const damaged = bytes.slice();
    // The CRC-32 in the central directory record (offset 16 of the record).
    damaged[entry.centralOffset + 16] ^= 0xff;
    expect(xlsxErrorOf(() => readSharedStringsOf(damaged, entry.name, entry.uncompressedSize)).reason).toBe('crc');
  });
});
