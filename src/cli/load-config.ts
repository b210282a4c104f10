import { promises as fs } from 'fs';
import type { Config } from '../core/config';
import { Bilingual, both, strings } from './i18n';

/** A `--config` file that cannot be used: printed on stderr, exit code 2. */
export class CliConfigError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
    this.name = 'CliConfigError';
  }
}

/** Reads and checks a JSON configuration file (UTF-8, with or without a byte-order mark). */
export async function loadConfig(file: string): Promise<Config> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new CliConfigError(both((s) => s.configUnreadable(file)));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new CliConfigError(both((s) => s.configNotJson(file, detail)));
  }
  // zod is loaded only now, when a configuration is given: start-up stays short without one.
  const { ConfigError, parseConfig } = await import('../core/config-schema');
  try {
    return parseConfig(raw);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    throw new CliConfigError({ ja: strings('ja').configInvalid(file, e.ja), en: strings('en').configInvalid(file, e.en) });
  }
}
