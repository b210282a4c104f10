import { fiscalIndex } from '../fiscal';
import { lineBreakOf } from '../normalize';
import { coveredMonths, parseEntries } from '../parse/entries';
import { Localized } from '../types';

/** Excel's limit of characters in one cell. */
export const MAX_CELL_LENGTH = 32_767;

export type SkipReason = 'covered' | 'formula' | 'too-long' | 'not-text';

export type InsertResult =
  | {
      status: 'inserted';
      /** The new text. */
      text: string;
      /** UTF-16 offset in `text` where the inserted characters start. */
      at: number;
      /** Exactly the characters added, line break included: removing them gives the original back. */
      inserted: string;
    }
  | { status: 'skipped'; reason: SkipReason; message: Localized };

/** Start offsets of each line of `text` (split like Excel shows it: `\r\n`, `\n` or `\r`). */
function lineStarts(text: string): number[] {
  const starts = [0];
  const re = /\r\n|\n|\r/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) starts.push(m.index + m[0].length);
  return starts;
}

/**
 * Adds `line` (a month's label line) to a progress cell, in fiscal order: before the first entry
 * whose month comes after `month` (so after every earlier entry and its continuation lines), or at
 * the end when none does. Word-labelled entries (通年:, 随時:) and unlabelled lines do not decide
 * the place: they stay where they are. Nothing already there changes.
 */
export function insertMonthLine(
  cellText: string | number | boolean | null | undefined,
  month: number,
  line: string,
  opts: { isFormula?: boolean; maxLength?: number } = {},
): InsertResult {
  const maxLength = opts.maxLength ?? MAX_CELL_LENGTH;
  if (opts.isFormula) {
    return skip('formula', '数式のセルは変更しません', 'formula cells are never changed');
  }
  if (cellText !== null && cellText !== undefined && typeof cellText !== 'string') {
    return skip('not-text', `文字列ではない値（${String(cellText)}）のセルは変更しません`, `the cell holds a value that is not text (${String(cellText)})`);
  }
  const text = cellText ?? '';
  let at: number;
  let inserted: string;
  if (text === '') {
    at = 0;
    inserted = line;
  } else {
    const parsed = parseEntries(text);
    if (coveredMonths(parsed).has(month)) {
      return skip('covered', `${month}月 の記入はすでにあります`, `an entry already covers month ${month}`);
    }
    const br = lineBreakOf(text);
    const target = fiscalIndex(month);
    const later = parsed.entries.find((e) => e.label && e.label.kind !== 'word' && fiscalIndex(e.label.first!) > target);
    if (later) {
      at = lineStarts(text)[later.firstLine];
      inserted = line + br;
    } else if (/(\r\n|\n|\r)$/.test(text)) {
      // The text ends with a line break: the new line goes after it and ends with one too.
      at = text.length;
      inserted = line + br;
    } else {
      at = text.length;
      inserted = br + line;
    }
  }
  const result = text.slice(0, at) + inserted + text.slice(at);
  if (result.length > maxLength) {
    return skip(
      'too-long',
      `追加すると ${result.length.toLocaleString('ja-JP')} 文字になり、セルの上限 ${maxLength.toLocaleString('ja-JP')} 文字を超えます`,
      `the cell would hold ${result.length.toLocaleString('en')} characters, over the limit of ${maxLength.toLocaleString('en')}`,
    );
  }
  return { status: 'inserted', text: result, at, inserted };
}

function skip(reason: SkipReason, ja: string, en: string): InsertResult {
  return { status: 'skipped', reason, message: { ja, en } };
}
