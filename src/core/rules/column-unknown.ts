import { defineRule, excerpt, text } from '../rule';

export default defineRule({
  code: 'column-unknown',
  severity: 'info',
  description: text('ひな形にない列（そのまま残します）', 'a column not in the template (kept, reported)'),
  sheet(ctx) {
    return ctx.header.unknown.map(({ col, text: name }) => ({
      row: ctx.header.row + ctx.header.rowCount - 1,
      col,
      columnName: name,
      message: (lang) =>
        lang === 'ja' ? `列「${excerpt(name)}」はひな形にない列です（点検の対象外）` : `Column "${excerpt(name)}" is not in the template (not checked)`,
    }));
  },
});
