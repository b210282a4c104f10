import { defineRule, text } from '../rule';
import { scaleChoices } from './_symbols';

export default defineRule({
  code: 'symbol-missing',
  severity: 'error',
  description: text('進捗度が空欄', '進捗度 is blank'),
  row(row, ctx) {
    if (row.col('symbol') === undefined || !row.blank('symbol')) return [];
    const scale = ctx.scale.symbols;
    return [
      {
        row: row.index,
        column: 'symbol',
        message: (lang) =>
          lang === 'ja' ? `進捗度が空欄です。${scaleChoices(scale).ja}のいずれかを記入してください` : `進捗度 is blank: enter one of ${scaleChoices(scale).en}`,
      },
    ];
  },
});
