import { defineRule, text } from '../rule';

export default defineRule({
  code: 'required-empty',
  severity: 'error',
  description: text('必須列のセルが空欄', 'a required cell is blank'),
  row(row, ctx, found) {
    const columns = ctx.requiredColumns;
    for (let i = 0; i < columns.length; i++) {
      const { key, name, col } = columns[i];
      // A blank 進捗度 is symbol-missing.
      if (key === 'symbol' || !row.blankAt(col)) continue;
      found.push({
        row: row.index,
        column: key,
        message: (lang) => (lang === 'ja' ? `「${name}」が空欄です` : `"${name}" is blank`),
      });
    }
  },
});
