import { createFakeExcel, FakeExcel } from '../../src/host/fake-excel';
import { createOfficeWorkbook } from '../../src/host/office';

/**
 * Merged areas. Excel reads a merged area's value in its top-left cell only (the other cells
 * read empty) and reports a merged area to `getMergedAreasOrNullObject` only for a range that
 * holds its top-left cell (office-js #3611). The adapter must still give every covered cell the
 * top-left value, as the file adapter does, also when the area spans two read blocks.
 */

async function directValues(fake: FakeExcel, sheet: string, address: string): Promise<unknown[][]> {
  return fake.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem(sheet).getRange(address);
    range.load('values');
    await ctx.sync();
    return range.values;
  });
}

describe('Office adapter guard: merged areas', () => {
  it('resolves a merged area that starts in one read block and ends in the next', async () => {
    const values = Array.from({ length: 30 }, (_, i) => [i === 7 ? '分野別目標' : '', `r${i + 1}`]);
    const fake = createFakeExcel({ sheets: [{ name: 'M', values, merges: ['A8:A14'] }] });
    expect((await directValues(fake, 'M', 'A8:A14')).flat()).toEqual(['分野別目標', '', '', '', '', '', '']);

    const table = await createOfficeWorkbook(fake.host, { firstBlockRows: 10, maxBlockRows: 10 }).readSheet('M');
    expect(fake.syncCount).toBeGreaterThan(1);
    expect(table.rows[7][0]).toEqual({ value: '分野別目標' });
    for (let r = 8; r <= 13; r++) expect(table.rows[r][0]).toEqual({ value: '分野別目標', mergedFrom: 'A8' });
    expect(table.rows[14][0]).toBeNull();
  });

  it('resolves vertical merges read in windows (more than 512 areas), including one across a window boundary', async () => {
    const values = Array.from({ length: 1_200 }, (_, i) => [i % 2 === 0 ? `g${i / 2 + 1}` : '', i + 1, 'x']);
    const merges = Array.from({ length: 600 }, (_, k) => `A${2 * k + 1}:A${2 * k + 2}`);
    const fake = createFakeExcel({ sheets: [{ name: 'M', values, merges }] });
    expect((await directValues(fake, 'M', 'A341:A342')).flat()).toEqual(['g171', '']);

    const table = await createOfficeWorkbook(fake.host).readSheet('M');
    for (let r = 1; r < 1_200; r += 2) {
      expect(table.rows[r][0]).toEqual({ value: `g${(r + 1) / 2}`, mergedFrom: `A${r}` });
    }
  });

  it('reads a covered cell as empty, not as its own stale value, below ExcelApi 1.13', async () => {
    // The file held text in B1 before A1:B1 was merged; Excel keeps only A1's.
    const fake = createFakeExcel({ sheets: [{ name: 'M', values: [['見出し', 'stale']], merges: ['A1:B1'] }], requirementSets: ['ExcelApi 1.12'] });
    const table = await createOfficeWorkbook(fake.host).readSheet('M');
    expect(table.rows[0]).toEqual([{ value: '見出し' }]);
  });
});
