import { langHint, parseMonth, parseValidateArgs, UsageError } from '../../src/cli/args';
import { langFromEnv, parseLang } from '../../src/cli/i18n';

describe('parseMonth', () => {
  test.each([
    ['10', 10],
    ['1', 1],
    ['12', 12],
    ['04', 4],
    ['１０', 10],
    ['１２月', 12],
    [' 7 ', 7],
  ])('%j → %d', (raw, month) => expect(parseMonth(raw)).toBe(month));

  test.each(['0', '13', '１３', '-1', '1.5', 'abc', '', '10月分', '100'])('%j is not a month', (raw) => expect(parseMonth(raw)).toBeUndefined());
});

describe('language', () => {
  test('default ja unless the locale starts with en; LC_ALL before LANG', () => {
    expect(langFromEnv({})).toBe('ja');
    expect(langFromEnv({ LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(langFromEnv({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(langFromEnv({ LANG: 'C.UTF-8' })).toBe('ja');
    expect(langFromEnv({ LC_ALL: 'en_GB.UTF-8', LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_ALL: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ja');
  });

  test('--lang accepts ja, en and locale forms', () => {
    expect(parseLang('en')).toBe('en');
    expect(parseLang('EN-us')).toBe('en');
    expect(parseLang('ja_JP.UTF-8')).toBe('ja');
    expect(parseLang('fr')).toBeUndefined();
    expect(parseLang('english')).toBeUndefined();
  });

  test('usage errors are printed in the --lang given, even when other arguments are wrong', () => {
    expect(langHint(['validate', 'a.xlsx', '--lang', 'en', '--month', '13'], {})).toBe('en');
    expect(langHint(['validate', '--lang=en'], { LANG: 'ja_JP' })).toBe('en');
    expect(langHint(['validate', '--lang', 'xx'], { LANG: 'en_US' })).toBe('en');
    expect(langHint(['validate', '--', '--lang', 'en'], {})).toBe('ja');
  });
});

describe('parseValidateArgs', () => {
  test('files and options in any order', () => {
    expect(parseValidateArgs(['a.xlsx', '--month', '１０', 'b.xlsx', '--format=json', '--sheet', 'シート1', '--config', 'c.json'], {})).toEqual({
      files: ['a.xlsx', 'b.xlsx'],
      month: 10,
      sheet: 'シート1',
      format: 'json',
      lang: 'ja',
      config: 'c.json',
      help: false,
    });
  });

  test('defaults: text, language from the environment, month and sheet not given', () => {
    expect(parseValidateArgs(['a.xlsx'], { LANG: 'en_US.UTF-8' })).toEqual({ files: ['a.xlsx'], format: 'text', lang: 'en', help: false });
  });

  test('a file name that starts with a dash after --', () => {
    expect(parseValidateArgs(['--', '-odd.xlsx'], {}).files).toEqual(['-odd.xlsx']);
  });

  test.each([
    [['a.xlsx', '--month', '13']],
    [['a.xlsx', '--month']],
    [['a.xlsx', '--month=']],
    [['a.xlsx', '--format', 'csv']],
    [['a.xlsx', '--lang', 'de']],
    [['a.xlsx', '--verbose']],
    [['a.xlsx', '-x']],
    [['a.xlsx', '--help=yes']],
    [['--month', '10']],
  ])('%j is a usage error with both languages', (argv) => {
    let error: unknown;
    try {
      parseValidateArgs(argv, {});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    const { ja, en } = (error as UsageError).text;
    expect(ja).not.toBe(en);
    expect(ja.length).toBeGreaterThan(0);
  });

  test('--help needs no file', () => {
    expect(parseValidateArgs(['--help'], {}).help).toBe(true);
    expect(parseValidateArgs(['-h'], {}).help).toBe(true);
  });
});
