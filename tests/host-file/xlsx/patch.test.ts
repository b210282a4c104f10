import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { cellText } from '../../../src/core/table';
import { openXlsx, patchCells, readSheet, type CellEdit } from '../../../src/host/file/xlsx';
import { buildPackage, oneSheet, sst, SML, worksheet, xlsxErrorOf, DECL } from './builder';
import { otherEntriesIdentical, partText, patchAndRead } from './patch-helpers';

const SHEET = 'xl/worksheets/sheet1.xml';
const insert = (address: string, before: string, at: number, inserted: string): CellEdit => ({ address, before, at, inserted });

describe('patching existing cells', () => {
  test('a shared string becomes an inline string; only that <c> changes, every other entry is copied byte for byte', () => {
    const bytes = oneSheet('<row r="1" spans="1:3"><c r="A1" s="2" t="s" cm="1"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>', {
      strings: ['4月:準備', 'そのまま'],
    });
    const { out, table } = patchAndRead(bytes, [insert('A1', '4月:準備', 5, '\n5月:実施')]);
    expect(table.rows).toEqual([[{ value: '4月:準備\n5月:実施' }, { value: 'そのまま' }]]);
    otherEntriesIdentical(bytes, out, SHEET);
    const before = partText(bytes, SHEET);
    const after = partText(out, SHEET);
    const cellStart = before.indexOf('<c r="A1"');
    const cellEnd = before.indexOf('</c>', cellStart) + 4;
    expect(after.slice(0, cellStart)).toBe(before.slice(0, cellStart));
    expect(after.slice(after.length - (before.length - cellEnd))).toBe(before.slice(cellEnd));
    expect(after.slice(cellStart, after.length - (before.length - cellEnd))).toBe(
      '<c r="A1" s="2" cm="1" t="inlineStr"><is><t xml:space="preserve">4月:準備\n5月:実施</t></is></c>',
    );
  });

  test('rich text keeps its runs and rPr verbatim; the run at `at` is split; phonetic runs shift or are dropped', () => {
    const si = {
      xml: '<r><rPr><b/><color rgb="FFFF0000"/></rPr><t>川西</t></r><r><rPr><i/></rPr><t>市役所</t></r><rPh sb="0" eb="2"><t>カワニシ</t></rPh><rPh sb="2" eb="5"><t>シヤクショ</t></rPh><phoneticPr fontId="1" type="noConversion"/>',
    };
    const bytes = oneSheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', { strings: [si] });
    const { out, table } = patchAndRead(bytes, [insert('A1', '川西市役所', 1, '★')]);
    expect(table.rows[0][0]).toEqual({ value: '川★西市役所' });
    const xml = partText(out, SHEET);
    expect(xml).toContain(
      '<c r="A1" t="inlineStr"><is><r><rPr><b/><color rgb="FFFF0000"/></rPr><t>川</t></r><r><t>★</t></r><r><rPr><b/><color rgb="FFFF0000"/></rPr><t>西</t></r><r><rPr><i/></rPr><t>市役所</t></r><rPh sb="3" eb="6"><t>シヤクショ</t></rPh><phoneticPr fontId="1" type="noConversion"/></is></c>',
    );
    // At a run boundary nothing is split and the reading of 川西 survives.
    const atEnd = partText(patchCells(openXlsx(bytes), 0, [insert('A1', '川西市役所', 5, '\n')]), SHEET);
    expect(atEnd).toContain('<t>市役所</t></r><r><t xml:space="preserve">\n</t></r><rPh sb="0" eb="2"><t>カワニシ</t></rPh><rPh sb="2" eb="5">');
  });

  test('an inline rich string in the sheet keeps its runs', () => {
    const bytes = oneSheet('<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><u/></rPr><t>下線</t></r><r><t>なし</t></r></is></c></row>');
    const { out, table } = patchAndRead(bytes, [insert('A1', '下線なし', 4, '!')]);
    expect(cellText(table.rows[0][0])).toBe('下線なし!');
    expect(partText(out, SHEET)).toContain('<is><r><rPr><u/></rPr><t>下線</t></r><r><t>なし</t></r><r><t>!</t></r></is>');
  });

  test('a prefixed sheet keeps its prefix; rPr copied from a default-namespace sst is re-prefixed', () => {
    const xml = worksheet('<x:row r="1"><x:c r="A1" t="s" s="1"><x:v>0</x:v></x:c></x:row>', { prefix: 'x' });
    const bytes = buildPackage({ sheets: [{ name: 'S', xml }], sharedStrings: sst([{ xml: '<r><rPr><b/></rPr><t>太字</t></r>' }]) });
    const { out, table } = patchAndRead(bytes, [insert('A1', '太字', 0, '前')]);
    expect(cellText(table.rows[0][0])).toBe('前太字');
    expect(partText(out, SHEET)).toContain(
      '<x:c r="A1" s="1" t="inlineStr"><x:is><x:r><x:t>前</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>太字</x:t></x:r></x:is></x:c>',
    );
  });

  test('a surrogate pair and Japanese text before the edited cell do not shift the offsets', () => {
    const bytes = oneSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>𠮷野家の𠮷</t></is></c><c r="B1" t="inlineStr"><is><t>𩸽</t></is></c></row>');
    const { out, table } = patchAndRead(bytes, [insert('B1', '𩸽', 2, 'を焼く')]);
    expect(table.rows[0].map(cellText)).toEqual(['𠮷野家の𠮷', '𩸽を焼く']);
    expect(partText(out, SHEET)).toContain('<c r="A1" t="inlineStr"><is><t>𠮷野家の𠮷</t></is></c><c r="B1" t="inlineStr"><is><t>𩸽を焼く</t></is></c>');
  });

  test('a cell without r keeps having none; a t="str" value without a formula is text', () => {
    const bytes = oneSheet('<row><c t="str"><v>a</v></c><c t="inlineStr"><is><t>b</t></is></c></row>');
    const { out, table } = patchAndRead(bytes, [insert('B1', 'b', 1, 'c'), insert('A1', 'a', 0, 'z')]);
    expect(table.rows[0].map(cellText)).toEqual(['za', 'bc']);
    expect(partText(out, SHEET)).toContain('<row><c t="inlineStr"><is><t>za</t></is></c><c t="inlineStr"><is><t>bc</t></is></c></row>');
  });

  test('text is escaped: markup characters, carriage returns, control characters, literal _xHHHH_, edge white space', () => {
    const bytes = oneSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>');
    const inserted = ' <a&b> \r\n\u0001_x000D_\t';
    const { out, table } = patchAndRead(bytes, [insert('A1', 'x', 1, inserted)]);
    expect(cellText(table.rows[0][0])).toBe('x' + inserted);
    expect(partText(out, SHEET)).toContain('<t xml:space="preserve">x &lt;a&amp;b&gt; _x000D_\n_x0001__x005F_x000D_\t</t>');
  });

  test('a byte order mark is kept, and so is every byte outside the cell', () => {
    const xml = new TextEncoder().encode('\ufeff' + worksheet('<row r="1">\r\n  <c r="A1" t="inlineStr"><is><t>a</t></is></c>\r\n</row>'));
    const bytes = buildPackage({ sheets: [{ name: 'S', xml }] });
    const { out } = patchAndRead(bytes, [insert('A1', 'a', 1, 'b')]);
    const raw = partText(out, SHEET);
    expect(raw.startsWith('\ufeff<?xml')).toBe(true);
    expect(raw).toContain('<row r="1">\r\n  <c r="A1" t="inlineStr"><is><t>ab</t></is></c>\r\n</row>');
  });

  test('children other than v/f/is (extLst) are kept', () => {
    const bytes = oneSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is><extLst><ext uri="u"><y:z xmlns:y="urn:y"/></ext></extLst></c></row>');
    const { out } = patchAndRead(bytes, [insert('A1', 'a', 0, 'b')]);
    expect(partText(out, SHEET)).toContain('<c r="A1" t="inlineStr"><is><t>ba</t></is><extLst><ext uri="u"><y:z xmlns:y="urn:y"/></ext></extLst></c>');
  });
});

