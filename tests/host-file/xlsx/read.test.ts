import { createZip } from '../../../src/host/file/zip';
import { openXlsx, readSheet, XlsxError } from '../../../src/host/file/xlsx';
import { buildPackage, DECL, DOC_REL, oneSheet, PKG_REL, SML, SML_STRICT, sst, texts, worksheet, xlsxErrorOf, CT } from './builder';

const read = (bytes: Uint8Array, index?: number) => {
  const book = openXlsx(bytes);
  return readSheet(book, index ?? book.activeSheet);
};

describe('strings', () => {
  test('shared, inline and formula strings; no sharedStrings part at all', () => {
    const withShared = oneSheet(
      '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="inlineStr"><is><t>インライン</t></is></c><c r="C1" t="str"><f>A1&amp;"!"</f><v>二!</v></c></row>',
      {
        strings: ['一', '二'],
      },
    );
    expect(read(withShared).rows).toEqual([[{ value: '二' }, { value: 'インライン' }, { value: '二!', formula: 'A1&"!"' }]]);
    const noShared = oneSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>only inline</t></is></c></row>');
    expect(openXlsx(noShared).sharedStringsPart).toBeUndefined();
    expect(read(noShared).rows).toEqual([[{ value: 'only inline' }]]);
  });

  test('rich text runs are concatenated; phonetic runs and properties are not text', () => {
    const si = {
      xml: '<r><rPr><b/><sz val="11"/></rPr><t>川西</t></r><r><t xml:space="preserve"> 市役所</t></r><rPh sb="0" eb="2"><t>カワニシ</t></rPh><phoneticPr fontId="1" type="noConversion"/>',
    };
    const bytes = oneSheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></is></c></row>',
      {
        strings: [si],
      },
    );
    expect(texts(read(bytes).rows)).toEqual([['川西 市役所', '漢字']]);
  });

  test('_xHHHH_ escapes: a carriage return, and an escaped literal', () => {
    const bytes = oneSheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>tab_x0009_here</t></is></c></row>',
      {
        strings: [{ xml: '<t>line1_x000D_\nline2</t>' }, { xml: '<t>_x005F_x000D_ is text</t>' }],
      },
    );
    expect(texts(read(bytes).rows)).toEqual([['line1\r\nline2', '_x000D_ is text', 'tab\there']]);
  });

  test('white space is kept as written, with or without xml:space', () => {
    const bytes = oneSheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>  two leading</t></is></c><c r="B1" t="inlineStr"><is><t xml:space="preserve">trailing  </t></is></c></row>',
    );
    expect(texts(read(bytes).rows)).toEqual([['  two leading', 'trailing  ']]);
  });

  test('entity and character references, CDATA', () => {
    const bytes = oneSheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>&amp;&lt;&gt;&quot;&apos;&#12354;&#x3044;</t></is></c><c r="B1" t="inlineStr"><is><t><![CDATA[<raw>&]]></t></is></c></row>',
    );
    expect(texts(read(bytes).rows)).toEqual([['&<>"\'あい', '<raw>&']]);
  });
});

