/**
 * How Excel (Japanese locale) takes a string written to `Range.values` or `Range.formulas` into
 * a cell whose number format is not Text: as if the user had typed it. `=…` is a formula; `+`,
 * `-` or `@` followed by something that is not a number also becomes a formula (`-abc` is
 * `=-abc`); numbers (`10`, `+1`, `-1`, `1e3`, `1,000`, `(100)`, `10%`, `¥100`, `1 1/2`), booleans
 * (`TRUE`, `false`), error values (`#N/A`) and dates and times (`2025/4/1`, `4/1`, `10月1日`,
 * `2025年4月1日`, `10:30`) become values of their type, dates as serial numbers with a date format;
 * full-width digits count as digits (`１０` is 10). Anything else stays text. A leading apostrophe is handled by the caller (it keeps the rest as text).
 */

export type TypedEntry =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; format?: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; value: string }
  | { kind: 'formula'; formula: string };

/** Error values a user can type. */
const TYPED_ERRORS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA'];

const MANTISSA = /^(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const CURRENCY = /^[¥￥$]/;

/** Parses a number as typed; undefined when `text` is not one. */
export function typedNumber(text: string): { value: number; format?: string } | undefined {
  let s = text.trim();
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    s = paren[1].trim();
    negative = true;
  }
  let currency: string | undefined;
  if (CURRENCY.test(s)) {
    currency = s[0];
    s = s.slice(1);
  }
  if (!paren && (s.startsWith('+') || s.startsWith('-'))) {
    negative = s.startsWith('-');
    s = s.slice(1);
    if (!currency && CURRENCY.test(s)) {
      currency = s[0];
      s = s.slice(1);
    }
  }
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  const fraction = /^(\d+) (\d+)\/(\d+)$/.exec(s);
  let value: number;
  let format: string | undefined;
  if (fraction && !percent && !currency) {
    const denominator = Number(fraction[3]);
    if (denominator === 0 || Number(fraction[2]) >= denominator) return undefined;
    value = Number(fraction[1]) + Number(fraction[2]) / denominator;
    format = '# ?/?';
  } else {
    if (!MANTISSA.test(s)) return undefined;
    value = Number(s.replace(/,/g, ''));
    if (!Number.isFinite(value)) return undefined;
    if (percent) {
      value /= 100;
      format = /\.\d/.test(s) ? '0.00%' : '0%';
    } else if (currency) format = currency === '$' ? '"$"#,##0' : '"¥"#,##0';
    else if (s.includes(',')) format = '#,##0';
    else if (/e/i.test(s)) format = '0.00E+00';
  }
  return { value: negative ? -value : value, format };
}

