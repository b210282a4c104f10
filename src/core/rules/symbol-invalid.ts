import { SymbolPreset } from '../config';
import { SheetContext } from '../context';
import { defineRule, excerpt, text } from '../rule';
import { presetCovering } from '../scale';
import { cellText, isBlank } from '../table';
import { Lang } from '../types';
import { PRESET_NAMES, scaleChoices } from './_symbols';

/** The preset that covers every 進捗度 cell of the sheet, looked for once a sheet (not once an invalid cell). */
const covering = new WeakMap<SheetContext, SymbolPreset | undefined>();

function presetOfSheet(ctx: SheetContext, col: number): SymbolPreset | undefined {
  if (!covering.has(ctx)) covering.set(ctx, presetCovering(ctx.rowIndexes.map((r) => cellText(ctx.table.rows[r]?.[col]))));
  return covering.get(ctx);
}

/** When the configuration pins a scale the sheet does not use: which preset would fit. */
function presetHint(preset: SymbolPreset, lang: Lang): string {
  return lang === 'ja'
    ? `。この表は ${PRESET_NAMES[preset]} で記入されているようです。設定の symbols.preset を "${preset}" にすると、その記号で点検します`
    : `. This sheet seems to use ${PRESET_NAMES[preset]}: set symbols.preset to "${preset}" in the configuration to check with that scale`;
}

export default defineRule({
  code: 'symbol-invalid',
  severity: 'error',
  description: text('進捗度が使える記号でない', '進捗度 is not one of the allowed symbols'),
  row(row, ctx, found) {
    const col = ctx.header.columns.symbol;
    const cell = row.cellAt(col);
    if (cell === undefined || isBlank(cell)) return;
    const written = cellText(cell);
    if (ctx.symbol(written).allowed) return;
    const shown = excerpt(written);
    const scale = ctx.scale.symbols;
    let preset: SymbolPreset | undefined;
    if (ctx.scale.source === 'configured') {
      const covering = presetOfSheet(ctx, col!);
      if (covering && covering !== ctx.scale.name) preset = covering;
    }
    found.push({
      row: row.index,
      column: 'symbol',
      message: (lang) => {
        const hint = preset ? presetHint(preset, lang) : '';
        return lang === 'ja'
          ? `進捗度「${shown}」は使えません。${scaleChoices(scale).ja}のいずれかを記入してください${hint}`
          : `進捗度 "${shown}" is not allowed: enter one of ${scaleChoices(scale).en}${hint}`;
      },
    });
  },
});