describe('values', () => {
  const styles = `${DECL}<styleSheet xmlns="${SML}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/m/d"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="3"/></cellXfs></styleSheet>`;

  test('numbers, booleans, errors, dates with their number formats', () => {
    const bytes = oneSheet(
      '<row r="1"><c r="A1"><v>1.5</v></c><c r="B1" t="n" s="3"><v>1234</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c><c r="E1" t="e"><v>#N/A</v></c><c r="F1" s="1"><v>45748</v></c><c r="G1" t="d" s="2"><v>2025-04-01T00:00:00Z</v></c><c r="H1" s="0"><v>7</v></c></row>',
      { styles },
    );
    expect(read(bytes).rows).toEqual([
      [
        { value: 1.5 },
        { value: 1234, numFmt: '#,##0' },
        { value: true },
        { value: false },
        { value: null, error: '#N/A' },
        { value: 45748, numFmt: 'mm-dd-yy' },
        { value: 45748, numFmt: 'yyyy/m/d' },
        { value: 7 },
      ],
    ]);
  });

  test('dates in the 1904 date system', () => {
    const bytes = buildPackage({
      sheets: [{ name: 'S', xml: worksheet('<row r="1"><c r="A1" t="d"><v>1904-01-02</v></c><c r="B1" t="d"><v>12:00:00</v></c></row>') }],
      workbookHead: '<workbookPr date1904="1"/>',
    });
    const book = openXlsx(bytes);
    expect(book.date1904).toBe(true);
    expect(readSheet(book, 0).rows).toEqual([[{ value: 1 }, { value: 0.5 }]]);
  });

  test('formulas: leading = dropped, shared formula dependants marked with an empty formula, errors as results', () => {
    const bytes = oneSheet(
      '<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">ROW()</f><v>1</v></c><c r="B1" t="e"><f>=1/0</f><v>#DIV/0!</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>2</v></c></row>',
    );
    expect(read(bytes).rows).toEqual([
      [
        { value: 1, formula: 'ROW()' },
        { value: null, formula: '1/0', error: '#DIV/0!' },
      ],
      [{ value: 2, formula: '' }],
    ]);
  });

  test('unknown cell types and non-numeric numbers are malformed, naming the cell', () => {
    const e = xlsxErrorOf(() => read(oneSheet('<row r="3"><c r="B3" t="zz"><v>1</v></c></row>')));
    expect(e.reason).toBe('malformed');
    expect(e.cell).toBe('B3');
    expect(e.text.ja).toContain('B3');
    expect(xlsxErrorOf(() => read(oneSheet('<row r="1"><c r="A1"><v>abc</v></c></row>'))).reason).toBe('malformed');
    expect(xlsxErrorOf(() => read(oneSheet('<row r="1"><c r="A1" t="s"><v>5</v></c></row>', { strings: ['x'] }))).reason).toBe('malformed');
  });
});

describe('positions', () => {
  test('rows and cells without r follow the previous one', () => {
    const bytes = oneSheet(
      '<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row r="3"><c r="B3"><v>9</v></c></row><row><c/><c><v>10</v></c></row>',
    );
    expect(texts(read(bytes).rows)).toEqual([['1', '2', '', '', '5', '6'], [], ['', '9'], ['', '10']]);
  });

  test('trailing blank cells and empty rows are trimmed', () => {
    const bytes = oneSheet(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="1"/><c r="C1" t="n"></c></row><row r="2"><c r="A2" s="1"/></row><row r="5" hidden="1"/>',
    );
    const t = read(bytes);
    expect(t.rows).toEqual([[{ value: 1 }]]);
  });

  test('references outside the grid are malformed', () => {
    for (const xml of [
      '<row r="1"><c r="XFE1"><v>1</v></c></row>',
      '<row r="1048577"><c><v>1</v></c></row>',
      '<row r="1"><c r="A0"><v>1</v></c></row>',
      '<row r="x"/>',
    ]) {
      expect(xlsxErrorOf(() => read(oneSheet(xml))).reason).toBe('malformed');
    }
    expect(read(oneSheet('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')).rows[1048575][16383]).toEqual({ value: 1 });
  });

  test('hidden rows: hidden="1", and zero height with customHeight', () => {
    const bytes = oneSheet(
      '<row r="2" hidden="1"><c r="A2"><v>1</v></c></row><row r="3" ht="0" customHeight="1"/><row r="4" ht="0"/><row r="5" hidden="0"/><row r="7" hidden="true"/>',
    );
    expect(read(bytes).hiddenRows).toEqual([1, 2, 6]);
  });
});

