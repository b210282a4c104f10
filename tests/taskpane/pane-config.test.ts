import { CONFIG_SETTING, FetchText, loadPaneConfig } from '../../src/taskpane/config/pane-config';
import { sheet, soundRow } from '../helpers/sheet';
import { workbookWith } from './workbook';

const circles = JSON.stringify({ symbols: { preset: 'circles' }, columns: { progress: { aliases: ['進捗・課題'] } } });

function server(files: Record<string, string>): { fetch: FetchText; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    fetch: async (url) => {
      asked.push(url);
      const name = new URL(url).pathname.split('/').pop()!;
      return name in files ? { ok: true, status: 200, text: files[name] } : { ok: false, status: 404, text: '' };
    },
  };
}

describe('the pane finds its configuration: beside its files, else in the workbook, else the defaults', () => {
  const base = 'https://intranet.city.example/psheet/taskpane.html?lang=ja';

  test('psheet.config.json beside the pane wins, fetched from the pane’s own folder', async () => {
    const { port } = workbookWith([sheet([soundRow()])], { [CONFIG_SETTING]: JSON.stringify({ symbols: { preset: 'abcd' } }) });
    const s = server({ 'psheet.config.json': circles });
    const c = await loadPaneConfig(port, s.fetch, base);
    expect(s.asked).toEqual(['https://intranet.city.example/psheet/psheet.config.json']);
    expect(c.source).toBe('server');
    expect(c.config.scale).toEqual({ name: 'circles', pinned: true });
    expect(c.config.columns.find((x) => x.key === 'progress')?.aliases).toEqual(['進捗・課題']);
    expect(c.problems).toEqual([]);
  });

  test('without a file, the workbook’s saved configuration', async () => {
    const { port } = workbookWith([sheet([soundRow()])], { [CONFIG_SETTING]: JSON.stringify({ symbols: { preset: 'abcd' } }) });
    const c = await loadPaneConfig(port, server({}).fetch, base);
    expect(c.source).toBe('workbook');
    expect(c.config.scale.name).toBe('abcd');
  });

  test('without either, the defaults (scale detected per sheet)', async () => {
    const c = await loadPaneConfig(workbookWith([sheet([soundRow()])]).port, server({}).fetch, base);
    expect(c.source).toBe('default');
    expect(c.config.scale).toEqual({ name: 'arrows', pinned: false });
  });

  test('a bad file is named with the same message as the CLI, and the next source is used', async () => {
    const { port } = workbookWith([sheet([soundRow()])], { [CONFIG_SETTING]: JSON.stringify({ symbols: { preset: 'sabc' } }) });
    const c = await loadPaneConfig(port, server({ 'psheet.config.json': '{"symbols":{"presett":"circles"}}' }).fetch, base);
    expect(c.source).toBe('workbook');
    expect(c.problems).toEqual([{ source: 'server', ja: '設定のキー「symbols.presett」は使えません', en: 'unknown configuration key "symbols.presett"' }]);
  });

  test('a file that is not JSON, and a saved setting that is broken: defaults, both problems named', async () => {
    const { port } = workbookWith([sheet([soundRow()])], { [CONFIG_SETTING]: '{"targetBehindThreshold": 2}' });
    const c = await loadPaneConfig(port, server({ 'psheet.config.json': '{ symbols: ' }).fetch, base);
    expect(c.source).toBe('default');
    expect(c.problems.map((p) => p.source)).toEqual(['server', 'workbook']);
    expect(c.problems[0].ja).toContain('JSON として読めません');
    expect(c.problems[1].ja).toBe('設定のキー「targetBehindThreshold」が不正です: 1 以下にしてください');
  });

  test('a network failure is the same as no file', async () => {
    const c = await loadPaneConfig(workbookWith([sheet([soundRow()])]).port, async () => undefined, base);
    expect(c).toMatchObject({ source: 'default', problems: [] });
  });
});