const DAY_MS = 86_400_000;
/** Excel's serial number of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

function dateSerial(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  // Excel counts 1900-02-29, which never was: typed dates before March 1900 stay text here.
  if (year < 1900 || (year === 1900 && month < 3) || year > 9999) return undefined;
  return t / DAY_MS + UNIX_EPOCH_SERIAL;
}

function timeFraction(h: string, m: string, s: string | undefined): number | undefined {
  const hours = Number(h);
  const minutes = Number(m);
  const seconds = s === undefined ? 0 : Number(s);
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  return (hours * 3600 + minutes * 60 + seconds) / 86_400;
}

function fullYear(y: string): number {
  if (y.length === 4) return Number(y);
  const n = Number(y);
  return n < 30 ? 2000 + n : 1900 + n;
}

interface DatePattern {
  re: RegExp;
  format: string;
  parts(m: RegExpExecArray, year: number): [number, number, number];
}

const DATE_PATTERNS: DatePattern[] = [
  { re: /^(\d{4}|\d{2})\/(\d{1,2})\/(\d{1,2})$/, format: 'yyyy/m/d', parts: (m) => [fullYear(m[1]), Number(m[2]), Number(m[3])] },
  { re: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, format: 'yyyy/m/d', parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  { re: /^(\d{4})年(\d{1,2})月(\d{1,2})日$/, format: 'yyyy"年"m"月"d"日"', parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  { re: /^(\d{4})年(\d{1,2})月$/, format: 'yyyy"年"m"月"', parts: (m) => [Number(m[1]), Number(m[2]), 1] },
  { re: /^(\d{1,2})\/(\d{1,2})$/, format: 'm"月"d"日"', parts: (m, y) => [y, Number(m[1]), Number(m[2])] },
  { re: /^(\d{1,2})月(\d{1,2})日$/, format: 'm"月"d"日"', parts: (m, y) => [y, Number(m[1]), Number(m[2])] },
];

/** Parses a date and/or time as typed in Japanese Excel; `year` completes dates typed without one. */
export function typedDate(text: string, year: number): { value: number; format: string } | undefined {
  const s = text.trim();
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (time) {
    const f = timeFraction(time[1], time[2], time[3]);
    return f === undefined ? undefined : { value: f, format: time[3] === undefined ? 'h:mm' : 'h:mm:ss' };
  }
  const withTime = /^(\S+) (\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  const datePart = withTime ? withTime[1] : s;
  for (const p of DATE_PATTERNS) {
    const m = p.re.exec(datePart);
    if (!m) continue;
    const serial = dateSerial(...p.parts(m, year));
    if (serial === undefined) return undefined;
    if (!withTime) return { value: serial, format: p.format };
    const f = timeFraction(withTime[2], withTime[3], withTime[4]);
    return f === undefined ? undefined : { value: serial + f, format: 'yyyy/m/d h:mm' };
  }
  return undefined;
}

/** Full-width digits and number punctuation (`１０`, `１０：３０`) read as their ASCII forms, as Japanese Excel reads them. */
function foldWidth(text: string): string {
  return text.replace(/[０-９＋－．，／：％（）＄]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** How Excel takes `text` typed into a General cell. */
export function typedEntry(text: string, year: number): TypedEntry {
  if (text.length > 1 && text.startsWith('=')) return { kind: 'formula', formula: text };
  const trimmed = text.trim();
  if (/^(true|false)$/i.test(trimmed)) return { kind: 'boolean', value: trimmed.toLowerCase() === 'true' };
  const error = TYPED_ERRORS.find((e) => e === trimmed.toUpperCase());
  if (error) return { kind: 'error', value: error };
  const number = typedNumber(foldWidth(text));
  if (number) return { kind: 'number', ...number };
  const date = typedDate(foldWidth(text), year);
  if (date) return { kind: 'number', ...date };
  if (text.length > 1 && /^[+\-@]/.test(text)) return { kind: 'formula', formula: `=${text}` };
  return { kind: 'text', text };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** The text Excel shows for a number in one of the formats typed entries get; String(value) otherwise. */
export function displayNumber(value: number, format: string | undefined): string {
  if (!format || format === 'General' || format === '@') return String(value);
  if (format.endsWith('%')) return `${format.includes('.') ? (value * 100).toFixed(2) : Math.round(value * 100)}%`;
  const days = Math.floor(value);
  const d = new Date((days - UNIX_EPOCH_SERIAL) * DAY_MS);
  const seconds = Math.round((value - days) * 86_400);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  const hm = `${Math.floor(seconds / 3600)}:${pad2(Math.floor((seconds % 3600) / 60))}`;
  switch (format) {
    case 'yyyy/m/d':
      return `${y}/${m}/${day}`;
    case 'yyyy"年"m"月"d"日"':
      return `${y}年${m}月${day}日`;
    case 'yyyy"年"m"月"':
      return `${y}年${m}月`;
    case 'm"月"d"日"':
      return `${m}月${day}日`;
    case 'h:mm':
      return hm;
    case 'h:mm:ss':
      return `${hm}:${pad2(seconds % 60)}`;
    case 'yyyy/m/d h:mm':
      return `${y}/${m}/${day} ${hm}`;
    default:
      return String(value);
  }
}