describe('cells that are not in the XML yet', () => {
  test('a new cell goes in its row at its column; its style is the row’s (customFormat) or the column’s', () => {
    const bytes = oneSheet(
      '<row r="1" s="7" customFormat="1"><c r="A1"><v>1</v></c><c r="D1"><v>4</v></c></row><row r="2"><c r="A2"><v>1</v></c></row><row r="3" s="8"><c r="A3"><v>1</v></c></row>',
      { before: '<cols><col min="2" max="3" width="9" style="5" customWidth="1"/></cols>' },
    );
    const { out, table } = patchAndRead(bytes, [
      insert('B1', '', 0, 'b1'),
      insert('F1', '', 0, 'f1'),
      insert('C1', '', 0, 'c1'),
      insert('C2', '', 0, 'c2'),
      insert('Z3', '', 0, 'z3'),
    ]);
    expect(table.rows.map((r) => r.map(cellText))).toEqual([
      ['1', 'b1', 'c1', '4', '', 'f1'],
      ['1', '', 'c2'],
      ['1', ...Array(24).fill(''), 'z3'],
    ]);
    const xml = partText(out, SHEET);
    expect(xml).toContain(
      '<row r="1" s="7" customFormat="1"><c r="A1"><v>1</v></c><c r="B1" s="7" t="inlineStr"><is><t>b1</t></is></c><c r="C1" s="7" t="inlineStr"><is><t>c1</t></is></c><c r="D1"><v>4</v></c><c r="F1" s="7" t="inlineStr"><is><t>f1</t></is></c></row>',
    );
    expect(xml).toContain('<c r="C2" s="5" t="inlineStr">');
    expect(xml).toContain('<c r="Z3" t="inlineStr">');
  });

  test('a new row goes before the first greater row, or at the end; self-closing rows and sheetData open up', () => {
    const bytes = oneSheet('<row r="2"><c r="A2"><v>2</v></c></row><row r="5" hidden="1"/><row r="9"><c r="A9"><v>9</v></c></row>');
    const { out, table } = patchAndRead(bytes, [
      insert('A1', '', 0, 'r1'),
      insert('B3', '', 0, 'r3'),
      insert('A4', '', 0, 'r4'),
      insert('C5', '', 0, 'r5'),
      insert('A12', '', 0, 'r12'),
    ]);
    expect(table.rows.map((r) => r.map(cellText))).toEqual([['r1'], ['2'], ['', 'r3'], ['r4'], ['', '', 'r5'], [], [], [], ['9'], [], [], ['r12']]);
    expect(table.hiddenRows).toEqual([4]);
    const xml = partText(out, SHEET);
    expect(xml).toContain(
      '<row r="3"><c r="B3" t="inlineStr"><is><t>r3</t></is></c></row><row r="4"><c r="A4" t="inlineStr"><is><t>r4</t></is></c></row><row r="5" hidden="1"><c r="C5"',
    );
    const empty = buildPackage({ sheets: [{ name: 'S', xml: `${DECL}<worksheet xmlns="${SML}"><sheetData/></worksheet>` }] });
    const r = patchAndRead(empty, [insert('B2', '', 0, 'x')]);
    expect(partText(r.out, SHEET)).toBe(
      `${DECL}<worksheet xmlns="${SML}"><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`,
    );
  });

  test('rows without r: a new row after them is numbered explicitly and nothing is renumbered', () => {
    const bytes = oneSheet('<row><c><v>1</v></c></row><row><c><v>2</v></c></row><row r="6"><c><v>6</v></c></row><row><c><v>7</v></c></row>');
    const { table } = patchAndRead(bytes, [insert('A4', '', 0, 'four'), insert('B7', '', 0, 'x')]);
    expect(table.rows.map((r) => r.map(cellText))).toEqual([['1'], ['2'], [], ['four'], [], ['6'], ['7', 'x']]);
  });
});

