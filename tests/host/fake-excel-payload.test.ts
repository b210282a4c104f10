import { createFakeExcel, FakeExcel } from '../../src/host/fake-excel';

/**
 * The fake host measures each sync's request and response itself, as the JSON that would
 * travel, and refuses them over its limit the way Excel on the web does.
 */

function fakeWith(values: unknown[][] = [], payloadLimit?: number): FakeExcel {
  return createFakeExcel({ sheets: [{ name: 'S', values }], ...(payloadLimit ? { payloadLimit } : {}) });
}

/** The request of one sync that writes `grid` to A1:A{n}. */
async function requestOf(grid: string[][], payloadLimit?: number): Promise<{ fake: FakeExcel; error?: unknown }> {
  const fake = fakeWith([], payloadLimit);
  let error: unknown;
  await fake
    .run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange(`A1:A${grid.length}`).values = grid;
      await ctx.sync();
    })
    .catch((e: unknown) => {
      error = e;
    });
  return { fake, error };
}

const column = (n: number, text: string): string[][] => Array.from({ length: n }, () => [text]);

describe('fake Excel: payload sizes', () => {
  it('measures a request as its JSON: an escaped character costs two bytes, quotes and commas count', async () => {
    const plain = (await requestOf(column(100, 'axb'))).fake.payloads[0].request;
    const newline = (await requestOf(column(100, 'a\nb'))).fake.payloads[0].request;
    const quote = (await requestOf(column(100, 'a"b'))).fake.payloads[0].request;
    expect(newline - plain).toBe(100);
    expect(quote - plain).toBe(100);
    // At least the grid's own JSON: 100 × `["axb"],` less one comma, plus the brackets.
    expect(plain).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify(column(100, 'axb'))));
  });

  it('counts empty cells, which carry no text but still travel as ""', async () => {
    const { fake } = await requestOf(column(1000, ''));
    expect(fake.payloads[0].request).toBeGreaterThan(1000 * '[""],'.length);
  });

  it('counts UTF-8 bytes: a Japanese character is three', async () => {
    const ascii = (await requestOf(column(10, 'aaaa'))).fake.payloads[0].request;
    const japanese = (await requestOf(column(10, 'ああああ'))).fake.payloads[0].request;
    expect(japanese - ascii).toBe(10 * 4 * 2);
  });

  it('counts every queued call and its arguments, not only written values', async () => {
    const few = fakeWith();
    const many = fakeWith();
    for (const [fake, n] of [
      [few, 1],
      [many, 101],
    ] as const) {
      await fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('S');
        for (let i = 0; i < n; i++) ws.getRange(`B${i + 1}`).load('values');
        await ctx.sync();
      });
    }
    const perCall = (many.payloads[0].request - few.payloads[0].request) / 100;
    expect(perCall).toBeGreaterThan('getRange("B10")'.length);
  });

  it('refuses a request one byte over the limit and takes it at the limit, applying nothing when refused', async () => {
    const grid = column(50, '4月:準備\n5月:実施');
    const measured = (await requestOf(grid)).fake.payloads[0].request;
    const atLimit = await requestOf(grid, measured);
    expect(atLimit.error).toBeUndefined();
    expect(atLimit.fake.sheet('S').values).toHaveLength(50);

    const over = await requestOf(grid, measured - 1);
    expect(over.error).toMatchObject({
      code: 'RequestPayloadSizeLimitExceeded',
      message:
        'The request payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.',
      debugInfo: { code: 'RequestPayloadSizeLimitExceeded' },
    });
    expect(over.fake.sheet('S').values).toEqual([]);
    expect(over.fake.payloads[0]).toMatchObject({ request: measured, failed: 'RequestPayloadSizeLimitExceeded' });
  });

  it('measures a response as the JSON of the loaded values and refuses it one byte over the limit', async () => {
    const values = Array.from({ length: 40 }, (_, i) => [i, `行${i}`, '', true]);
    const read = async (limit?: number): Promise<FakeExcel> => {
      const fake = fakeWith(values, limit);
      await fake
        .run(async (ctx) => {
          const range = ctx.workbook.worksheets.getItem('S').getRange('A1:D40');
          range.load('values,formulas');
          await ctx.sync();
        })
        .catch(() => undefined);
      return fake;
    };
    const measured = (await read()).payloads[0].response;
    const grids = JSON.stringify({ values, formulas: values });
    expect(measured).toBeGreaterThanOrEqual(Buffer.byteLength(grids));
    expect((await read(measured)).payloads[0].failed).toBeUndefined();
    const over = await read(measured - 1);
    expect(over.payloads[0]).toMatchObject({ failed: 'ResponsePayloadSizeLimitExceeded', response: measured });
  });

  it('sends the arguments as they were when the call was queued', async () => {
    const fake = fakeWith();
    await fake.run(async (ctx) => {
      const grid = [['queued']];
      ctx.workbook.worksheets.getItem('S').getRange('A1').values = grid;
      grid[0][0] = 'changed after the call';
      await ctx.sync();
    });
    expect(fake.sheet('S').values).toEqual([['queued']]);
  });
});