describe('merges', () => {
  test('covered cells take the top-left value and address; whole-sheet and whole-column merges are clipped to the used extent', () => {
    const bytes = oneSheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>title</t></is></c></row><row r="2"><c r="A2"><v>1</v></c><c r="C2"><v>3</v></c></row><row r="3"><c r="B3"><v>4</v></c></row>',
      {
        after: '<mergeCells count="3"><mergeCell ref="A1:XFD1"/><mergeCell ref="B2:B1048576"/><mergeCell ref="5:6"/></mergeCells>',
      },
    );
    const t = read(bytes);
    expect(t.rows).toEqual([
      [{ value: 'title' }, { value: 'title', mergedFrom: 'A1' }, { value: 'title', mergedFrom: 'A1' }],
      [{ value: 1 }, null, { value: 3 }],
      [null, { value: null, mergedFrom: 'B2' }],
    ]);
    const whole = read(
      oneSheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2"><v>2</v></c></row>', {
        after: '<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>',
      }),
    );
    expect(whole.rows).toEqual([
      [{ value: 1 }, { value: 1, mergedFrom: 'A1' }],
      [
        { value: 1, mergedFrom: 'A1' },
        { value: 1, mergedFrom: 'A1' },
      ],
    ]);
  });

  test('an error value is carried to covered cells', () => {
    const bytes = oneSheet('<row r="1"><c r="A1" t="e"><v>#REF!</v></c><c r="B1"/></row>', { after: '<mergeCells><mergeCell ref="A1:B1"/></mergeCells>' });
    expect(read(bytes).rows[0][1]).toEqual({ value: null, error: '#REF!', mergedFrom: 'A1' });
  });
});

