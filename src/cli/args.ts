import { parseArgs } from 'util';
import { isMonth } from '../core/fiscal';
import { Lang } from '../core/types';
import { Bilingual, both, CliStrings, langFromEnv, parseLang } from './i18n';

/** A mistake on the command line: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
    this.name = 'UsageError';
  }
}

function usageError(make: (s: CliStrings) => string): UsageError {
  return new UsageError(both(make));
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * Node's own parser in its lenient mode, with the checks done here so each mistake gets a
 * message in both languages (Node's strict messages are English only).
 */
export function parseOptions(argv: string[], spec: OptionSpec): Parsed {
  const { values, positionals, tokens } = parseArgs({ args: argv, options: spec, allowPositionals: true, strict: false, tokens: true });
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const def = spec[t.name];
    if (!def) throw usageError((s) => s.unknownOption(t.rawName));
    if (def.type === 'string' && t.value === undefined) throw usageError((s) => s.missingValue(t.rawName));
    if (def.type === 'boolean' && t.value !== undefined) throw usageError((s) => s.noValueAllowed(t.rawName));
  }
  return { values: values as Parsed['values'], positionals };
}

/** A month 1..12: `10`, `１０`, `10月`. */
export function parseMonth(value: string): number | undefined {
  const s = value.normalize('NFKC').trim().replace(/月$/, '');
  if (!/^\d{1,2}$/.test(s)) return undefined;
  const n = Number(s);
  return isMonth(n) ? n : undefined;
}

export type OutputFormat = 'text' | 'json';

export interface ValidateArgs {
  files: string[];
  month?: number;
  sheet?: string;
  format: OutputFormat;
  lang: Lang;
  config?: string;
  help: boolean;
}

const VALIDATE_OPTIONS: OptionSpec = {
  month: { type: 'string' },
  sheet: { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export function parseValidateArgs(argv: string[], env: NodeJS.ProcessEnv): ValidateArgs {
  const { values, positionals } = parseOptions(argv, VALIDATE_OPTIONS);
  const str = (k: string) => values[k] as string | undefined;
  const help = values.help === true;
  let lang = langFromEnv(env);
  if (str('lang') !== undefined) {
    const l = parseLang(str('lang')!);
    if (!l) throw usageError((s) => s.badLang(str('lang')!));
    lang = l;
  }
  let month: number | undefined;
  if (str('month') !== undefined) {
    month = parseMonth(str('month')!);
    if (month === undefined) throw usageError((s) => s.badMonth(str('month')!));
  }
  let format: OutputFormat = 'text';
  if (str('format') !== undefined) {
    const f = str('format')!.trim().toLowerCase();
    if (f !== 'text' && f !== 'json') throw usageError((s) => s.badFormat(str('format')!));
    format = f;
  }
  if (!help && positionals.length === 0) throw usageError((s) => s.noFiles);
  return { files: positionals, month, sheet: str('sheet'), format, lang, config: str('config'), help };
}

/**
 * The language to print a usage error in, read from the raw arguments (`--lang en`,
 * `--lang=en`) before they are known to be valid; else the environment's.
 */
export function langHint(argv: string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    const l = value !== undefined ? parseLang(value) : undefined;
    if (l) return l;
  }
  return langFromEnv(env);
}
