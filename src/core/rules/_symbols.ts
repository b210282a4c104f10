import { SymbolPreset, SymbolScale } from '../config';
import { Localized } from '../types';

/** What each group of a scale means, for messages. */
const MEANINGS: Record<keyof SymbolScale, Localized> = {
  ahead: { ja: '計画以上', en: 'ahead of plan' },
  onTrack: { ja: '計画どおり', en: 'as planned' },
  behind: { ja: '遅れ', en: 'behind plan' },
  notAssessable: { ja: '評価できない', en: 'cannot be assessed' },
};

const GROUPS: (keyof SymbolScale)[] = ['ahead', 'onTrack', 'behind', 'notAssessable'];

/** `↗（計画以上）・→（計画どおり）・↘（遅れ）` / `↗ (ahead of plan), → (as planned), ↘ (behind plan)`; `△/×（遅れ）` for two symbols of one meaning. */
export function scaleChoices(scale: SymbolScale): Localized {
  const ja: string[] = [];
  const en: string[] = [];
  for (const g of GROUPS) {
    if (scale[g].length === 0) continue;
    // Symbols that mean the same are named together: `△/×（遅れ）`.
    const syms = scale[g].join('/');
    ja.push(`${syms}（${MEANINGS[g].ja}）`);
    en.push(`${syms} (${MEANINGS[g].en})`);
  }
  return { ja: ja.join('・'), en: en.join(', ') };
}

/** The presets as staff know them. */
export const PRESET_NAMES: Record<SymbolPreset, string> = {
  arrows: '↗ → ↘',
  circles: '◎ ○ △ ×',
  abcd: 'A B C D',
  sabc: 'S A B C',
};
