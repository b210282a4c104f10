import { allowedSymbols } from '../config';
import { defineRule, text } from '../rule';

export default defineRule({
  code: 'symbol-missing',
  severity: 'error',
  description: text('進捗度が空欄', '進捗度 is blank'),
  row(row, ctx) {
    if (row.col('symbol') === undefined || !row.blank('symbol')) return [];
    const choices = allowedSymbols(ctx.config.symbols).join(' ');
    return [
      {
        row: row.index,
        column: 'symbol',
        message: text(`進捗度が空欄です（${choices} のいずれかを入力してください）`, `進捗度 is blank (enter one of ${choices})`),
      },
    ];
  },
});
