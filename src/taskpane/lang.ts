/** The pane's language: Japanese for a Japanese display language, English otherwise. */
export type Lang = 'ja' | 'en';

/** `?lang=` wins (demo and tests); kept apart from the strings so the first script stays small. */
export function pickLang(displayLanguage: string | undefined, search = ''): Lang {
  const forced = /[?&]lang=(ja|en)\b/.exec(search)?.[1];
  if (forced === 'ja' || forced === 'en') return forced;
  return (displayLanguage ?? '').toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
