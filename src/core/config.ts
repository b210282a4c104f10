import { ColumnKey, ColumnSpec, DEFAULT_COLUMNS } from './columns';
import { DEFAULT_COUNTERS } from './parse/quantities';

/**
 * The configuration: column names and aliases, required columns, the 進捗度 scale, counters,
 * thresholds. Every key is optional in a file; missing keys take the design's defaults. A file or
 * a setting is checked with zod by config-schema.ts, kept apart so that zod is loaded only when
 * there is a configuration to check (the CLI's start-up, the pane's first load).
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

/** A configuration as written in a file: every key optional (checked by config-schema.ts). */
export interface ConfigInput {
  columns?: Partial<Record<ColumnKey, { name?: string; aliases?: string[]; required?: boolean }>>;
  symbols?: {
    preset?: SymbolPreset;
    ahead?: string[];
    onTrack?: string[];
    behind?: string[];
    notAssessable?: string[];
    allowNotAssessable?: boolean;
  };
  counters?: string[];
  targetBehindThreshold?: number;
  headerSearchRows?: number;
}

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

export function allowedSymbols(s: SymbolScale): string[] {
  return [...s.ahead, ...s.onTrack, ...s.behind, ...s.notAssessable];
}