describe('refusals: nothing is written', () => {
  const bytes = oneSheet(
    '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><v>3</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="e"><v>#N/A</v></c><c r="E1" t="inlineStr"><is><t>top</t></is></c><c r="F1"/><c r="G1" t="str"><f>"a"</f><v>a</v></c><c r="H1" t="inlineStr"><is><t>ok</t></is></c></row>',
    { after: '<mergeCells><mergeCell ref="E1:F2"/></mergeCells>' },
  );
  const book = openXlsx(bytes);
  test.each<[string, string, CellEdit]>([
    ['cell-formula', 'A1', insert('A1', '2', 0, 'x')],
    ['cell-formula', 'G1', insert('G1', 'a', 0, 'x')],
    ['cell-not-text', 'B1', insert('B1', '3', 0, 'x')],
    ['cell-not-text', 'C1', insert('C1', 'TRUE', 0, 'x')],
    ['cell-not-text', 'D1', insert('D1', '#N/A', 0, 'x')],
    ['cell-merged', 'F2', insert('F2', 'top', 0, 'x')],
    ['cell-changed', 'E1', insert('E1', 'old', 0, 'x')],
    ['cell-changed', 'Q9', insert('Q9', 'was here', 0, 'x')],
    ['text-too-long', 'E1', insert('E1', 'top', 3, 'x'.repeat(32_765))],
    ['address-invalid', 'XFE1', insert('XFE1', '', 0, 'x')],
    ['address-invalid', '1A', insert('1A', '', 0, 'x')],
  ])('%s at %s', (reason, cell, edit) => {
    // A valid edit comes first: the refusal of the second still writes nothing.
    const e = xlsxErrorOf(() => patchCells(book, 0, [insert('H1', 'ok', 2, '!'), edit]));
    expect(e.reason).toBe(reason);
    expect(e.cell).toBe(cell);
    expect(e.text.ja).toContain(cell);
    expect(e.text.ja).toMatch(/書き込みません|変更していません/);
  });

  test('a merged area names its top-left cell', () => {
    const e = xlsxErrorOf(() => patchCells(book, 0, [insert('F1', 'top', 0, 'x')]));
    expect(e.mergedFrom).toBe('E1');
    expect(e.text.ja).toContain('E1');
  });

  test('a protected sheet', () => {
    const p = openXlsx(oneSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>', { after: '<sheetProtection sheet="1"/>' }));
    const e = xlsxErrorOf(() => patchCells(p, 0, [insert('A1', 'a', 1, 'b')]));
    expect(e.reason).toBe('sheet-protected');
    expect(e.text.ja).toContain('シート保護の解除');
  });

  test('misuse by the caller is a RangeError', () => {
    expect(() => patchCells(book, 0, [insert('E1', 'top', 4, 'x')])).toThrow(RangeError);
    expect(() => patchCells(book, 0, [insert('E1', 'top', 0, 'x'), insert('$E$1', 'top', 0, 'y')])).toThrow(RangeError);
    expect(() => patchCells(book, 3, [])).toThrow(RangeError);
  });
});

describe('LibreOffice opens a patched workbook', () => {
  const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' }).status === 0;

  test('the inserted text is in its CSV export (or, without soffice, in our own reading)', () => {
    const source = path.join(__dirname, '..', '..', 'fixtures', 'writers', 'welfare-r7.libreoffice.xlsx');
    const bytes = new Uint8Array(readFileSync(source));
    const book = openXlsx(bytes);
    const table = readSheet(book, 0);
    const before = cellText(table.rows[4][12]);
    const title = cellText(table.rows[0][0]);
    const out = patchCells(book, 0, [
      insert('M5', before, before.length, '\n11月:追記テスト'),
      insert('A1', title, 2, '【確認】'),
      insert('P7', '', 0, '新しいセル'),
    ]);
    const ours = readSheet(openXlsx(out), 0);
    expect(cellText(ours.rows[4][12])).toBe(before + '\n11月:追記テスト');
    expect(cellText(ours.rows[0][0])).toBe('R7【確認】取組実施プロセスシート');
    if (!hasSoffice) return;
    const dir = mkdtempSync(path.join(tmpdir(), 'xlsx-patch-'));
    try {
      writeFileSync(path.join(dir, 'patched.xlsx'), out);
      const r = spawnSync(
        'soffice',
        [
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76',
          '--outdir',
          dir,
          path.join(dir, 'patched.xlsx'),
          `-env:UserInstallation=file://${dir}/profile`,
        ],
        { timeout: 60_000 },
      );
      expect(r.status).toBe(0);
      const csv = readFileSync(path.join(dir, 'patched.csv'), 'utf8');
      expect(csv).toContain('11月:追記テスト');
      expect(csv).toContain('R7【確認】取組実施プロセスシート');
      expect(csv).toContain('新しいセル');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
