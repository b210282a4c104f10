import { DEFAULT_CONFIG } from '../../src/core/config';
import { ConfigError, parseConfig } from '../../src/core/config-schema';

describe('configuration', () => {
  test('defaults of the design', () => {
    expect(DEFAULT_CONFIG.targetBehindThreshold).toBe(0.8);
    expect(DEFAULT_CONFIG.symbols.onTrack).toEqual(['→']);
    expect(DEFAULT_CONFIG.columns.filter((c) => c.required).map((c) => c.name)).toEqual([
      'No.', '所管部', '課', '取組名', '年度目標', '年度計画', '進捗度', '進捗状況及び課題',
    ]);
  });

  test('a file overrides what it names and keeps the rest', () => {
    const c = parseConfig({ columns: { coOwner: { required: true, aliases: ['共管'] } }, counters: ['件', '冊'] });
    expect(c.columns.find((x) => x.key === 'coOwner')).toMatchObject({ name: '共同所管', required: true, aliases: ['共管'] });
    expect(c.counters).toEqual(['件', '冊']);
    expect(c.targetBehindThreshold).toBe(0.8);
  });

  test.each<[unknown, string]>([
    [{ threshold: 0.5 }, 'threshold'],
    [{ symbols: { presett: 'arrows' } }, 'symbols.presett'],
    [{ columns: { progres: {} } }, 'columns.progres'],
    [{ targetBehindThreshold: 2 }, 'targetBehindThreshold'],
    [{ counters: [] }, 'counters'],
    [{ columns: { no: { required: 'yes' } } }, 'columns.no.required'],
  ])('a bad file is rejected naming the key: %p', (raw, key) => {
    let err: unknown;
    try {
      parseConfig(raw);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).key).toBe(key);
    expect((err as ConfigError).ja).toContain(`「${key}」`);
    expect((err as ConfigError).en).toContain(`"${key}"`);
  });
});
