import { Config, DEFAULT_CONFIG } from '../../core/config';
import type { WorkbookPort } from '../../host/port';

/**
 * The configuration the pane uses (DESIGN.md section 5; one configuration for every pane and the
 * CLI): `psheet.config.json` beside the pane's own files when the city's IT section placed one
 * there, else the one saved in the workbook's settings, else the defaults. A file that is there
 * but cannot be used is named with its error (the CLI's zod messages) and the next source is used.
 */
export type ConfigSource = 'server' | 'workbook' | 'default';

export interface ConfigProblem {
  source: Exclude<ConfigSource, 'default'>;
  ja: string;
  en: string;
}

export interface PaneConfig {
  config: Config;
  source: ConfigSource;
  problems: ConfigProblem[];
}

/** The workbook setting that may hold a configuration (the same JSON as the file). */
export const CONFIG_SETTING = 'psheet.config';
export const CONFIG_FILE = 'psheet.config.json';

/** Fetches a text beside the page: undefined when it is not there (404) or cannot be fetched. */
export type FetchText = (url: string) => Promise<{ ok: boolean; status: number; text: string } | undefined>;

export const browserFetch: FetchText = async (url) => {
  try {
    const r = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
    return { ok: r.ok, status: r.status, text: r.ok ? await r.text() : '' };
  } catch {
    return undefined;
  }
};

async function parse(text: string, source: ConfigProblem['source']): Promise<Config | ConfigProblem> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { source, ja: `JSON として読めません（${detail}）`, en: `not valid JSON (${detail})` };
  }
  // zod is loaded only when there is a configuration to check: the pane's first load stays small.
  const { parseConfig, ConfigError } = await import(/* webpackChunkName: "config-schema" */ '../../core/config-schema');
  try {
    return parseConfig(raw);
  } catch (e) {
    if (e instanceof ConfigError) return { source, ja: e.ja, en: e.en };
    throw e;
  }
}

const isProblem = (x: Config | ConfigProblem): x is ConfigProblem => 'source' in x && 'ja' in x;

export async function loadPaneConfig(
  port: WorkbookPort,
  fetchText: FetchText = browserFetch,
  base = typeof location !== 'undefined' ? location.href : 'http://localhost/',
): Promise<PaneConfig> {
  const problems: ConfigProblem[] = [];
  const fromServer = await fetchText(new URL(CONFIG_FILE, base).toString());
  if (fromServer?.ok) {
    const r = await parse(fromServer.text, 'server');
    if (!isProblem(r)) return { config: r, source: 'server', problems };
    problems.push(r);
  }
  let saved: string | undefined;
  try {
    saved = await port.getSetting(CONFIG_SETTING);
  } catch {
    saved = undefined;
  }
  if (saved) {
    const r = await parse(saved, 'workbook');
    if (!isProblem(r)) return { config: r, source: 'workbook', problems };
    problems.push(r);
  }
  return { config: DEFAULT_CONFIG, source: 'default', problems };
}
