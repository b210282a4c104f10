/**
 * Text round trips: whatever a cell holds (controls, CR, `_xHHHH_`-looking text, surrogate pairs and lone
 * surrogates, white space at the ends, line breaks, markup) reads back exactly, with ExcelJS, and with Python
 * (openpyxl for the values it can read, the XML parser and the spec's decoding for every shared string).
 */
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { writeWorkbook, type NewCell } from '../../../src/host/file/new-workbook';
import { FIXED_DATE, pythonWith, readWithExcelJS, runPythonJson } from './helpers';

const hex4 = fc.stringMatching(/^[0-9A-Fa-f]{4}$/);
/** Pieces joined into a cell's text, biased toward what escaping can get wrong. */
const piece = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('取組', '進捗状況', '４月', '\u3000', 'ｶﾀｶﾅ', '〇', '①'),
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\r', '\n', '\r\n', '\t', ' ', '  ', '\u007f', '\u0085', '\u2028', '\ufffe', '\uffff', '\ufeff'),
  fc.tuple(fc.constantFrom('_x', '_X', '_x005F_', '_x005f_', '__x'), hex4, fc.constantFrom('_', '', '__')).map(([a, h, b]) => a + h + b),
  fc.constantFrom('_x000D_', '_x005F_x000D_', '_x', '_x12', '_x000D', 'x000D_', '_'),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('&', '<', '>', '"', "'", '&amp;', ']]>', '=SUM(A1)', '+1', '-1', '@x', '=', '<t>'),
);
const cellText = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''));

/** Strings laid out 8 to a row. */
function rowsOf(texts: string[]): NewCell[][] {
  const rows: NewCell[][] = [];
  for (let i = 0; i < texts.length; i += 8) rows.push(texts.slice(i, i + 8));
  return rows;
}

function textsOf(ws: ExcelJS.Worksheet, count: number): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < count; i++) out.push(ws.getCell(Math.floor(i / 8) + 1, (i % 8) + 1).value);
  return out;
}

test('random text reads back exactly with ExcelJS', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(
        cellText.filter((s) => s !== ''),
        { minLength: 1, maxLength: 40 },
      ),
      async (texts) => {
        const wb = await readWithExcelJS(writeWorkbook([{ name: 'T', rows: rowsOf(texts) }], { created: FIXED_DATE }));
        expect(textsOf(wb.worksheets[0], texts.length)).toEqual(texts);
      },
    ),
    { numRuns: 40, seed: 20251001 },
  );
});

test('a fixed sample reads back exactly in Python (openpyxl and the XML itself)', async () => {
  const texts = fc.sample(
    cellText.filter((s) => s !== ''),
    { numRuns: 400, seed: 7 },
  );
  texts.push('_x0041\u0001', '_x0041\r', 'a_x000D_b', ' 前後 ', '1行目\n2行目', '😀', '\ud800', '=1+1');
  const extra: NewCell[] = [
    42,
    -0.5,
    true,
    false,
    { error: '#N/A' },
    { value: 45931, numFmt: 'yyyy/m/d' },
    { text: '移動', link: "#'T'!B2" },
    { text: '外', link: 'https://example.com/x' },
  ];
  const bytes = writeWorkbook([{ name: 'T', rows: [...rowsOf(texts), extra] }], { created: FIXED_DATE });

  // ExcelJS first: every reader must agree with the input.
  const ws = (await readWithExcelJS(bytes)).worksheets[0];
  expect(textsOf(ws, texts.length)).toEqual(texts);

  const python = pythonWith('openpyxl') ?? pythonWith('zipfile');
  if (!python) throw new Error('python3 is required by this test (the machine has it)');
  const script = String.raw`
import io, json, re, sys, zipfile
import xml.etree.ElementTree as ET
data = sys.stdin.buffer.read()
out = {}
z = zipfile.ZipFile(io.BytesIO(data))
out["testzip"] = z.testzip()
ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
decode = lambda s: re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), s)
root = ET.fromstring(z.read("xl/sharedStrings.xml"))
out["sst"] = [decode("".join(t.text or "" for t in si.findall("m:t", ns))) for si in root.findall("m:si", ns)]
try:
    import openpyxl
except ImportError:
    openpyxl = None
if openpyxl:
    ws = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    cells = []
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            v = c.value.isoformat() if c.is_date else c.value
            link = c.hyperlink and {"location": c.hyperlink.location, "target": c.hyperlink.target}
            cells.append([c.coordinate, c.data_type, v, c.number_format, link])
    out["openpyxl"] = {"version": openpyxl.__version__, "cells": cells}
print(json.dumps(out))
`;
  type Dump = { testzip: string | null; sst: string[]; openpyxl?: { version: string; cells: [string, string, unknown, string, unknown][] } };
  const dump = runPythonJson<Dump>(python, script, bytes);
  expect(dump.testzip).toBeNull();
  // The XML parser plus the spec's left-to-right decoding gives back every distinct text, in first-use order.
  expect(dump.sst).toEqual([...new Set([...texts, '移動', '外'])]);

  if (dump.openpyxl) {
    const byAddress = new Map(dump.openpyxl.cells.map((c) => [c[0], c]));
    // openpyxl 3.0 does not decode _xHHHH_ in shared strings (it only drops "x005F_"): texts whose XML needs the
    // escape are checked above; every other text must come back exactly, typed as a string.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    const needsEscape = /[\x00-\x08\x0b-\x1f\ufffe\uffff\ud800-\udfff]|_x[0-9A-Fa-f]{4}/;
    let compared = 0;
    texts.forEach((t, i) => {
      const address = `${String.fromCharCode(65 + (i % 8))}${Math.floor(i / 8) + 1}`;
      const surrogatePairsOnly = t.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '');
      if (needsEscape.test(surrogatePairsOnly)) return;
      compared++;
      expect(byAddress.get(address)?.slice(1, 3)).toEqual(['s', t]);
    });
    expect(compared).toBeGreaterThan(50);
    const last = Math.ceil(texts.length / 8) + 1;
    const cell = (col: string): unknown[] | undefined => byAddress.get(`${col}${last}`)?.slice(1);
    expect(cell('A')).toEqual(['n', 42, 'General', null]);
    expect(cell('B')).toEqual(['n', -0.5, 'General', null]);
    expect(cell('C')).toEqual(['b', true, 'General', null]);
    expect(cell('D')).toEqual(['b', false, 'General', null]);
    expect(cell('E')).toEqual(['e', '#N/A', 'General', null]);
    expect(cell('F')).toEqual(['d', '2025-10-01T00:00:00', 'yyyy/m/d', null]);
    expect(cell('G')).toEqual(['s', '移動', 'General', { location: "'T'!B2", target: null }]);
    expect(cell('H')).toEqual(['s', '外', 'General', { location: null, target: 'https://example.com/x' }]);
  }
});
