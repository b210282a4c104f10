import { excerpt, labelAsWritten } from '../as-written';
import { fiscalIndex, isMonth } from '../fiscal';
import { lineBreakOf } from '../normalize';
import { Entry, parseEntries } from '../parse/entries';
import { Localized } from '../types';
import { cellLabelStyle, restyleLine } from './label-style';
import { endsWithLineBreak, LINE_BREAK, lineStarts } from './lines';

/** Excel's limit of characters (UTF-16 units) in one cell. */
export const MAX_CELL_LENGTH = 32_767;

export type SkipReason = 'covered' | 'formula' | 'too-long' | 'not-text' | 'hidden';

export type InsertResult =
  | {
      status: 'inserted';
      /** The new text. */
      text: string;
      /** UTF-16 offset in `text` where the inserted characters start. */
      at: number;
      /** Exactly the characters added, line break included: removing them at `at` gives the original back. */
      inserted: string;
      /** The line as added (in the cell's label style), without its line break. */
      line: string;
    }
  | { status: 'skipped'; reason: SkipReason; message: Localized };

export interface InsertOptions {
  /** The cell holds a formula: it is never changed. */
  isFormula?: boolean;
  /** Longest text the cell may hold; default {@link MAX_CELL_LENGTH}. */
  maxLength?: number;
  /**
   * Write a line of the default label form (`11月:…`) in the style of the cell's labels
   * (default true); a template with a label style of its own is never changed.
   */
  matchStyle?: boolean;
  /**
   * The sheet's fiscal year (calendar year of its April), when known. A year written in front of
   * the cell's labels (`令和7年10月:`) is copied into the new label, with the new month's year,
   * only when it agrees with this one (else the validator would not count the new line).
   */
  fiscalYear?: number;
}

const dated = (e: Entry) => e.label !== undefined && e.label.kind !== 'word';

/**
 * Where a month's line goes among a cell's entries: the index of the line it will start, in
 * `0..lineCount` (`lineCount` = after the last line). Only dated entries (labels with months)
 * decide, judged by their label's first month like the month-order rule:
 *
 * - `later` = the first dated entry, in written order, whose first month comes after `month`;
 * - `prev` = the last dated entry written before `later` (or the last dated entry of all when
 *   there is no `later`). Every dated entry before `later` starts before `month` (one starting
 *   at `month` would cover it).
 * - With `prev`: right after it, its continuation lines included, so the month follows the month
 *   before it and any word-labelled entry (`通年:`, `随時:`) after `prev` stays below.
 * - Without `prev` but with `later`: right before `later` (below any unlabelled lines and word
 *   entries that open the cell).
 * - No dated entry at all: at the end.
 *
 * Entries are never split: the new line always starts where an entry starts or after the last line.
 */
export function insertionLineIndex(entries: readonly Entry[], lineCount: number, month: number): number {
  const target = fiscalIndex(month);
  let prev: Entry | undefined;
  for (const e of entries) {
    if (!dated(e)) continue;
    if (fiscalIndex(e.label!.first!) > target) return prev ? prev.firstLine + prev.lineCount : e.firstLine;
    prev = e;
  }
  return prev ? prev.firstLine + prev.lineCount : lineCount;
}

/**
 * Adds `line` (one line starting with a label for `month`, as {@link renderTemplate} makes it)
 * to a progress cell, in fiscal order (see {@link insertionLineIndex}), using the cell's own
 * line break. Existing characters never change: the result is the original with `inserted`
 * spliced in at `at`.
 *
 * - A cell whose labels already cover `month` (single, list, range, open range, 頃) is skipped
 *   (`covered`), so inserting twice adds nothing.
 * - `null` / `''` → just the line. A whitespace-only cell keeps its whitespace; the line goes
 *   after it on a new line (or before the final empty line when it ends with a line break).
 * - A text ending with a line break keeps that break last: the new line is inserted before the
 *   final empty line, with a break of its own.
 * - Formula cells (`formula`), values other than text (`not-text`) and results longer than
 *   `maxLength` (`too-long`) are skipped with a message.
 *
 * Never throws on any cell text. Throws a RangeError for a `month` outside 1–12 or a `line` that
 * is not one line labelled for `month`: those are programming errors, not cell content.
 */
export function insertMonthLine(cellText: string | number | boolean | null | undefined, month: number, line: string, opts: InsertOptions = {}): InsertResult {
  checkLine(month, line);
  const maxLength = opts.maxLength ?? MAX_CELL_LENGTH;
  if (opts.isFormula) {
    return skip('formula', `数式のセルは変更しません（${month}月 の行は追加しません）`, `formula cells are never changed (no line added for month ${month})`);
  }
  if (cellText !== null && cellText !== undefined && typeof cellText !== 'string') {
    const v = String(cellText);
    return skip('not-text', `文字列ではない値「${v}」のセルは変更しません`, `the cell holds a value that is not text ("${v}"): not changed`);
  }
  const text = cellText ?? '';
  let at: number;
  let inserted: string;
  if (text === '') {
    at = 0;
    inserted = line;
  } else {
    const cell = parseEntries(text);
    const covering = cell.entries.find((e) => e.label?.months.includes(month));
    if (covering) {
      const label = labelAsWritten(cell, covering);
      return skip('covered', `${month}月 の記入はすでにあります（「${label}」）`, `an entry already covers month ${month} ("${label}")`);
    }
    const br = lineBreakOf(text);
    const starts = lineStarts(text);
    const index = insertionLineIndex(cell.entries, starts.length, month);
    // The default label form follows the cell's own style (`：`, full-width digits, 【】, a space, a year).
    if (opts.matchStyle !== false) line = restyleLine(line, month, cellLabelStyle(cell, index, opts.fiscalYear));
    if (index < starts.length) {
      at = starts[index];
      inserted = line + br;
    } else if (endsWithLineBreak(text)) {
      // After the last line of a text that ends with a break (its last line is the empty one
      // after that break): the new line goes there with a break of its own, so the text still ends with one.
      at = text.length;
      inserted = line + br;
    } else {
      at = text.length;
      inserted = br + line;
    }
  }
  const length = text.length + inserted.length;
  if (length > maxLength) {
    const fmt = (n: number, locale: string) => n.toLocaleString(locale);
    const quote = excerpt(text);
    return skip(
      'too-long',
      `「${quote}」に ${month}月 の行を追加すると ${fmt(length, 'ja-JP')} 文字になり、セルの上限 ${fmt(maxLength, 'ja-JP')} 文字を超えます`,
      `adding the month ${month} line to "${quote}" would make ${fmt(length, 'en-US')} characters, over the cell limit of ${fmt(maxLength, 'en-US')}`,
    );
  }
  return { status: 'inserted', text: text.slice(0, at) + inserted + text.slice(at), at, inserted, line };
}

function checkLine(month: number, line: string): void {
  if (!isMonth(month)) throw new RangeError(`month must be an integer from 1 to 12, got ${month}`);
  if (LINE_BREAK.test(line)) throw new RangeError('the month line must be a single line');
  const first = parseEntries(line).entries[0];
  if (!first?.label?.months.includes(month)) throw new RangeError(`the line must start with a label for month ${month}: ${line}`);
}

function skip(reason: SkipReason, ja: string, en: string): InsertResult {
  return { status: 'skipped', reason, message: { ja, en } };
}
