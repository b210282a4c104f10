import { defineRule, text } from '../rule';
import { scaleChoices } from './_symbols';

export default defineRule({
  code: 'symbol-missing',
  severity: 'error',
  description: text('進捗度が空欄', '進捗度 is blank'),
  row(row, ctx) {
    if (row.col('symbol') === undefined || !row.blank('symbol')) return [];
    const choices = scaleChoices(ctx.scale.symbols);
    return [
      {
        row: row.index,
        column: 'symbol',
        message: text(`進捗度が空欄です。${choices.ja}のいずれかを記入してください`, `進捗度 is blank: enter one of ${choices.en}`),
      },
    ];
  },
});
