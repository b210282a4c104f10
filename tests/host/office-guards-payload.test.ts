import { createFakeExcel } from '../../src/host/fake-excel';
import { createOfficeWorkbook } from '../../src/host/office';
import type { CellChange } from '../../src/host/port';
import { IssueRow, reportDoc } from './report-doc';

/**
 * The adapter plans its requests from its own size estimate (office/payload.ts); the fake host
 * measures what actually travels. With the estimate doctored to say "nothing", the adapter plans
 * one huge request and the fake still refuses it, so the fake does not lean on the estimate.
 * With the real estimate, every request the adapter plans stays under the limit, also where a
 * text-length estimate would be far off (empty cells, text runs with their fonts).
 */

let mockDoctored = false;

jest.mock('../../src/host/office/payload', () => {
  const actual = jest.requireActual('../../src/host/office/payload');
  return {
    ...actual,
    utf8Length: (text: string): number => (mockDoctored ? 0 : actual.utf8Length(text)),
    valueBytes: (value: unknown): number => (mockDoctored ? 0 : actual.valueBytes(value)),
  };
});

const LIMIT = 200_000;

afterEach(() => {
  mockDoctored = false;
});

function emptyColumnChanges(rows: number, text: string): CellChange[] {
  return Array.from({ length: rows }, (_, i) => ({ address: `B${i + 1}`, before: '', after: text }));
}

