import ExcelJS from 'exceljs';
import { writeWorkbook, type NewCell, type NewSheet } from '../../../src/host/file/new-workbook';
import { FIXED_DATE, parseXml, partsOf, readWithExcelJS } from './helpers';

/** A serial date as ExcelJS returns it (UTC, 1900 date system). */
const serialDate = (serial: number): Date => new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));

const HEADER = ['部署', '取組名', '進捗状況', '更新日', '件数', '完了', '元のセル'];
const SHEETS: NewSheet[] = [
  {
    name: '全庁集約',
    headerRows: 2,
    autoFilter: true,
    columns: [{ width: 12 }, { width: 24, wrap: true }, { width: 60, wrap: true }, { width: 11 }, {}, { width: 6 }],
    page: { paper: 'A3', orientation: 'landscape', fitToWidth: true },
    emphasisRows: [3],
    rows: [
      ['全庁集約', null, '令和7年度'],
      HEADER,
      ['総務課', '=SUM(A1:A3)', '4月:準備\n5月:実施', { value: 45931, numFmt: 'yyyy/m/d' }, 12, true, { text: '総務課.xlsx M9', link: "#'検証結果'!A2" }],
      [
        '企画課',
        '+81-3-1234',
        ' 先頭と末尾に空白 ',
        { value: 45931.5, numFmt: 'yyyy/m/d h:mm' },
        -0.5,
        false,
        { text: '外部', link: 'https://example.com/a?b=1&c=2' },
      ],
      ['福祉課', '-', '@mention', null, 1e21, { error: '#N/A' }, { text: 'リンクなし' }],
      ['合計', null, null, null, 0.1 + 0.2],
    ],
  },
  {
    name: '集計',
    headerRows: 1,
    columns: [{ width: 20 }],
    page: { paper: 'A4', orientation: 'portrait' },
    rows: [
      ['ファイル', '取組数', '割合'],
      ['総務課.xlsx', 3, { value: 0.25, numFmt: '0.0%' }],
      ['企画課.xlsx', Number.MAX_SAFE_INTEGER, { value: 1 / 3, numFmt: '#,##0.00' }],
    ],
  },
  { name: '検証結果', rows: [['問題なし'], [], [{ error: '#DIV/0!' }, 5e-324], ['総務課']] },
];

let bytes: Uint8Array;
let wb: ExcelJS.Workbook;
let parts: Map<string, string>;
beforeAll(async () => {
  bytes = writeWorkbook(SHEETS, { created: FIXED_DATE, creator: '企画課 & <集約>' });
  wb = await readWithExcelJS(bytes);
  parts = partsOf(bytes);
});

