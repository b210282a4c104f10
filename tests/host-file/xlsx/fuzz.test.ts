/**
 * Hostile and broken input: every failure is an XlsxError with a plain reason, never another exception, and nothing
 * blows the stack or the memory.
 */
import fc from 'fast-check';
import { openXlsx, patchCells, readSheet, XLSX_PROBLEMS } from '../../../src/host/file/xlsx';
import { buildPackage, DECL, oneSheet, PKG_REL, SML, sst, worksheet, xlsxErrorOf } from './builder';

/** Reads every sheet and patches the first cell; returns 'ok' or the XlsxError reason. Other exceptions fail the test. */
function attempt(bytes: Uint8Array): string {
  return outcomeOf(() => {
    const book = openXlsx(bytes);
    for (let i = 0; i < book.sheets.length; i++) readSheet(book, i);
    if (book.sheets.length > 0) patchCells(book, 0, [{ address: 'Z99', before: '', at: 0, inserted: 'x' }]);
  });
}

function outcomeOf(fn: () => void): string {
  try {
    fn();
    return 'ok';
  } catch (e) {
    const reason = (e as { reason?: string }).reason;
    if ((e as Error).name === 'XlsxError' && XLSX_PROBLEMS.includes(reason as never)) {
      const text = (e as { text: { ja: string; en: string } }).text;
      expect(text.ja.length).toBeGreaterThan(10);
      expect(text.en).not.toMatch(/saxes|undefined|\[object/);
      return reason!;
    }
    throw e;
  }
}

const VALID = worksheet(
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t>太字</t></r></is></c><c r="C1"><f>1+1</f><v>2</v></c></row><row r="2" hidden="1"><c r="A2" t="b"><v>1</v></c></row>',
  { after: '<mergeCells count="1"><mergeCell ref="A3:B4"/></mergeCells>' },
);

describe('broken worksheet XML', () => {
  test('truncations, byte flips and inserted markup', () => {
    const base = new TextEncoder().encode(VALID);
    const pieces = [
      '<',
      '>',
      '&',
      '"',
      '</c>',
      '<c r="A1">',
      '<!DOCTYPE x>',
      ']]>',
      '&#0;',
      '&#xD800;',
      '\u0000',
      '<?pi?>',
      '<!--',
      '<c r="ZZZZ1"/>',
      '<row r="0"/>',
    ];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.nat(base.length).map((n) => base.slice(0, n)),
          fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })).map(([i, b]) => {
            const c = base.slice();
            c[i] = b;
            return c;
          }),
          fc.tuple(fc.nat(VALID.length), fc.constantFrom(...pieces)).map(([i, p]) => new TextEncoder().encode(VALID.slice(0, i) + p + VALID.slice(i))),
        ),
        (sheet) => {
          const r = attempt(buildPackage({ sheets: [{ name: 'S', xml: sheet }], sharedStrings: sst(['x']) }));
          expect(['ok', 'malformed', 'doctype', 'encoding', 'cell-changed', 'address-invalid', 'cell-merged']).toContain(r);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });

  test('100,000 nested elements do not overflow the stack', () => {
    const depth = 100_000;
    const nested = (open: string, close: string) => open.repeat(depth) + close.repeat(depth);
    for (const [o, c] of [
      ['<x>', '</x>'],
      ['<o:x xmlns:o="urn:o">', '</o:x>'],
      ['<is>', '</is>'],
    ]) {
      const sheet = worksheet(`<row r="1"><c r="A1" t="inlineStr">${nested(o, c)}</c></row>`);
      expect(attempt(buildPackage({ sheets: [{ name: 'S', xml: sheet }] }))).toBe('ok');
    }
    const unclosed = worksheet('<row r="1">' + '<x>'.repeat(depth) + '</row>');
    expect(attempt(buildPackage({ sheets: [{ name: 'S', xml: unclosed }] }))).toBe('malformed');
  });

  test('huge attribute values and text are read (or refused) without trouble', () => {
    const big = 'x'.repeat(2_000_000);
    expect(attempt(oneSheet(`<row r="1"><c r="A1" t="inlineStr" foo="${big}"><is><t>${big}</t></is></c></row>`))).toBe('ok');
    expect(attempt(oneSheet(`<row r="1"><c r="A${'9'.repeat(100_000)}"><v>1</v></c></row>`))).toBe('malformed');
    expect(attempt(oneSheet(`<row r="1"><c r="A1" t="${big}"><v>1</v></c></row>`))).toBe('malformed');
  });

  test('unknown cell types and references out of range', () => {
    for (const c of [
      '<c r="A1" t="x"><v>1</v></c>',
      '<c r="A1" t="b"><v>2</v></c>',
      '<c r="A1" t="d"><v>yesterday</v></c>',
      '<c r="XFE1"><v>1</v></c>',
      '<c r="A1048577"><v>1</v></c>',
      '<c r="$"/>',
      '<c r="A-1"/>',
    ]) {
      const e = xlsxErrorOf(() => readSheet(openXlsx(oneSheet(`<row r="1">${c}</row>`)), 0));
      expect(e.reason).toBe('malformed');
      expect(e.text.ja).toContain('xl/worksheets/sheet1.xml');
    }
    const e = xlsxErrorOf(() =>
      readSheet(openXlsx(oneSheet('<row r="1"><c r="A1"/></row>', { after: '<mergeCells><mergeCell ref="A1:ZZZZ9"/></mergeCells>' })), 0),
    );
    expect(e.reason).toBe('malformed');
  });
});

