import { createFakeExcel, FakeExcel } from '../../src/host/fake-excel';

/**
 * The fake host takes strings written to `values`/`formulas` the way Excel (Japanese locale)
 * takes typed input: numbers, booleans, error values, dates and formulas are not kept as text.
 */

const YEAR = 2025;
const DAY_MS = 86_400_000;

/** Excel's serial number of a date, computed here independently of the fake. */
function serial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / DAY_MS;
}

function emptyFake(): FakeExcel {
  return createFakeExcel({ sheets: [{ name: 'S', values: [] }], entryYear: YEAR });
}

async function textFormatted(): Promise<FakeExcel> {
  const fake = emptyFake();
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('S').getRange('A1').numberFormat = [['@']];
    await ctx.sync();
  });
  return fake;
}

interface Read {
  value: unknown;
  formula: unknown;
  type: string;
  text: string;
}

/** Writes `entry` to A1 through `what`, then reads the cell back through Office.js properties. */
async function enter(fake: FakeExcel, entry: string, what: 'values' | 'formulas' = 'values'): Promise<Read> {
  return fake.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem('S').getRange('A1');
    range[what] = [[entry]];
    range.load('values,formulas,valueTypes,text');
    await ctx.sync();
    return { value: range.values[0][0], formula: range.formulas[0][0], type: range.valueTypes[0][0], text: range.text[0][0] };
  });
}

describe('fake Excel: entries are taken as typed (Japanese locale)', () => {
  it.each([
    ['10', 10],
    ['+1', 1],
    ['-1', -1],
    ['1e3', 1000],
    [' 10 ', 10],
    ['1,000', 1000],
    ['(100)', -100],
    ['50%', 0.5],
    ['¥100', 100],
    ['$5', 5],
    ['1 1/2', 1.5],
    ['１０', 10],
  ])('%j becomes the number %p', async (entry, expected) => {
    const read = await enter(emptyFake(), entry);
    expect(read.value).toBe(expected);
    expect(read.type).toBe('Double');
  });

  it.each([
    ['2025/4/1', serial(2025, 4, 1), '2025/4/1'],
    ['2025-04-01', serial(2025, 4, 1), '2025/4/1'],
    ['25/4/1', serial(2025, 4, 1), '2025/4/1'],
    ['4/1', serial(YEAR, 4, 1), '4月1日'],
    ['10月1日', serial(YEAR, 10, 1), '10月1日'],
    ['2025年4月1日', serial(2025, 4, 1), '2025年4月1日'],
    ['１０月１日', serial(YEAR, 10, 1), '10月1日'],
  ])('%j becomes the date serial %p, shown as %j', async (entry, expected, shown) => {
    const read = await enter(emptyFake(), entry);
    expect(read.value).toBe(expected);
    expect(read.type).toBe('Double');
    expect(read.text).toBe(shown);
  });

  it('takes 10:30 as a time of day', async () => {
    const read = await enter(emptyFake(), '10:30');
    expect(read.value).toBeCloseTo(10.5 / 24, 12);
    expect(read.text).toBe('10:30');
  });

  it.each([
    ['TRUE', true],
    ['false', false],
    ['True', true],
  ])('%j becomes the boolean %p', async (entry, expected) => {
    const read = await enter(emptyFake(), entry);
    expect(read.value).toBe(expected);
    expect(read.type).toBe('Boolean');
  });

  it.each(['#N/A', '#n/a', '#DIV/0!', '#REF!'])('%j becomes an error value', async (entry) => {
    const read = await enter(emptyFake(), entry);
    expect(read.type).toBe('Error');
    expect(read.value).toBe(entry.toUpperCase());
  });

  it.each([
    ['=SUM(A2)', '=SUM(A2)'],
    ['@mention', '=@mention'],
    ['-abc', '=-abc'],
    ['+進捗', '=+進捗'],
  ])('%j becomes the formula %j', async (entry, formula) => {
    const read = await enter(emptyFake(), entry);
    expect(read.formula).toBe(formula);
    expect(read.value).not.toBe(entry);
  });

  it('gives #NAME? to a formula that names nothing', async () => {
    const read = await enter(emptyFake(), '@mention');
    expect(read).toMatchObject({ value: '#NAME?', type: 'Error' });
  });

  it.each(['+1 件', '=7月:', '- 5 euro', '-\n7月:', '=SUM(', '="open'])('refuses %j, a formula Excel cannot parse, with InvalidArgument', async (entry) => {
    const fake = emptyFake();
    await expect(enter(fake, entry)).rejects.toMatchObject({
      code: 'InvalidArgument',
      message: 'The argument is invalid or missing or has an incorrect format.',
    });
    expect(fake.sheet('S').values).toEqual([]);
  });

  it.each(['-', '+', '@', '=', '7月:', '4月:準備\n5月:実施', '13/45', '2025/2/30', '10月', 'abc', ' =x', '1,00', 'TRUE!'])(
    'keeps %j as text',
    async (entry) => {
      const read = await enter(emptyFake(), entry);
      expect(read).toMatchObject({ value: entry, formula: entry, type: 'String' });
    },
  );

  it('keeps the text after a leading apostrophe, whatever it looks like, and drops the apostrophe', async () => {
    for (const text of ['+1 件', '10', 'TRUE', '#N/A', '=SUM(A2)', '10月1日']) {
      const read = await enter(emptyFake(), `'${text}`);
      expect(read).toMatchObject({ value: text, type: 'String' });
    }
  });

  it('keeps text as given in a Text-formatted (@) cell, formulas included', async () => {
    for (const text of ['10', 'TRUE', '=SUM(A2)', '10月1日', '+1 件']) {
      const fake = await textFormatted();
      const read = await enter(fake, text, 'formulas');
      expect(read).toMatchObject({ value: text, type: 'String' });
    }
  });

  it('takes entries written through formulas the same way as through values', async () => {
    expect(await enter(emptyFake(), '10', 'formulas')).toMatchObject({ value: 10, type: 'Double' });
    expect(await enter(emptyFake(), '10月1日', 'formulas')).toMatchObject({ value: serial(YEAR, 10, 1) });
  });

  it('dates typed without a year take the host’s entry year', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', values: [] }], entryYear: 2031 });
    expect((await enter(fake, '4/1')).value).toBe(serial(2031, 4, 1));
  });
});
