import { createFakeExcel, FakeExcel } from '../../src/host/fake-excel';
import { createOfficeWorkbook } from '../../src/host/office';
import type { CellChange } from '../../src/host/port';
import { IssueRow, reportDoc } from './report-doc';

/**
 * Protection. Excel lets a protected sheet take writes to its unlocked cells; the add-in's policy
 * is stricter: a protected sheet is refused as a whole, before anything is written. Each test
 * shows what the fake host alone would do, so the refusal is seen to come from the adapter.
 */

function progressSheet(): FakeExcel {
  return createFakeExcel({
    sheets: [
      {
        name: 'R7進捗',
        values: [
          ['No.', '進捗状況及び課題'],
          [1, '4月:準備'],
          [2, '4月:開始'],
        ],
        protected: true,
        unlocked: ['B2:B100'],
      },
    ],
  });
}

const CHANGES: CellChange[] = [
  { address: 'B2', before: '4月:準備', after: '4月:準備\n5月:' },
  { address: 'B3', before: '4月:開始', after: '4月:開始\n5月:' },
];

describe('Office adapter guard: protected sheets', () => {
  it('policy: refuses a protected sheet even when the target cells are unlocked and Excel would take the write', async () => {
    const direct = progressSheet();
    await direct.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('R7進捗').getRange('B2:B3').values = [['4月:準備\n5月:'], ['4月:開始\n5月:']];
      await ctx.sync();
    });
    expect(direct.sheet('R7進捗').values[1][1]).toBe('4月:準備\n5月:');

    const fake = progressSheet();
    const before = fake.sheet('R7進捗').values;
    expect(await createOfficeWorkbook(fake.host).writeCells('R7進捗', CHANGES)).toEqual({ ok: false, refusal: { reason: 'protected', sheet: 'R7進捗' } });
    expect(fake.sheet('R7進捗').values).toEqual(before);
    expect(fake.syncCount).toBe(1);
    expect(fake.log.filter((e) => e.op.startsWith('write'))).toEqual([]);
  });

  it('writes the same cells once the user lifts the protection', async () => {
    const fake = progressSheet();
    fake.setProtected('R7進捗', false);
    expect(await createOfficeWorkbook(fake.host).writeCells('R7進捗', CHANGES)).toEqual({ ok: true, written: 2 });
    expect(
      fake
        .sheet('R7進捗')
        .values.slice(1)
        .map((r) => r[1]),
    ).toEqual(CHANGES.map((c) => c.after));
  });

  it('never replaces its own report sheet once the user protected it: writes 点検結果 (2) instead', async () => {
    const rows: IssueRow[] = [{ code: 'month-missing', severity: 'error', sheet: 'R7進捗', cell: 'B2', no: 1, message: '5月の進捗がありません' }];
    const fake = createFakeExcel({ sheets: [{ name: 'R7進捗', values: [['No.']] }] });
    const port = createOfficeWorkbook(fake.host);
    await port.writeReportSheet(reportDoc(rows));
    fake.setProtected('点検結果', true);
    const first = fake.sheet('点検結果').values;

    // Excel itself would refuse clearing the protected sheet.
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('点検結果').getRange().clear();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });

    expect(await port.writeReportSheet(reportDoc(rows, { lang: 'en' }))).toMatchObject({ ok: true, sheet: '点検結果 (2)' });
    expect(fake.sheet('点検結果').values).toEqual(first);
    expect(fake.sheet('点検結果 (2)').values[0][0]).toBe('Check results');
  });
});
