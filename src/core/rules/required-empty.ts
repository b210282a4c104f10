import { defineRule, Finding, text } from '../rule';

export default defineRule({
  code: 'required-empty',
  severity: 'error',
  description: text('必須列のセルが空欄', 'a required cell is blank'),
  row(row, ctx) {
    const out: Finding[] = [];
    for (const spec of ctx.config.columns) {
      // A blank 進捗度 is symbol-missing.
      if (!spec.required || spec.key === 'symbol') continue;
      if (row.col(spec.key) === undefined || !row.blank(spec.key)) continue;
      out.push({
        row: row.index,
        column: spec.key,
        message: text(`「${spec.name}」が空欄です`, `"${spec.name}" is blank`),
      });
    }
    return out;
  },
});
