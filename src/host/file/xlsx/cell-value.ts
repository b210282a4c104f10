/**
 * What a `<c>` element holds, from its `t` attribute and the text of its `<v>` / `<is>`: one function for the reader
 * and for the patcher, so the text a patch checks against is the text the reader gave.
 */
import type { CellValue } from '../../../core/table';
import { decodeOoxmlText } from './text-escape';

/** The cell's content as read; `problem` (English) when the XML contradicts the format. */
export interface CellContent {
  value: CellValue;
  error?: string;
  /** The value is a number (t="n", absent, or "d"): its style's number format applies. */
  numeric: boolean;
  /** The value is text (t="s", "inlineStr", "str"). */
  text: boolean;
  problem?: string;
}

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const ISO_TIME = /^T?(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * An ISO 8601 date-time (t="d") as an Excel serial number: days since 1899-12-30 in the 1900 date system (with
 * Excel's phantom 1900-02-29: serials before 61 are one less), since 1904-01-01 in the 1904 system. Time zone
 * designators are ignored: Excel serials have no zone. A time alone is a fraction of a day.
 */
export function isoToSerial(iso: string, date1904: boolean): number | undefined {
  const s = iso.trim();
  let m = ISO_DATE.exec(s);
  if (m) {
    const days = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
    if (Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[3]) < 1 || Number(m[3]) > 31 || !Number.isFinite(days)) return undefined;
    const fraction = m[4] === undefined ? 0 : timeFraction(m[4], m[5], m[6], m[7]);
    if (fraction === undefined) return undefined;
    if (date1904) return days + 24107 + fraction;
    let serial = days + 25569;
    if (serial < 61) serial -= 1;
    return serial + fraction;
  }
  m = ISO_TIME.exec(s);
  if (m) return timeFraction(m[1], m[2], m[3], m[4]);
  return undefined;
}

function timeFraction(h: string, mi: string, sec: string | undefined, frac: string | undefined): number | undefined {
  const hours = Number(h);
  const minutes = Number(mi);
  const seconds = Number(sec ?? 0) + Number(frac ?? 0);
  if (hours > 24 || minutes > 59 || seconds >= 61) return undefined;
  return (hours * 3600 + minutes * 60 + seconds) / 86400;
}

/** Whether a `<v>` is absent or only white space (no value). */
function empty(v: string | undefined): v is undefined {
  if (v === undefined) return true;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
  }
  return true;
}

/** sharedIndex's answer for an empty `<v>` (no value). */
export const NO_INDEX = -1;

/**
 * The shared string index a t="s" cell's `<v>` holds: NO_INDEX when it is absent or blank, undefined when it is not
 * an index (negative, fractional, not a number). Whether the book has that many strings is the caller's check.
 */
export function sharedIndex(v: string | undefined): number | undefined {
  if (empty(v)) return NO_INDEX;
  const i = Number(v);
  return Number.isInteger(i) && i >= 0 ? i : undefined;
}

/** The problem of a t="s" cell whose `<v>` is not the index of one of the book's strings. */
export function sharedIndexProblem(v: string | undefined): string {
  return `shared string index "${(v ?? '').slice(0, 40)}"`;
}

function put(out: CellContent, value: CellContent['value'], numeric: boolean, text: boolean, problem?: string, error?: string): CellContent {
  out.value = value;
  out.numeric = numeric;
  out.text = text;
  out.problem = problem;
  out.error = error;
  return out;
}

/**
 * Interprets a cell. `v` is the raw text of `<v>` (undefined without one), `inline` the plain text of `<is>`
 * (undefined without one), `shared` the shared strings. The result is written into `out` (the reader reuses one
 * object for every cell) and returned.
 */
export function cellContent(
  t: string | undefined,
  v: string | undefined,
  inline: string | undefined,
  shared: readonly string[],
  date1904: boolean,
  out: CellContent = { value: null, numeric: false, text: false },
): CellContent {
  switch (t) {
    case undefined:
    case 'n': {
      if (empty(v)) return put(out, null, true, false);
      const n = Number(v);
      if (!Number.isFinite(n)) return put(out, null, true, false, `number "${v.slice(0, 40)}"`);
      return put(out, n, true, false);
    }
    case 's': {
      const i = sharedIndex(v);
      if (i === NO_INDEX) return put(out, null, false, true);
      if (i === undefined || i >= shared.length) return put(out, null, false, true, sharedIndexProblem(v));
      return put(out, shared[i], false, true);
    }
    case 'inlineStr':
      if (inline !== undefined) return put(out, inline, false, true);
      return put(out, v === undefined ? null : decodeOoxmlText(v), false, true);
    case 'str':
      return put(out, v === undefined ? null : decodeOoxmlText(v), false, true);
    case 'b': {
      if (empty(v)) return put(out, null, false, false);
      const b = v.trim();
      if (b === '1' || b === 'true') return put(out, true, false, false);
      if (b === '0' || b === 'false') return put(out, false, false, false);
      return put(out, null, false, false, `boolean "${v.slice(0, 40)}"`);
    }
    case 'e':
      if (empty(v)) return put(out, null, false, false);
      return put(out, null, false, false, undefined, v.trim());
    case 'd': {
      if (empty(v)) return put(out, null, true, false);
      const serial = isoToSerial(v, date1904);
      if (serial === undefined) return put(out, null, true, false, `date "${v.slice(0, 40)}"`);
      return put(out, serial, true, false);
    }
    default:
      return put(out, null, false, false, `cell type t="${t.slice(0, 20)}"`);
  }
}