describe('DOCTYPE and entities in every part', () => {
  const laughs = '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
  const inject = (xml: string) => xml.replace(DECL, DECL + laughs);
  test.each([
    ['worksheet', { sheets: [{ name: 'S', xml: inject(VALID) }], sharedStrings: sst(['x']) }],
    ['sharedStrings', { sheets: [{ name: 'S', xml: VALID }], sharedStrings: inject(sst(['x'])) }],
    ['styles', { sheets: [{ name: 'S', xml: VALID }], sharedStrings: sst(['x']), styles: inject(`${DECL}<styleSheet xmlns="${SML}"/>`) }],
    ['_rels/.rels', { sheets: [{ name: 'S', xml: VALID }], sharedStrings: sst(['x']), rootRels: inject(`${DECL}<Relationships xmlns="${PKG_REL}"/>`) }],
    [
      'workbook',
      { sheets: [{ name: 'S', xml: VALID }], sharedStrings: sst(['x']), workbookXml: `${DECL}${laughs}<workbook xmlns="${SML}"><sheets/></workbook>` },
    ],
  ])('%s', (_, spec) => {
    expect(attempt(buildPackage(spec))).toBe('doctype');
  });

  test('an undeclared entity is malformed, never expanded', () => {
    expect(attempt(oneSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&c;</t></is></c></row>'))).toBe('malformed');
  });
});

describe('broken packages', () => {
  test('random parts replaced by garbage or emptied', () => {
    const parts = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '_rels/.rels', 'xl/sharedStrings.xml', 'xl/styles.xml', '[Content_Types].xml'];
    fc.assert(
      fc.property(fc.constantFrom(...parts), fc.uint8Array({ maxLength: 64 }), (part, junk) => {
        const spec = {
          sheets: [{ name: 'S', xml: VALID }],
          sharedStrings: sst(['x']) as string | Uint8Array,
          styles: `${DECL}<styleSheet xmlns="${SML}"/>`,
        };
        const bytes =
          part === 'xl/sharedStrings.xml'
            ? buildPackage({ ...spec, sharedStrings: junk })
            : part === 'xl/workbook.xml'
              ? buildPackage({ ...spec, workbookXml: new TextDecoder().decode(junk) })
              : part === '_rels/.rels'
                ? buildPackage({ ...spec, rootRels: new TextDecoder().decode(junk) })
                : part === '[Content_Types].xml'
                  ? buildPackage({ ...spec, contentTypes: new TextDecoder().decode(junk) })
                  : buildPackage({ ...spec, styles: new TextDecoder().decode(junk) });
        attempt(bytes);
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});

test('values far to the right in many rows cannot exhaust memory', () => {
  const rows = Array.from({ length: 100 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`).join('');
  // The limit is lowered so the test stays small; the default (20 million) works the same way.
  const e = xlsxErrorOf(() => readSheet(openXlsx(oneSheet(rows), { maxGridSlots: 1_000_000 }), 0));
  expect(e.reason).toBe('too-large');
  const fewer = oneSheet(rows.slice(0, rows.indexOf('<row r="61"')));
  expect(readSheet(openXlsx(fewer, { maxGridSlots: 1_000_000 }), 0).rows.length).toBe(60);
});