describe('namespaces and writers', () => {
  test('prefixed SpreadsheetML (<x:c>) reads like the default namespace', () => {
    const xml = worksheet('<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>prefixed</x:t></x:is></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row>', {
      prefix: 'x',
    });
    expect(texts(read(buildPackage({ sheets: [{ name: 'S', xml }] })).rows)).toEqual([['prefixed', '2']]);
  });

  test('elements of other namespaces are skipped with their content', () => {
    const xml = worksheet(
      '<row r="1"><c r="A1"><v>1</v></c><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x"><c r="B1"><v>2</v></c></mc:Choice></mc:AlternateContent><o:c xmlns:o="urn:other" r="C1"><o:v>3</o:v></o:c></row>',
    );
    expect(texts(read(buildPackage({ sheets: [{ name: 'S', xml }] })).rows)).toEqual([['1']]);
  });

  test('strict OOXML namespaces and relationship types', () => {
    const bytes = buildPackage({
      strict: true,
      sheets: [{ name: 'Strict', xml: worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', { ns: SML_STRICT }) }],
      sharedStrings: sst(['厳格'], SML_STRICT),
    });
    const book = openXlsx(bytes);
    expect(book.sheets[0].part).toBe('xl/worksheets/sheet1.xml');
    expect(texts(readSheet(book, 0).rows)).toEqual([['厳格']]);
  });

  test('renamed parts found only through relationships: absolute, percent-encoded, Japanese names, ../', () => {
    const bytes = buildPackage({
      workbookPart: 'xl/wb.xml',
      sheets: [
        {
          name: 'データ',
          xml: worksheet('<row r="1"><c r="A1"><v>1</v></c></row>'),
          part: 'xl/worksheets/データ.xml',
          target: '/xl/worksheets/%E3%83%87%E3%83%BC%E3%82%BF.xml',
        },
        { name: 'Two', xml: worksheet('<row r="1"><c r="A1"><v>2</v></c></row>'), part: 'other/s2.xml', target: '../other/s2.xml' },
        { name: 'Case', xml: worksheet('<row r="1"><c r="A1"><v>3</v></c></row>'), part: 'xl/Sheets/THREE.xml', target: 'sheets/three.XML' },
      ],
      sharedStringsPart: 'xl/strings/ss.xml',
      sharedStrings: sst(['s']),
    });
    const book = openXlsx(bytes);
    expect(book.workbookPart).toBe('xl/wb.xml');
    expect(book.sharedStringsPart).toBe('xl/strings/ss.xml');
    expect(book.sheets.map((s) => s.part)).toEqual(['xl/worksheets/データ.xml', 'other/s2.xml', 'xl/Sheets/THREE.xml']);
    expect([0, 1, 2].map((i) => readSheet(book, i).rows[0][0]?.value)).toEqual([1, 2, 3]);
  });

  test('UTF-8 byte order marks in every part', () => {
    const bom = (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(s)]);
    const bytes = buildPackage({
      sheets: [{ name: 'S', xml: bom(worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')) }],
      sharedStrings: bom(sst(['ボム付き'])),
      rootRels: `\ufeff${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    });
    expect(texts(read(bytes).rows)).toEqual([['ボム付き']]);
  });

  test('UTF-16 parts are refused with a plain reason', () => {
    const xml = worksheet('<row r="1"><c r="A1"><v>1</v></c></row>').replace('UTF-8', 'UTF-16');
    const u16 = new Uint8Array(2 + xml.length * 2);
    u16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) u16[2 + i * 2] = xml.charCodeAt(i);
    const e = xlsxErrorOf(() => read(buildPackage({ sheets: [{ name: 'S', xml: u16 }] })));
    expect(e.reason).toBe('encoding');
    expect(e.text.ja).toMatch(/保存し直して/);
  });
});

describe('the workbook', () => {
  test('sheet order, states, active tab, defined names (print titles), and a broken drawing that is never opened', () => {
    const garbage = new Uint8Array(256).map((_, i) => (i * 37) & 0xff);
    const bytes = buildPackage({
      sheets: [
        { name: '表紙', xml: worksheet('') },
        { name: '隠し', xml: worksheet(''), state: 'hidden' },
        {
          name: '本体',
          xml: worksheet('<row r="1"><c r="A1"><v>1</v></c></row>', {
            after:
              '<dataValidations count="1"><dataValidation type="list" sqref="L1:L1048576"><formula1>"↗,→,↘"</formula1></dataValidation></dataValidations><drawing r:id="rId1"/><legacyDrawing r:id="rId2"/>',
          }),
        },
      ],
      workbookHead: '<bookViews><workbookView activeTab="2"/></bookViews>',
      workbookTail:
        '<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="2">本体!$3:$4</definedName><definedName name="hiddenName" hidden="1">本体!$A$1</definedName></definedNames>',
      extraParts: { 'xl/drawings/drawing1.xml': garbage, 'xl/drawings/vmlDrawing1.vml': garbage, 'xl/worksheets/_rels/sheet3.xml.rels': garbage },
    });
    const book = openXlsx(bytes);
    expect(book.sheets.map((s) => [s.name, s.state])).toEqual([
      ['表紙', 'visible'],
      ['隠し', 'hidden'],
      ['本体', 'visible'],
    ]);
    expect(book.activeSheet).toBe(2);
    expect(book.definedNames).toEqual([
      { name: '_xlnm.Print_Titles', localSheetId: 2, value: '本体!$3:$4' },
      { name: 'hiddenName', hidden: true, value: '本体!$A$1' },
    ]);
    expect(readSheet(book, 2)).toEqual({ sheetName: '本体', rows: [[{ value: 1 }]], protected: false });
  });

  test('protection', () => {
    const t = read(oneSheet('<row r="1"><c r="A1"><v>1</v></c></row>', { after: '<sheetProtection sheet="1" objects="1"/>' }));
    expect(t.protected).toBe(true);
    expect(read(oneSheet('', { after: '<sheetProtection sheet="0"/>' })).protected).toBe(false);
  });

  test('no _rels/.rels: found through [Content_Types].xml, then at xl/workbook.xml', () => {
    const sheet = { name: 'S', xml: worksheet('<row r="1"><c r="A1"><v>1</v></c></row>') };
    const viaCt = buildPackage({ rootRels: false, workbookPart: 'book/main.xml', sheets: [sheet] });
    expect(openXlsx(viaCt).workbookPart).toBe('book/main.xml');
    const plain = buildPackage({ rootRels: false, contentTypes: false, sheets: [sheet] });
    expect(read(plain).rows).toEqual([[{ value: 1 }]]);
    const lost = buildPackage({ rootRels: false, contentTypes: false, workbookPart: 'book/main.xml', sheets: [sheet] });
    expect(xlsxErrorOf(() => openXlsx(lost)).reason).toBe('not-workbook');
  });

  test('another kind of document is not a workbook', () => {
    const docx = createZip([
      {
        name: '_rels/.rels',
        data: new TextEncoder().encode(
          `<Relationships xmlns="${PKG_REL}"><Relationship Id="r" Type="${DOC_REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
        ),
      },
      { name: 'word/document.xml', data: new TextEncoder().encode('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>') },
      { name: '[Content_Types].xml', data: new TextEncoder().encode(`<Types xmlns="${CT}"/>`) },
    ]);
    const e = xlsxErrorOf(() => openXlsx(docx));
    expect(e.reason).toBe('not-workbook');
    expect(e.text.en).toMatch(/not an Excel workbook/);
  });

  test('a sheet without its part', () => {
    const bytes = buildPackage({ sheets: [{ name: '消えた', xml: worksheet(''), target: 'worksheets/nothere.xml' }] });
    const book = openXlsx(bytes);
    const e = xlsxErrorOf(() => readSheet(book, 0));
    expect(e.reason).toBe('sheet-missing');
    expect(e.text.ja).toContain('消えた');
    expect(() => readSheet(book, 1)).toThrow(RangeError);
  });

  test('a chart sheet reads as an empty table', () => {
    const bytes = buildPackage({ sheets: [{ name: 'Chart', xml: '<chartsheet/>', kind: 'chartsheet' }] });
    const book = openXlsx(bytes);
    expect(book.sheets[0].kind).toBe('chartsheet');
    expect(readSheet(book, 0)).toEqual({ sheetName: 'Chart', rows: [], protected: false });
  });
});

describe('errors', () => {
  test('a DOCTYPE is refused before any entity is expanded', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>`;
    const bytes = buildPackage({
      sheets: [{ name: 'S', xml: `${lol}<worksheet xmlns="${SML}"><sheetData><row><c t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>` }],
    });
    const e = xlsxErrorOf(() => read(bytes));
    expect(e.reason).toBe('doctype');
    expect(e.part).toBe('xl/worksheets/sheet1.xml');
    expect(e.text.ja).toContain('DOCTYPE');
  });

  test('an entity that is not predefined is malformed (no custom entities)', () => {
    const e = xlsxErrorOf(() => read(oneSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>')));
    expect(e.reason).toBe('malformed');
    expect(e.cause).toBeInstanceOf(Error);
    expect(e.text.en).not.toMatch(/entity/);
  });

  test('malformed XML names the part; the parser message stays in cause', () => {
    const bytes = buildPackage({ sheets: [{ name: 'S', xml: `<worksheet xmlns="${SML}"><sheetData><row></sheetData></worksheet>` }] });
    const e = xlsxErrorOf(() => read(bytes));
    expect(e.reason).toBe('malformed');
    expect(e.text.ja).toContain('xl/worksheets/sheet1.xml');
    expect(e.text.ja).not.toMatch(/Error|tag/);
  });

  test('ZIP problems come through as XlsxError with the zip layer words', () => {
    const e = xlsxErrorOf(() => openXlsx(new TextEncoder().encode('just text, not a zip at all')));
    expect(e).toBeInstanceOf(XlsxError);
    expect(e.reason).toBe('not-zip');
    expect(e.text.ja).toMatch(/\.xlsx/);
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(xlsxErrorOf(() => openXlsx(ole)).reason).toBe('legacy-office');
  });

  test('the unpacked-bytes budget covers the whole book', () => {
    const big = oneSheet(Array.from({ length: 2000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join(''));
    const book = openXlsx(big, { budgetBytes: 20_000 });
    expect(xlsxErrorOf(() => readSheet(book, 0)).reason).toBe('too-large');
  });

  test('invalid UTF-8 is malformed', () => {
    const xml = new TextEncoder().encode(worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>XX</t></is></c></row>'));
    const i = xml.indexOf(0x58);
    xml[i] = 0xff;
    expect(xlsxErrorOf(() => read(buildPackage({ sheets: [{ name: 'S', xml }] }))).reason).toBe('malformed');
  });
});
