import { allowedSymbols } from '../config';
import { normalizeSymbol } from '../normalize';
import { defineRule, excerpt, text } from '../rule';

export default defineRule({
  code: 'symbol-invalid',
  severity: 'error',
  description: text('進捗度が使える記号でない', '進捗度 is not one of the allowed symbols'),
  row(row, ctx) {
    if (row.col('symbol') === undefined || row.blank('symbol')) return [];
    const allowed = allowedSymbols(ctx.config.symbols);
    const value = normalizeSymbol(row.text('symbol'));
    if (allowed.some((s) => normalizeSymbol(s) === value)) return [];
    const shown = excerpt(row.text('symbol'));
    return [
      {
        row: row.index,
        column: 'symbol',
        message: text(
          `進捗度「${shown}」は使えません（${allowed.join(' ')} のいずれか）`,
          `進捗度 "${shown}" is not allowed (use one of ${allowed.join(' ')})`,
        ),
      },
    ];
  },
});
