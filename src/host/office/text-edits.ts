import type { CellChange } from '../port';

/**
 * Pure checks and edits behind writeCells: is a change purely additive, where does the new text
 * go, how to insert it among a cell's text runs, and how to hand Excel a text it keeps as text.
 */

/** Excel's limit of characters in one cell. */
export const MAX_CELL_CHARS = 32_767;

export interface Insertion {
  at: number;
  text: string;
}

/** Where `after` is `before` with one piece inserted; undefined when it is not. */
export function findInsertion(before: string, after: string): Insertion | undefined {
  if (after.length < before.length) return undefined;
  let p = 0;
  while (p < before.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  if (p + s !== before.length) return undefined;
  return { at: p, text: after.slice(p, after.length - s) };
}

/** The change's insertion when it only adds text (checking `insert` when the caller gave it). */
export function additiveInsertion(change: CellChange): Insertion | undefined {
  const { before, after, insert } = change;
  if (insert) {
    if (insert.at < 0 || insert.at > before.length) return undefined;
    const expected = before.slice(0, insert.at) + insert.text + before.slice(insert.at);
    return expected === after ? { at: insert.at, text: insert.text } : undefined;
  }
  return findInsertion(before, after);
}

export interface Run {
  text: string;
  font?: object;
}

/**
 * The entry to write through `Range.values` so that Excel stores `text` unchanged: a leading
 * apostrophe (which Excel drops) when Excel would otherwise read a formula, number, date,
 * boolean or error value. Numbers include exponents (`1e3`), currency (`¥100`, `$5`) and
 * full-width digits (`１０`), which Japanese Excel reads as numbers too.
 */
export function textEntry(text: string): string {
  if (text === '') return text;
  if (/^[=+\-@'#]/.test(text)) return `'${text}`;
  if (/^[\s\d０-９.,/:%年月日時分秒+\-()eE¥￥$＄．，／：％（）＋－]+$/.test(text) && /[\d０-９]/.test(text)) return `'${text}`;
  if (/^(true|false)$/i.test(text.trim())) return `'${text}`;
  return text;
}