describe('read back with ExcelJS', () => {
  test('sheet names, in order', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['全庁集約', '集計', '検証結果']);
  });

  test('every cell: value and type', () => {
    const ws = wb.getWorksheet('全庁集約') as ExcelJS.Worksheet;
    const T = ExcelJS.ValueType;
    const expected: [string, unknown, ExcelJS.ValueType][] = [
      ['A1', '全庁集約', T.String],
      ['C1', '令和7年度', T.String],
      ...HEADER.map((h, i): [string, unknown, ExcelJS.ValueType] => [`${String.fromCharCode(65 + i)}2`, h, T.String]),
      ['A3', '総務課', T.String],
      ['B3', '=SUM(A1:A3)', T.String],
      ['C3', '4月:準備\n5月:実施', T.String],
      ['D3', serialDate(45931), T.Date],
      ['E3', 12, T.Number],
      ['F3', true, T.Boolean],
      ['G3', '総務課.xlsx M9', T.String], // internal link: ExcelJS 4 does not read `location` (checked in the XML below)
      ['A4', '企画課', T.String],
      ['B4', '+81-3-1234', T.String],
      ['C4', ' 先頭と末尾に空白 ', T.String],
      ['D4', serialDate(45931.5), T.Date],
      ['E4', -0.5, T.Number],
      ['F4', false, T.Boolean],
      ['G4', { text: '外部', hyperlink: 'https://example.com/a?b=1&c=2' }, T.Hyperlink],
      ['A5', '福祉課', T.String],
      ['B5', '-', T.String],
      ['C5', '@mention', T.String],
      ['E5', 1e21, T.Number],
      ['F5', { error: '#N/A' }, T.Error],
      ['G5', 'リンクなし', T.String],
      ['A6', '合計', T.String],
      ['E6', 0.1 + 0.2, T.Number],
    ];
    for (const [address, value, type] of expected) {
      const { value: gotValue, type: gotType } = ws.getCell(address);
      expect({ address, value: gotValue, type: gotType }).toEqual({ address, value, type });
    }
    // Nothing else holds a value.
    const filled: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => c.value !== null && filled.push(c.address)));
    expect(filled.sort()).toEqual(expected.map((e) => e[0]).sort());
    expect(ws.getCell('D3').numFmt).toBe('yyyy/m/d');
    expect(ws.getCell('D4').numFmt).toBe('yyyy/m/d h:mm');

    const summary = wb.getWorksheet('集計') as ExcelJS.Worksheet;
    expect(summary.getCell('B3').value).toBe(Number.MAX_SAFE_INTEGER);
    expect(summary.getCell('C2').value).toBe(0.25);
    expect(summary.getCell('C2').numFmt).toBe('0.0%');
    expect(summary.getCell('C3').value).toBe(1 / 3);
    expect(summary.getCell('C3').numFmt).toBe('#,##0.00');
    const report = wb.getWorksheet('検証結果') as ExcelJS.Worksheet;
    expect(report.getCell('A1').value).toBe('問題なし');
    expect(report.getCell('A3').value).toEqual({ error: '#DIV/0!' });
    expect(report.getCell('B3').value).toBe(5e-324);
  });

  test('column widths and wrapping', () => {
    const ws = wb.getWorksheet('全庁集約') as ExcelJS.Worksheet;
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => ws.getColumn(c).width)).toEqual([12, 24, 60, 11, undefined, 6, undefined]);
    expect(ws.getCell('B3').alignment?.wrapText).toBe(true);
    expect(ws.getCell('C5').alignment?.wrapText).toBe(true);
    expect(ws.getCell('A3').alignment?.wrapText).toBeFalsy();
    expect(ws.getCell('E3').alignment?.wrapText).toBeFalsy();
    expect(ws.getColumn(3).alignment?.wrapText).toBe(true);
    expect((wb.getWorksheet('集計') as ExcelJS.Worksheet).getColumn(1).width).toBe(20);
  });

  test('header rows: bold, filled, bordered, wrapped, across the used columns', () => {
    const ws = wb.getWorksheet('全庁集約') as ExcelJS.Worksheet;
    for (const address of ['A1', 'B1', 'G1', 'A2', 'G2']) {
      expect(ws.getCell(address).font?.bold).toBe(true);
      expect(ws.getCell(address).fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
      expect(ws.getCell(address).border?.top?.style).toBe('thin');
      expect(ws.getCell(address).border?.bottom?.style).toBe('thin');
      expect(ws.getCell(address).alignment?.wrapText).toBe(true);
    }
    expect(ws.getCell('A3').font?.bold).toBeFalsy();
    expect(ws.getCell('A3').fill).toBeUndefined();
  });

  test('emphasis rows are filled across the used columns, empty cells included', () => {
    const ws = wb.getWorksheet('全庁集約') as ExcelJS.Worksheet;
    for (const c of 'ABCDEFG') expect(ws.getCell(`${c}6`).fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } });
    expect(ws.getCell('A5').fill).toBeUndefined();
    expect(ws.getCell('H6').fill).toBeUndefined();
  });

  test('frozen panes below the header, and none without a header', () => {
    expect((wb.getWorksheet('全庁集約') as ExcelJS.Worksheet).views[0]).toMatchObject({ state: 'frozen', ySplit: 2, topLeftCell: 'A3' });
    expect((wb.getWorksheet('集計') as ExcelJS.Worksheet).views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    expect((wb.getWorksheet('検証結果') as ExcelJS.Worksheet).views[0]?.state).not.toBe('frozen');
  });

  test('autofilter from the last header row over the used columns and rows', () => {
    expect((wb.getWorksheet('全庁集約') as ExcelJS.Worksheet).autoFilter).toBe('A2:G6');
    expect((wb.getWorksheet('集計') as ExcelJS.Worksheet).autoFilter).toBeUndefined();
  });

  test('print titles, paper, orientation, fit to width', () => {
    const all = (wb.getWorksheet('全庁集約') as ExcelJS.Worksheet).pageSetup;
    expect(all).toMatchObject({ printTitlesRow: '1:2', paperSize: 8, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    const summary = (wb.getWorksheet('集計') as ExcelJS.Worksheet).pageSetup;
    expect(summary).toMatchObject({ printTitlesRow: '1:1', paperSize: 9, orientation: 'portrait' });
    expect(summary.fitToPage).toBeFalsy();
    expect((wb.getWorksheet('検証結果') as ExcelJS.Worksheet).pageSetup.printTitlesRow).toBeUndefined();
  });

  test('document properties', () => {
    expect(wb.creator).toBe('企画課 & <集約>');
    expect(wb.created?.getTime()).toBe(FIXED_DATE.getTime());
  });
});

describe('the package', () => {
  test('holds exactly the parts of a minimal workbook', () => {
    expect([...parts.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'docProps/app.xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/sharedStrings.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/_rels/sheet1.xml.rels',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
    ]);
    const types = parseXml(parts.get('[Content_Types].xml') as string, ['Override']) as { Types: { Override: { '@_PartName': string }[] } };
    const overridden = types.Types.Override.map((o) => o['@_PartName'].slice(1));
    for (const name of parts.keys()) if (!name.endsWith('.rels') && name !== '[Content_Types].xml') expect(overridden).toContain(name);
  });

  test('defined names: hidden _FilterDatabase and Print_Titles, local to their sheets', () => {
    const book = parseXml(parts.get('xl/workbook.xml') as string, ['definedName']) as {
      workbook: { definedNames: { definedName: Record<string, string>[] } };
    };
    expect(book.workbook.definedNames.definedName).toEqual([
      { '@_name': '_xlnm._FilterDatabase', '@_localSheetId': '0', '@_hidden': '1', '#text': "'全庁集約'!$A$2:$G$6" },
      { '@_name': '_xlnm.Print_Titles', '@_localSheetId': '0', '#text': "'全庁集約'!$1:$2" },
      { '@_name': '_xlnm.Print_Titles', '@_localSheetId': '1', '#text': "'集計'!$1:$1" },
    ]);
  });

  test('hyperlinks: inside the workbook through location, outside through a relationship', () => {
    const sheet = parseXml(parts.get('xl/worksheets/sheet1.xml') as string, ['hyperlink']) as {
      worksheet: { hyperlinks: { hyperlink: Record<string, string>[] } };
    };
    expect(sheet.worksheet.hyperlinks.hyperlink).toEqual([
      { '@_ref': 'G3', '@_location': "'検証結果'!A2" },
      { '@_ref': 'G4', '@_r:id': 'rId1' },
    ]);
    const rels = parseXml(parts.get('xl/worksheets/_rels/sheet1.xml.rels') as string, ['Relationship']) as {
      Relationships: { Relationship: Record<string, string>[] };
    };
    expect(rels.Relationships.Relationship).toEqual([
      {
        '@_Id': 'rId1',
        '@_Type': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
        '@_Target': 'https://example.com/a?b=1&c=2',
        '@_TargetMode': 'External',
      },
    ]);
  });

  test('shared strings: every text once, count and uniqueCount exact', () => {
    const texts: string[] = [];
    for (const s of SHEETS) {
      for (const row of s.rows) {
        for (const c of row) {
          if (typeof c === 'string') texts.push(c);
          else if (c && typeof c === 'object' && 'text' in c) texts.push(c.text);
        }
      }
    }
    const sst = parseXml(parts.get('xl/sharedStrings.xml') as string, ['si']) as {
      sst: { '@_count': string; '@_uniqueCount': string; si: { t: string | { '#text': string } }[] };
    };
    const unique = [...new Set(texts)];
    expect(unique.length).toBeLessThan(texts.length); // 総務課 repeats
    expect(Number(sst.sst['@_count'])).toBe(texts.length);
    expect(Number(sst.sst['@_uniqueCount'])).toBe(unique.length);
    expect(sst.sst.si.map((si) => (typeof si.t === 'string' ? si.t : si.t['#text']))).toEqual(unique);
  });

  test('styles: only the formats used, each once; custom number formats from 164', () => {
    const styles = parts.get('xl/styles.xml') as string;
    const xfs = /<cellXfs count="(\d+)">(.*?)<\/cellXfs>/.exec(styles) as RegExpExecArray;
    const list = xfs[2].match(/<xf [^>]*>.*?<\/xf>/g) as string[];
    expect(list).toHaveLength(Number(xfs[1]));
    expect(new Set(list).size).toBe(list.length);
    // default, header, wrapped, plain top, two dates, percent, #,##0.00, emphasis, link(s)...: a handful.
    expect(list.length).toBeLessThanOrEqual(14);
    const formats = [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)].map((m) => [Number(m[1]), m[2]]);
    expect(formats).toEqual([
      [164, 'yyyy/m/d'],
      [165, 'yyyy/m/d h:mm'],
      [166, '0.0%'],
    ]);
    expect(list.some((x) => x.includes('numFmtId="4"'))).toBe(true); // #,##0.00 is built in
    for (const [name, xml] of parts) {
      if (!name.startsWith('xl/worksheets/sheet')) continue;
      for (const m of xml.matchAll(/ s="(\d+)"/g)) expect(Number(m[1])).toBeLessThan(list.length);
    }
  });

  test('sheets: r on every row and cell, rows ascending, text never a formula', () => {
    for (const [name, xml] of parts) {
      if (!name.startsWith('xl/worksheets/sheet')) continue;
      expect(xml).not.toMatch(/<f[ >]/);
      const rows = [...xml.matchAll(/<row( [^>]*)?>/g)];
      expect(rows.every((m) => / r="\d+"/.test(m[0]))).toBe(true);
      const numbers = rows.map((m) => Number((/ r="(\d+)"/.exec(m[0]) as RegExpExecArray)[1]));
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      expect([...xml.matchAll(/<c( [^>]*)?\/?>/g)].every((m) => / r="[A-Z]+\d+"/.test(m[0]))).toBe(true);
    }
    const sheet1 = parts.get('xl/worksheets/sheet1.xml') as string;
    expect(sheet1).toMatch(/<c r="B3"[^>]* t="s">/);
    expect(sheet1).toContain('<dimension ref="A1:G6"/>');
    expect(sheet1).toContain('<pageSetup paperSize="8" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(sheet1).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(parts.get('xl/worksheets/sheet3.xml')).toContain('<dimension ref="A1:B4"/>');
  });

  test('same input, same bytes; the creation time is the only clock', () => {
    expect(writeWorkbook(SHEETS, { created: FIXED_DATE, creator: '企画課 & <集約>' })).toEqual(bytes);
    const before = Date.now();
    const now = partsOf(writeWorkbook(SHEETS));
    const after = Date.now();
    const created = /<dcterms:created [^>]*>([^<]+)</.exec(now.get('docProps/core.xml') as string) as RegExpExecArray;
    expect(Date.parse(created[1])).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(Date.parse(created[1])).toBeLessThanOrEqual(after);
    for (const [name, xml] of now) if (name !== 'docProps/core.xml') expect(xml).toBe(parts.get(name));
  });
});

describe('cell text in the XML', () => {
  const texts = ['\u0001制御', '_x000D_', 'a\rb', ' 先頭', '末尾\n', '中\n間', 'a  b', '普通', '<&>', '😀𠮷'];
  const sst = partsOf(writeWorkbook([{ name: 'S', rows: [texts] }], { created: FIXED_DATE })).get('xl/sharedStrings.xml') as string;
  const items = [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);

  test('controls and CR as _xHHHH_, a literal _xHHHH_ escaped, markup as entities, pairs as they are', () => {
    expect(items).toEqual([
      '<t>_x0001_制御</t>',
      '<t>_x005F_x000D_</t>',
      '<t xml:space="preserve">a_x000D_b</t>',
      '<t xml:space="preserve"> 先頭</t>',
      '<t xml:space="preserve">末尾\n</t>',
      '<t xml:space="preserve">中\n間</t>',
      '<t xml:space="preserve">a  b</t>',
      '<t>普通</t>',
      '<t>&lt;&amp;&gt;</t>',
      '<t>😀𠮷</t>',
    ]);
  });
});

describe('caller bugs throw', () => {
  const one =
    (rows: NewCell[][], more: Partial<NewSheet> = {}): (() => Uint8Array) =>
    () =>
      writeWorkbook([{ name: 'S', rows, ...more }]);
  test.each<[string, () => unknown, RegExp]>([
    ['no sheet', () => writeWorkbook([]), /at least one sheet/],
    ['empty name', () => writeWorkbook([{ name: '', rows: [] }]), /is empty/],
    ['32 characters', () => writeWorkbook([{ name: 'あ'.repeat(32), rows: [] }]), /32 characters/],
    ...[...'[]:*?/\\'].map((ch): [string, () => unknown, RegExp] => [`"${ch}" in a name`, () => writeWorkbook([{ name: `a${ch}b`, rows: [] }]), /none of/]),
    ['apostrophe first', () => writeWorkbook([{ name: "'a", rows: [] }]), /apostrophe/],
    ['control character', () => writeWorkbook([{ name: 'a\u0001', rows: [] }]), /control/],
    [
      'duplicate ignoring case',
      () =>
        writeWorkbook([
          { name: 'Sheet', rows: [] },
          { name: 'sHEET', rows: [] },
        ]),
      /same ignoring case/,
    ],
    ['32,768 characters', one([['x'.repeat(32_768)]]), /S" cell A1: 32768 characters/],
    ['link text of 32,768 characters', one([[null, { text: 'x'.repeat(32_768), link: '#S!A1' }]]), /cell B1: 32768/],
    ['NaN', one([[1], [NaN]]), /cell A2: NaN is not a finite number/],
    ['Infinity', one([[Infinity]]), /not a finite number/],
    ['NaN with a format', one([[{ value: NaN, numFmt: '0' }]]), /not a finite number/],
    ['unknown error', one([[{ error: '#SPILL!' }]]), /not an error value/],
    ['empty number format', one([[{ value: 1, numFmt: '' }]]), /number format/],
    ['link neither # nor URL', one([[{ text: 'x', link: 'javascript:alert(1)' }]]), /neither/],
    ['link "#"', one([[{ text: 'x', link: '#' }]]), /names no place/],
    ['not a cell value', one([[{ foo: 1 } as unknown as NewCell]]), /not a cell value/],
    ['a function', one([[(() => 1) as unknown as NewCell]]), /not a cell value/],
    ['headerRows beyond the rows', one([['a']], { headerRows: 2 }), /headerRows 2/],
    ['autoFilter without a header', one([['a']], { autoFilter: true }), /autoFilter needs headerRows/],
    ['emphasis row in the header', one([['h'], ['a']], { headerRows: 1, emphasisRows: [1] }), /emphasis row 1/],
    ['negative width', one([['a']], { columns: [{ width: -1 }] }), /width -1/],
    ['creator with a control character', () => writeWorkbook([{ name: 'S', rows: [] }], { creator: '\u0000' }), /creator/],
  ])('%s', (_, fn, message) => {
    expect(fn).toThrow(message);
  });
});

describe('odd but valid input', () => {
  test('an empty sheet, quotes in a number format, a non-ASCII URL, an apostrophe and & in a sheet name, holes in rows', async () => {
    // eslint-disable-next-line no-sparse-arrays
    const holey: NewCell[] = ['a', , 'c'];
    const out = writeWorkbook(
      [
        { name: '空', rows: [] },
        {
          name: "O'Brien & 集計",
          headerRows: 1,
          autoFilter: true,
          rows: [
            ['件数', 'リンク'],
            [
              { value: 1234, numFmt: '#,##0"件"' },
              { text: '資料', link: 'https://例え.jp/資料 1.pdf' },
            ],
            holey,
          ],
        },
      ],
      { created: FIXED_DATE },
    );
    const book = await readWithExcelJS(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(['空', "O'Brien & 集計"]);
    expect(book.worksheets[0].rowCount).toBe(0);
    const ws = book.worksheets[1];
    expect(ws.getCell('A2').value).toBe(1234);
    expect(ws.getCell('A2').numFmt).toBe('#,##0"件"');
    expect(ws.getCell('B2').value).toEqual({ text: '資料', hyperlink: 'https://%E4%BE%8B%E3%81%88.jp/%E8%B3%87%E6%96%99%201.pdf' });
    expect([ws.getCell('A3').value, ws.getCell('B3').value, ws.getCell('C3').value]).toEqual(['a', null, 'c']);
    expect(ws.pageSetup.printTitlesRow).toBe('1:1');
    expect(ws.autoFilter).toBe('A1:C3');
    const p = partsOf(out);
    expect(p.get('xl/workbook.xml')).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">'O''Brien &amp; 集計'!$1:$1</definedName>`);
    expect(p.get('xl/worksheets/sheet1.xml')).toContain('<dimension ref="A1"/>');
    expect(p.get('xl/worksheets/sheet1.xml')).toContain('<sheetData/>');
  });
});
