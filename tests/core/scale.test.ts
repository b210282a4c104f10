import { resolveConfig } from '../../src/core/config';
import { chooseScale, presetCovering, symbolIn, symbolKey } from '../../src/core/scale';

const detect = (symbols: string[], config = resolveConfig({})) => chooseScale(config, symbols);

describe('symbolKey and symbolIn', () => {
  test.each([
    ['〇', '○'],
    ['◯', '○'],
    ['○', '○'],
    [' ↗️ ', '↗'],
    ['Ａ', 'A'],
    ['', ''],
  ])('%p → %p', (text, key) => expect(symbolKey(text)).toBe(key));

  test('symbols compared by key', () => {
    expect(symbolIn(['◎', '○'], '〇')).toBe(true);
    expect(symbolIn(['↗'], '↗\uFE0F')).toBe(true);
    expect(symbolIn(['↗', '→'], '↘')).toBe(false);
  });
});

describe('chooseScale (DESIGN.md section 2, "Symbol scales")', () => {
  test.each<[string, string[], string]>([
    ['arrows', ['↗', '→', '↘', '→'], 'arrows'],
    ['◎ ○ △ × with 〇 (U+3007) and ◯ (U+25EF)', ['◎', '〇', '◯', '△', '×'], 'circles'],
    ['a lone ○', ['○'], 'circles'],
    ['A B C D', ['A', 'B', 'C', 'D'], 'abcd'],
    ['S A B C', ['S', 'A', 'B', 'C'], 'sabc'],
    ['S A B', ['S', 'A', 'B'], 'sabc'],
    ['blank cells are not symbols', ['', ' ', '◎'], 'circles'],
    ['no preset covers all: the one that covers most', ['◎', '○', '△', '→'], 'circles'],
  ])('%s → %s, detected', (_name, symbols, name) => {
    expect(detect(symbols)).toMatchObject({ name, source: 'detected' });
  });

  test.each<[string, string[], string]>([
    ['arrows on a tie: symbols of no preset', ['済', '未'], 'arrows'],
    ['arrows on a tie: the cannot-be-assessed value alone', ['-'], 'arrows'],
    ['A B alone: A B C D before S A B C', ['A', 'B'], 'abcd'],
  ])('%s', (_name, symbols, name) => {
    const config = resolveConfig({ symbols: { allowNotAssessable: true } });
    expect(detect(symbols, config)).toMatchObject({ name, source: 'detected' });
  });

  test('no symbol at all: arrows by default', () => {
    expect(detect([])).toEqual({ name: 'arrows', symbols: { ahead: ['↗'], onTrack: ['→'], behind: ['↘'], notAssessable: [] }, source: 'default' });
    expect(detect(['', '  '])).toMatchObject({ name: 'arrows', source: 'default' });
  });

  test('the symbols of the detected preset, with the configuration’s cannot-be-assessed value', () => {
    expect(detect(['◎']).symbols).toEqual({ ahead: ['◎'], onTrack: ['○'], behind: ['△', '×'], notAssessable: [] });
    expect(detect(['◎'], resolveConfig({ symbols: { allowNotAssessable: true } })).symbols.notAssessable).toEqual(['-']);
  });

  test('a configuration that pins a preset or lists symbols is used as it is', () => {
    expect(detect(['◎', '○'], resolveConfig({ symbols: { preset: 'arrows' } }))).toMatchObject({ name: 'arrows', source: 'configured' });
    expect(detect(['↗'], resolveConfig({ symbols: { preset: 'circles' } }))).toMatchObject({ name: 'circles', source: 'configured' });
    const custom = detect(['↗'], resolveConfig({ symbols: { ahead: ['先'], onTrack: ['済'], behind: ['遅'] } }));
    expect(custom).toEqual({ name: 'custom', symbols: { ahead: ['先'], onTrack: ['済'], behind: ['遅'], notAssessable: [] }, source: 'configured' });
  });

  test('allowing the cannot-be-assessed value alone does not pin the scale', () => {
    expect(detect(['◎'], resolveConfig({ symbols: { allowNotAssessable: true } }))).toMatchObject({ name: 'circles', source: 'detected' });
  });
});

describe('presetCovering: the preset that would fit, for the hint of symbol-invalid', () => {
  test.each<[string[], string | undefined]>([
    [['◎', '〇', '◯'], 'circles'],
    [['↗', '→'], 'arrows'],
    [['S', 'A'], 'sabc'],
    [['A', 'D'], 'abcd'],
    [['A'], 'abcd'],
    [['→', '◎'], undefined],
    [['順調'], undefined],
    [[], undefined],
    [['', ' '], undefined],
  ])('%p → %p', (symbols, preset) => {
    expect(presetCovering(symbols)).toBe(preset);
  });
});
