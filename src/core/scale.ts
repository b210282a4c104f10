import { Config, SYMBOL_PRESETS, SymbolPreset, SymbolScale, allowedSymbols } from './config';
import { normalizeSymbol } from './normalize';

/**
 * The 進捗度 scale a sheet is judged with (DESIGN.md section 2, "Symbol scales"): the configured
 * one when the configuration pins it, else the preset that covers every non-blank 進捗度 cell
 * (arrows on a tie), else the preset that covers most of them.
 */
export type ScaleSource = 'configured' | 'detected' | 'default';

export interface ScaleInUse {
  /** The preset's name, or `custom` for a configured list of symbols. */
  name: SymbolPreset | 'custom';
  symbols: SymbolScale;
  source: ScaleSource;
}

/** Presets in order of preference on a tie. */
const ORDER: SymbolPreset[] = ['arrows', 'circles', 'abcd', 'sabc'];

/** Keys of short symbol texts seen before: a sheet holds a few symbols in thousands of cells. */
const keys = new Map<string, string>();

/** Symbol text as compared: normalised, 〇 (U+3007) and ◯ (U+25EF) read as ○. */
export function symbolKey(text: string): string {
  let k = keys.get(text);
  if (k === undefined) {
    k = normalizeSymbol(text).replace(/[\u3007\u25EF]/g, '○');
    if (text.length <= 16) {
      if (keys.size >= 1024) keys.clear();
      keys.set(text, k);
    }
  }
  return k;
}

/** The keys of a list of symbols, worked out once a list (lists are never changed). */
const keySets = new WeakMap<readonly string[], ReadonlySet<string>>();

function keysOf(list: readonly string[]): ReadonlySet<string> {
  let set = keySets.get(list);
  if (!set) {
    set = new Set(list.map(symbolKey));
    keySets.set(list, set);
  }
  return set;
}

export function symbolIn(list: readonly string[], text: string): boolean {
  return keysOf(list).has(symbolKey(text));
}

/** The keys of every symbol a scale allows (allowedSymbols), worked out once a scale. */
const allowedSets = new WeakMap<SymbolScale, ReadonlySet<string>>();

export function isAllowedSymbol(scale: SymbolScale, text: string): boolean {
  let set = allowedSets.get(scale);
  if (!set) {
    set = new Set(allowedSymbols(scale).map(symbolKey));
    allowedSets.set(scale, set);
  }
  return set.has(symbolKey(text));
}

export function chooseScale(config: Config, symbolTexts: Iterable<string>): ScaleInUse {
  if (config.scale.pinned) return { name: config.scale.name, symbols: config.symbols, source: 'configured' };
  // Cells per symbol: the preset that covers the most cells wins, not the most distinct symbols.
  const cells = new Map<string, number>();
  for (const t of symbolTexts) {
    const k = symbolKey(t);
    if (k !== '') cells.set(k, (cells.get(k) ?? 0) + 1);
  }
  if (cells.size === 0) return { name: 'arrows', symbols: withNotAssessable(SYMBOL_PRESETS.arrows, config), source: 'default' };
  let best: SymbolPreset = 'arrows';
  let bestCovered = -1;
  for (const name of ORDER) {
    const scale = withNotAssessable(SYMBOL_PRESETS[name], config);
    const allowed = new Set(allowedSymbols(scale).map(symbolKey));
    let covered = 0;
    for (const [k, n] of cells) if (allowed.has(k)) covered += n;
    if (covered > bestCovered) {
      best = name;
      bestCovered = covered;
    }
  }
  return { name: best, symbols: withNotAssessable(SYMBOL_PRESETS[best], config), source: 'detected' };
}

/** A preset with the configuration's "cannot be assessed" value, if it allows one. */
function withNotAssessable(scale: SymbolScale, config: Config): SymbolScale {
  return config.symbols.notAssessable.length > 0 ? { ...scale, notAssessable: config.symbols.notAssessable } : scale;
}

/** Which preset, if any, would cover every symbol: for the hint in symbol-invalid. */
export function presetCovering(symbolTexts: Iterable<string>): SymbolPreset | undefined {
  const seen = new Set<string>();
  for (const t of symbolTexts) {
    const k = symbolKey(t);
    if (k !== '') seen.add(k);
  }
  if (seen.size === 0) return undefined;
  return ORDER.find((name) => {
    const allowed = new Set(allowedSymbols(SYMBOL_PRESETS[name]).map(symbolKey));
    return [...seen].every((k) => allowed.has(k));
  });
}
