import { defineRule, Finding, text } from '../rule';

export default defineRule({
  code: 'column-missing',
  severity: 'error',
  description: text('必須列（エラー）または任意列（警告）がない', 'a required (error) or optional (warning) column is absent'),
  sheet(ctx) {
    const out: Finding[] = [];
    for (const spec of ctx.config.columns) {
      if (ctx.header.columns[spec.key] !== undefined) continue;
      // A single 総合計画 column stands for 分野別目標 and 計画施策.
      if (spec.key === 'policy' && ctx.header.combinedGroup !== undefined) continue;
      out.push({
        row: ctx.header.row,
        columnName: spec.name,
        severity: spec.required ? 'error' : 'warning',
        message: spec.required
          ? (lang) =>
              lang === 'ja'
                ? `必須列「${spec.name}」がありません。見出し行に追加してください`
                : `Required column "${spec.name}" is missing: add it to the header row`
          : (lang) => (lang === 'ja' ? `任意列「${spec.name}」がありません` : `Optional column "${spec.name}" is missing`),
      });
    }
    return out;
  },
});
