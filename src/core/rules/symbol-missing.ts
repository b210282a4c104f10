import { defineRule, text } from '../rule';
import { scaleChoices } from './_symbols';

export default defineRule({
  code: 'symbol-missing',
  severity: 'error',
  description: text('進捗度が空欄', '進捗度 is blank'),
  row(row, ctx, found) {
    const col = ctx.header.columns.symbol;
    if (col === undefined || !row.blankAt(col)) return;
    const scale = ctx.scale.symbols;
    found.push({
      row: row.index,
      column: 'symbol',
      message: (lang) =>
        lang === 'ja' ? `進捗度が空欄です。${scaleChoices(scale).ja}のいずれかを記入してください` : `進捗度 is blank: enter one of ${scaleChoices(scale).en}`,
    });
  },
});
