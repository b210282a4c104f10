import { prefetchText } from '../../src/taskpane/boot/prefetch';

describe('psheet.config.json fetched at once', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  test('asked for before the pane asks, answered from that one request, later asks fetched anew', async () => {
    const asked: string[] = [];
    globalThis.fetch = (async (url: string) => {
      asked.push(url);
      return { ok: true, status: 200, text: async () => `{"n":${asked.length}}` };
    }) as unknown as typeof fetch;
    const fetchText = prefetchText('https://intra.example/psheet/psheet.config.json');
    expect(asked).toEqual(['https://intra.example/psheet/psheet.config.json']);
    expect(await fetchText('https://intra.example/psheet/psheet.config.json')).toEqual({ ok: true, status: 200, text: '{"n":1}' });
    expect(asked).toHaveLength(1);
    expect(await fetchText('https://intra.example/psheet/psheet.config.json')).toEqual({ ok: true, status: 200, text: '{"n":2}' });
  });

  test('a 404 is no file; a network failure is undefined', async () => {
    globalThis.fetch = (async () => ({ ok: false, status: 404, text: async () => 'nope' })) as unknown as typeof fetch;
    expect(await prefetchText('a')('a')).toEqual({ ok: false, status: 404, text: '' });
    globalThis.fetch = (async () => {
      throw new TypeError('offline');
    }) as unknown as typeof fetch;
    expect(await prefetchText('b')('b')).toBeUndefined();
  });
});