describe('Office adapter guard: request sizes', () => {
  it('with a doctored estimate, the fake refuses the one big write the adapter plans, and nothing is written', async () => {
    mockDoctored = true;
    const fake = createFakeExcel({ sheets: [{ name: 'S', values: [] }], payloadLimit: LIMIT });
    const port = createOfficeWorkbook(fake.host, { payloadLimit: LIMIT });
    const write = port.writeCells('S', emptyColumnChanges(600, '4月:'.padEnd(400, 'あ')));
    await expect(write).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    // The re-reads pass; the one write request the estimate called small is refused.
    const refused = fake.payloads[fake.payloads.length - 1];
    expect(refused).toMatchObject({ failed: 'RequestPayloadSizeLimitExceeded' });
    expect(refused.request).toBeGreaterThan(LIMIT);
    expect(fake.payloads.slice(0, -1).every((p) => !p.failed)).toBe(true);
    expect(fake.sheet('S').values).toEqual([]);
  });

  it('with the real estimate, the same write is split into requests under the limit', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', values: [] }], payloadLimit: LIMIT });
    const port = createOfficeWorkbook(fake.host, { payloadLimit: LIMIT });
    const text = '4月:'.padEnd(200, 'あ');
    expect(await port.writeCells('S', emptyColumnChanges(600, text))).toEqual({ ok: true, written: 600 });
    expect(fake.payloads.every((p) => !p.failed && p.request <= LIMIT && p.response <= LIMIT)).toBe(true);
    expect(fake.sheet('S').values.every((row) => row[1] === text)).toBe(true);
  });

  it('with a doctored estimate, the fake refuses the report written in one request', async () => {
    const rows: IssueRow[] = Array.from({ length: 800 }, (_, i) => ({
      code: 'month-missing',
      severity: 'error',
      sheet: 'R7進捗',
      cell: `M${i + 5}`,
      no: i + 1,
      message: 'この月の進捗の記載がありません。'.repeat(4),
    }));
    mockDoctored = true;
    const doctored = createFakeExcel({ sheets: [{ name: 'R7進捗', values: [['No.']] }], payloadLimit: LIMIT });
    const refused = createOfficeWorkbook(doctored.host, { payloadLimit: LIMIT }).writeReportSheet(reportDoc(rows));
    await expect(refused).rejects.toMatchObject({ code: 'payload-too-large' });
    expect(doctored.payloads.some((p) => p.failed === 'RequestPayloadSizeLimitExceeded')).toBe(true);

    mockDoctored = false;
    const fake = createFakeExcel({ sheets: [{ name: 'R7進捗', values: [['No.']] }], payloadLimit: LIMIT });
    expect(await createOfficeWorkbook(fake.host, { payloadLimit: LIMIT }).writeReportSheet(reportDoc(rows))).toMatchObject({ ok: true, written: 800 });
    expect(fake.payloads.every((p) => !p.failed && p.request <= LIMIT)).toBe(true);
  });

  it('with a doctored estimate, the fake refuses reads the estimate calls small (the adapter falls back to smaller blocks)', async () => {
    const values = Array.from({ length: 2_000 }, (_, i) => [i + 1, `取組${i}`, '進捗'.repeat(100)]);
    mockDoctored = true;
    const fake = createFakeExcel({ sheets: [{ name: 'S', values }], payloadLimit: LIMIT });
    const table = await createOfficeWorkbook(fake.host, { payloadLimit: LIMIT }).readSheet('S');
    expect(table.rows).toHaveLength(2_000);
    expect(fake.payloads.filter((p) => p.failed === 'ResponsePayloadSizeLimitExceeded').length).toBeGreaterThan(1);
  });

  it('plans reads of a wide, mostly empty sheet under the limit: empty cells travel as "" though they hold no text', async () => {
    // 60 columns, values in the first and the last: little text, many empty cells in between.
    const values = Array.from({ length: 3_000 }, (_, i) => {
      const row: unknown[] = new Array(60).fill('');
      row[0] = i + 1;
      row[59] = 'x';
      return row;
    });
    const fake = createFakeExcel({ sheets: [{ name: 'Wide', values }], payloadLimit: LIMIT });
    const table = await createOfficeWorkbook(fake.host, { payloadLimit: LIMIT }).readSheet('Wide');
    expect(table.rows[2_999][0]).toEqual({ value: 3_000 });
    expect(table.rows[2_999][59]).toEqual({ value: 'x' });
    // The first request asks for 5,000 rows at once and may be refused; every request planned after it fits.
    expect(fake.payloads.slice(1).every((p) => !p.failed && p.response <= LIMIT)).toBe(true);
  });

  it('on ExcelApi 1.18 plans the re-read of many short cells with their text runs (and fonts) under the limit', async () => {
    const values = Array.from({ length: 3_000 }, (_, i) => ['', `${(i % 12) + 1}月:済`]);
    const fake = createFakeExcel({ sheets: [{ name: 'S', values }], payloadLimit: LIMIT, requirementSets: ['ExcelApi 1.18'] });
    const changes = values.map((row, i) => ({ address: `B${i + 1}`, before: row[1], after: `${row[1]}\n7月:` }));
    expect(await createOfficeWorkbook(fake.host, { payloadLimit: LIMIT }).writeCells('S', changes)).toEqual({ ok: true, written: 3_000 });
    expect(fake.payloads.every((p) => !p.failed && p.request <= LIMIT && p.response <= LIMIT)).toBe(true);
  });

  it('on ExcelApi 1.18 plans the writes of rich-text cells, each run sent back with its font, under the limit', async () => {
    const runs = [{ text: '4月:', font: { bold: true } }, { text: '済' }, { text: '\n5月:', font: { bold: true } }, { text: '済' }];
    const text = runs.map((r) => r.text).join('');
    const rows = 1_000;
    const richText = Object.fromEntries(Array.from({ length: rows }, (_, i) => [`B${i + 1}`, runs]));
    const fake = createFakeExcel({ sheets: [{ name: 'S', values: [], richText }], payloadLimit: LIMIT, requirementSets: ['ExcelApi 1.18'] });
    const changes = Array.from({ length: rows }, (_, i) => ({ address: `B${i + 1}`, before: text, after: `${text}\n6月:` }));
    expect(await createOfficeWorkbook(fake.host, { payloadLimit: LIMIT }).writeCells('S', changes)).toEqual({ ok: true, written: rows });
    expect(fake.sheet('S').cell('B1000')).toMatchObject({ value: `${text}\n6月:` });
    expect(fake.sheet('S').cell('B1000')?.runs).toHaveLength(5);
    // Before reading, the adapter cannot know how many runs a cell has: a refused re-read is
    // retried in smaller requests. The writes, whose runs are known by then, are all taken.
    expect(fake.payloads.every((p) => p.request <= LIMIT && (!p.failed || p.failed === 'ResponsePayloadSizeLimitExceeded'))).toBe(true);
    expect(fake.log.filter((e) => e.op === 'setCellProperties')).toHaveLength(rows);
  });
});
