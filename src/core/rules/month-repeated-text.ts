import { monthEntries } from '../parse/entries';
import { defineRule, excerpt, Finding, text } from '../rule';
import { labelText } from './_labels';

/** White space of sheet text (after NFKC: U+3000 is a space). */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0;
}

/** Equal once every run of white space is read as one space (no allocation: runs on every entry). */
export function sameWords(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    const sa = isSpace(ca);
    if (sa !== isSpace(cb)) return false;
    if (sa) {
      while (i < a.length && isSpace(a.charCodeAt(i))) i++;
      while (j < b.length && isSpace(b.charCodeAt(j))) j++;
      continue;
    }
    if (ca !== cb) return false;
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
