import { defineRule, text } from '../rule';
import { columnLetters } from '../table';

export default defineRule({
  code: 'column-duplicate',
  severity: 'error',
  description: text('同じ列名の見出しが2つある', 'two header cells name the same column'),
  sheet(ctx) {
    return ctx.header.duplicates.flatMap(({ key, cols }) =>
      cols.slice(1).map((col) => {
        const name = ctx.columnName(key);
        const first = columnLetters(cols[0]);
        return {
          row: ctx.header.row + ctx.header.rowCount - 1,
          col,
          columnName: ctx.header.written[col] || name,
          message: (lang) =>
            lang === 'ja'
              ? `列「${name}」が重複しています（${first}列と同じ）。どちらかの見出しを直してください`
              : `Column "${name}" appears twice (same as column ${first}): rename one of them`,
        };
      }),
    );
  },
});
