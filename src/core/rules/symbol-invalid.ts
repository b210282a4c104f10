import { defineRule, excerpt, text } from '../rule';
import { isAllowedSymbol, presetCovering } from '../scale';
import { cellText } from '../table';
import { PRESET_NAMES, scaleChoices } from './_symbols';

export default defineRule({
  code: 'symbol-invalid',
  severity: 'error',
  description: text('進捗度が使える記号でない', '進捗度 is not one of the allowed symbols'),
  row(row, ctx) {
    if (row.col('symbol') === undefined || row.blank('symbol')) return [];
    if (isAllowedSymbol(ctx.scale.symbols, row.text('symbol'))) return [];
    const shown = excerpt(row.text('symbol'));
    const choices = scaleChoices(ctx.scale.symbols);
    let hint = { ja: '', en: '' };
    if (ctx.scale.source === 'configured') {
      // The configuration pins a scale the sheet does not use: say which preset would fit.
      const col = row.col('symbol')!;
      const preset = presetCovering(ctx.rowIndexes.map((r) => cellText(ctx.table.rows[r]?.[col])));
      if (preset && preset !== ctx.scale.name) {
        hint = {
          ja: `。この表は ${PRESET_NAMES[preset]} で記入されているようです。設定の symbols.preset を "${preset}" にすると、その記号で点検します`,
          en: `. This sheet seems to use ${PRESET_NAMES[preset]}: set symbols.preset to "${preset}" in the configuration to check with that scale`,
        };
      }
    }
    return [
      {
        row: row.index,
        column: 'symbol',
        message: text(
          `進捗度「${shown}」は使えません。${choices.ja}のいずれかを記入してください${hint.ja}`,
          `進捗度 "${shown}" is not allowed: enter one of ${choices.en}${hint.en}`,
        ),
      },
    ];
  },
});
