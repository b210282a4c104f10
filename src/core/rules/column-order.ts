import { COLUMN_KEYS } from '../columns';
import { defineRule, text } from '../rule';

export default defineRule({
  code: 'column-order',
  severity: 'info',
  description: text('ひな形の列が別の順序で並んでいる', 'template columns present in another order'),
  sheet(ctx) {
    const order = ctx.header.order;
    const expected = [...order].sort((a, b) => COLUMN_KEYS.indexOf(a) - COLUMN_KEYS.indexOf(b));
    const i = order.findIndex((k, n) => k !== expected[n]);
    if (i < 0) return [];
    const found = ctx.columnName(order[i]);
    const wanted = ctx.columnName(expected[i]);
    return [
      {
        row: ctx.header.row,
        col: ctx.header.columns[order[i]],
        columnName: ctx.header.written[ctx.header.columns[order[i]]!] || found,
        message: (lang) =>
          lang === 'ja'
            ? `列の順序がひな形と異なります（「${wanted}」の位置に「${found}」があります）`
            : `Columns are in another order than the template ("${found}" stands where "${wanted}" belongs)`,
      },
    ];
  },
});
