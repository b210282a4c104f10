import { monthEntries } from '../parse/entries';
import { defineRule, excerpt, Finding, text } from '../rule';
import { labelText } from './_labels';

const SPACE = /\s/;

/** Equal once every run of white space is read as one space (no allocation: runs on every entry). */
export function sameWords(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const sa = SPACE.test(a[i]);
    const sb = SPACE.test(b[j]);
    if (sa !== sb) return false;
    if (sa) {
      while (i < a.length && SPACE.test(a[i])) i++;
      while (j < b.length && SPACE.test(b[j])) j++;
      continue;
    }
    if (a[i] !== b[j]) return false;
    i++;
    j++;
  }
  return i === a.length && j === b.length;
}

export default defineRule({
  code: 'month-repeated-text',
  severity: 'info',
  description: text('前月と同じ文面の記入', "an entry's text is identical to the previous month's"),
  row(row) {
    if (row.col('progress') === undefined) return [];
    const entries = monthEntries(row.progress);
    const out: Finding[] = [];
    for (let i = 1; i < entries.length; i++) {
      const cur = entries[i];
      const prev = entries[i - 1];
      if (cur.body === '' || !sameWords(cur.body, prev.body)) continue;
      const a = labelText(row.progress, cur);
      const b = labelText(row.progress, prev);
      out.push({
        row: row.index,
        column: 'progress',
        months: cur.label!.months,
        message: text(
          `「${a}」の記入が前月「${b}」と同じです:「${excerpt(cur.body)}」`,
          `"${a}" repeats the previous entry "${b}" word for word: "${excerpt(cur.body)}"`,
        ),
      });
    }
    return out;
  },
});
