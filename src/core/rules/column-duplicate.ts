import { defineRule, text } from '../rule';
import { columnLetters } from '../table';
import { columnName } from './_names';

export default defineRule({
  code: 'column-duplicate',
  severity: 'error',
  description: text('同じ列名の見出しが2つある', 'two header cells name the same column'),
  sheet(ctx) {
    return ctx.header.duplicates.flatMap(({ key, cols }) =>
      cols.slice(1).map((col) => {
        const name = columnName(ctx.config, key);
        const first = columnLetters(cols[0]);
        return {
          row: ctx.header.row + ctx.header.rowCount - 1,
          col,
          message: text(
            `列「${name}」が重複しています（${first}列と同じ）。どちらかの見出しを直してください`,
            `Column "${name}" appears twice (same as column ${first}): rename one of them`,
          ),
        };
      }),
    );
  },
});
