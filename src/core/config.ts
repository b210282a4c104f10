import { z } from 'zod';
import { COLUMN_KEYS, ColumnSpec, DEFAULT_COLUMNS } from './columns';
import { DEFAULT_COUNTERS } from './parse/quantities';

/**
 * The configuration, checked with zod wherever it is read (a `--config` file, document settings).
 * Every key is optional in a file; missing keys take the design's defaults.
 */
export type SymbolPreset = 'arrows' | 'circles' | 'abcd' | 'sabc';

export interface SymbolScale {
  /** Symbols meaning "ahead of plan". */
  ahead: string[];
  /** Symbols meaning "as planned". */
  onTrack: string[];
  /** Symbols meaning "behind plan". */
  behind: string[];
  /** The optional "cannot be assessed" value, e.g. `-`. */
  notAssessable: string[];
}

export const SYMBOL_PRESETS: Record<SymbolPreset, SymbolScale> = {
  arrows: { ahead: ['↗'], onTrack: ['→'], behind: ['↘'], notAssessable: [] },
  circles: { ahead: ['◎'], onTrack: ['○'], behind: ['△', '×'], notAssessable: [] },
  abcd: { ahead: ['A'], onTrack: ['B'], behind: ['C', 'D'], notAssessable: [] },
  sabc: { ahead: ['S'], onTrack: ['A'], behind: ['B', 'C'], notAssessable: [] },
};

const symbolList = z.array(z.string().min(1)).max(20);

const columnOverride = z.strictObject({
  name: z.string().min(1).optional(),
  aliases: z.array(z.string().min(1)).optional(),
  required: z.boolean().optional(),
});

export const configSchema = z.strictObject({
  columns: z.partialRecord(z.enum(COLUMN_KEYS), columnOverride).optional(),
  symbols: z
    .strictObject({
      preset: z.enum(['arrows', 'circles', 'abcd', 'sabc']).optional(),
      ahead: symbolList.optional(),
      onTrack: symbolList.optional(),
      behind: symbolList.optional(),
      notAssessable: symbolList.optional(),
      allowNotAssessable: z.boolean().optional(),
    })
    .optional(),
  counters: z.array(z.string().min(1).max(10)).min(1).optional(),
  targetBehindThreshold: z.number().gt(0).lte(1).optional(),
  headerSearchRows: z.number().int().min(1).max(100).optional(),
});

export type ConfigInput = z.infer<typeof configSchema>;

export interface Config {
  columns: ColumnSpec[];
  symbols: SymbolScale;
  /**
   * The scale's preset (`custom` for listed symbols) and whether the configuration pins it; when
   * it does not, each sheet's scale is detected from its 進捗度 cells (see scale.ts).
   */
  scale: { name: SymbolPreset | 'custom'; pinned: boolean };
  counters: string[];
  targetBehindThreshold: number;
  headerSearchRows: number;
}

export const DEFAULT_CONFIG: Config = resolveConfig({});

/** Fills the design's defaults in. */
export function resolveConfig(input: ConfigInput): Config {
  const columns = DEFAULT_COLUMNS.map((c) => {
    const o = input.columns?.[c.key];
    return o ? { ...c, name: o.name ?? c.name, aliases: o.aliases ?? c.aliases, required: o.required ?? c.required } : { ...c };
  });
  const s = input.symbols ?? {};
  const base = SYMBOL_PRESETS[s.preset ?? 'arrows'];
  const symbols: SymbolScale = {
    ahead: s.ahead ?? base.ahead,
    onTrack: s.onTrack ?? base.onTrack,
    behind: s.behind ?? base.behind,
    notAssessable: s.notAssessable ?? (s.allowNotAssessable ? ['-'] : base.notAssessable),
  };
  const listed = s.ahead !== undefined || s.onTrack !== undefined || s.behind !== undefined;
  const pinned = s.preset !== undefined || listed;
  return {
    columns,
    symbols,
    scale: { name: listed ? 'custom' : (s.preset ?? 'arrows'), pinned },
    counters: input.counters ?? [...DEFAULT_COUNTERS],
    targetBehindThreshold: input.targetBehindThreshold ?? 0.8,
    headerSearchRows: input.headerSearchRows ?? 15,
  };
}

/** A configuration that cannot be used; `key` is the dotted path of the first bad key. */
export class ConfigError extends Error {
  constructor(
    readonly ja: string,
    readonly en: string,
    readonly key: string,
  ) {
    super(`${ja} / ${en}`);
    this.name = 'ConfigError';
  }
}

/** Checks an object read from JSON; throws a ConfigError naming the first bad key. */
export function parseConfig(raw: unknown): Config {
  const r = configSchema.safeParse(raw);
  if (!r.success) {
    const first = r.error.issues[0];
    let path = first.path.map(String).join('.');
    if (first.code === 'unrecognized_keys') {
      const keys = (first as { keys: string[] }).keys;
      path = [path, keys[0]].filter(Boolean).join('.');
      throw new ConfigError(`設定のキー「${path}」は使えません`, `unknown configuration key "${path}"`, path);
    }
    const at = path || '(root)';
    throw new ConfigError(`設定のキー「${at}」が不正です: ${first.message}`, `invalid configuration key "${at}": ${first.message}`, path);
  }
  return resolveConfig(r.data);
}

export function allowedSymbols(s: SymbolScale): string[] {
  return [...s.ahead, ...s.onTrack, ...s.behind, ...s.notAssessable];
}
