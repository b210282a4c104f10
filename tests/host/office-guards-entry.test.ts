import { createFakeExcel, FakeExcel } from '../../src/host/fake-excel';
import { createOfficeWorkbook } from '../../src/host/office';
import { IssueRow, reportDoc } from './report-doc';

/**
 * The adapter's guard against Excel's coercion of written text: writeCells hands Excel a text
 * that would read as a number, date, boolean, error value or formula with a leading apostrophe,
 * and the report sheet gives its text cells the Text format (@) and the same apostrophe. Each test first shows that the
 * fake host, written to directly without the guard, would not keep the text, so the test fails
 * if the guard goes.
 */

/** Texts Excel would not keep as typed. */
const COERCED = [
  '+1 件',
  '=SUM(A1)',
  '@mention',
  '10月1日',
  'TRUE',
  'false',
  '1e3',
  '#N/A',
  '¥100',
  '$5',
  '１０',
  '2025/4/1',
  '4/1',
  '10:30',
  '(1)',
  '50%',
  '1,000',
  '-\n7月:',
  '=7月:',
];

/** Texts Excel keeps anyway (a lone sign is text), written with the others: the guard must not spoil them. */
const PLAIN = ['-', '+', '@', '4月:準備', '7月:'];
const ALL = [...COERCED, ...PLAIN];

interface RawResult {
  value?: unknown;
  type?: string;
  refused?: string;
}

/** Writes `text` to A1 of a fresh fake host directly, as plain `values`, without any guard. */
async function unguarded(text: string, numberFormat?: string): Promise<RawResult> {
  const fake = createFakeExcel({ sheets: [{ name: 'S', values: [] }] });
  try {
    return await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('S').getRange('A1');
      if (numberFormat) range.numberFormat = [[numberFormat]];
      range.formulas = [[text]];
      range.load('values,valueTypes');
      await ctx.sync();
      return { value: range.values[0][0], type: range.valueTypes[0][0] };
    });
  } catch (e) {
    return { refused: (e as { code?: string }).code };
  }
}

function keptAsText(r: RawResult, text: string): boolean {
  return r.refused === undefined && r.value === text && r.type === 'String';
}

async function valueTypes(fake: FakeExcel, sheet: string, address: string): Promise<unknown[][]> {
  return fake.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem(sheet).getRange(address);
    range.load('valueTypes');
    await ctx.sync();
    return range.valueTypes;
  });
}

describe('Office adapter guard: written text stays text', () => {
  it.each(COERCED)('the fake host, written to without a guard, does not keep %j as text', async (text) => {
    expect(keptAsText(await unguarded(text), text)).toBe(false);
  });

  it.each(PLAIN)('the fake host keeps %j as text even without a guard', async (text) => {
    expect(keptAsText(await unguarded(text), text)).toBe(true);
  });

  it('writeCells writes each of them into empty cells and reads back exactly the same strings', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', values: [['見出し']] }] });
    const port = createOfficeWorkbook(fake.host);
    const changes = ALL.map((text, i) => ({ address: `B${i + 1}`, before: '', after: text }));
    expect(await port.writeCells('S', changes)).toEqual({ ok: true, written: ALL.length });
    const column = fake.sheet('S').values.map((row) => row[1]);
    expect(column).toEqual(ALL);
    expect((await valueTypes(fake, 'S', `B1:B${ALL.length}`)).flat()).toEqual(ALL.map(() => 'String'));
    const table = await port.readSheet('S');
    expect(table.rows.map((row) => row[1])).toEqual(ALL.map((value) => ({ value })));
  });

  it('writeCells appends to cells whose new text reads like a formula, number or date, keeping it text', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', values: [['-'], ['10'], ['=x']] }] });
    // The texts as the cells hold them: '10' and '=x' are text cells here.
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A2:A3').values = [["'10"], ["'=x"]];
      await ctx.sync();
    });
    const port = createOfficeWorkbook(fake.host);
    const changes = [
      { address: 'A1', before: '-', after: '-\n7月:' },
      { address: 'A2', before: '10', after: '10月1日' },
      { address: 'A3', before: '=x', after: '=x+1' },
    ];
    for (const c of changes) expect(keptAsText(await unguarded(c.after), c.after)).toBe(false);
    expect(await port.writeCells('S', changes)).toEqual({ ok: true, written: 3 });
    expect(fake.sheet('S').values.map((r) => r[0])).toEqual(changes.map((c) => c.after));
  });

  it('the report sheet keeps texts that look like numbers, dates or formulas as text (Text format)', async () => {
    const rows: IssueRow[] = [
      { code: 'month-missing', severity: 'error', sheet: 'R7進捗', cell: 'M9', no: '4', initiative: '10月1日', message: '+1 件' },
      { code: 'symbol-missing', severity: 'error', sheet: 'R7進捗', cell: 'L8', no: '1e3', initiative: '@mention', message: '=SUM(A1)' },
      { code: 'target-behind', severity: 'warning', sheet: 'R7進捗', cell: 'K3', no: 'TRUE', initiative: '#N/A', message: '- 5 件' },
    ];
    const texts = rows.flatMap((r) => [String(r.no), r.initiative!, r.message]);
    for (const text of texts) expect(keptAsText(await unguarded(text), text)).toBe(false);

    // Also on a host without Range.hyperlink, where the links are formulas next to these texts.
    for (const requirementSets of [undefined, ['ExcelApi 1.4']]) {
      const fake = createFakeExcel({ sheets: [{ name: 'R7進捗', values: [['No.']] }], requirementSets });
      expect(await createOfficeWorkbook(fake.host).writeReportSheet(reportDoc(rows))).toMatchObject({ ok: true, written: 3 });
      const values = fake.sheet('点検結果').values;
      expect(values.slice(4).flatMap((row) => [row[0], row[1], row[4]])).toEqual(texts);
      const types = await valueTypes(fake, '点検結果', 'A5:E7');
      expect(types.flatMap((row) => [row[0], row[1], row[4]])).toEqual(texts.map(() => 'String'));
      // Both ways Excel honours: the Text format, and the quote prefix (kept when the format changes).
      for (const address of ['A5', 'B5', 'E5', 'A6', 'B6', 'E6', 'A7', 'B7', 'E7']) {
        expect(fake.sheet('点検結果').cell(address)).toMatchObject({ numberFormat: '@', quotePrefix: true });
      }
    }
  });
});
