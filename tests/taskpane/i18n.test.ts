import { pickLang, STRINGS } from '../../src/taskpane/i18n';

function shape(o: object): unknown {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'object' ? shape(v) : typeof v]));
}

test('Japanese and English have the same keys and kinds', () => {
  expect(shape(STRINGS.en)).toEqual(shape(STRINGS.ja));
});

test.each([
  ['ja-JP', '', 'ja'],
  ['en-US', '', 'en'],
  ['fr-FR', '', 'en'],
  ['en-US', '?lang=ja', 'ja'],
  ['ja-JP', '?x=1&lang=en', 'en'],
  [undefined, '', 'en'],
])('display language %p with %p → %p', (display, search, lang) => {
  expect(pickLang(display, search)).toBe(lang);
});
