import { ColumnKey } from '../columns';
import { SheetContext } from '../context';
import { defineRule, Finding, text } from '../rule';

interface Checked {
  key: ColumnKey;
  name: string;
  col: number;
}

/** The required columns the sheet has, with their names: worked out once a sheet. */
const checkedColumns = new WeakMap<SheetContext, Checked[]>();

function columnsOf(ctx: SheetContext): Checked[] {
  let list = checkedColumns.get(ctx);
  if (!list) {
    list = [];
    for (const spec of ctx.config.columns) {
      // A blank 進捗度 is symbol-missing.
      if (!spec.required || spec.key === 'symbol') continue;
      const col = ctx.header.columns[spec.key];
      if (col !== undefined) list.push({ key: spec.key, name: spec.name, col });
    }
    checkedColumns.set(ctx, list);
  }
  return list;
}

export default defineRule({
  code: 'required-empty',
  severity: 'error',
  description: text('必須列のセルが空欄', 'a required cell is blank'),
  row(row, ctx) {
    const out: Finding[] = [];
    for (const { key, name, col } of columnsOf(ctx)) {
      if (!row.blankAt(col)) continue;
      out.push({
        row: row.index,
        column: key,
        message: (lang) => (lang === 'ja' ? `「${name}」が空欄です` : `"${name}" is blank`),
      });
    }
    return out;
  },
});
