import { labelAsWritten, originalPrefixLength, withoutInvisible } from '../as-written';
import { normalizeText } from '../normalize';
import { Entry, ParsedCell } from '../parse/entries';
import { calendarYearOf, fiscalYearOfMonth, REIWA_OFFSET } from '../fiscal';
import { MonthLabel, parseMonthLabel } from '../parse/month-label';

/**
 * How a cell writes its month labels, so that an added line looks like its neighbours
 * (`１０月：` → `１１月：`, `【10月】` → `【11月】`, `10月` + U+3000 + `ALT…` → `11月` + U+3000,
 * `令和7年10月:` → `令和7年11月:`). Read from a label as written in the original text (before
 * normalisation).
 */
export interface LabelStyle {
  /** Full-width digits in the month (`１１月`). */
  fullWidth: boolean;
  /** Brackets around the label (`【` `】`, `［` `］`, `（` `）` …), as written. */
  open?: string;
  close?: string;
  /** The colon as written (`:` or `：`), after the month or after the closing bracket. */
  colon?: string;
  /** The space as written between the month and the text (` ` or U+3000), when there is no colon. */
  space?: string;
  /** The year written before the month (`令和7年`, `R7.`, `２０２５年`), kept in its written form. */
  year?: YearPrefix;
}

/**
 * A year in front of a label, as written, to be written again with another month's year: the
 * characters around the number are kept exactly (`令和`, `Ｒ`, `R `, `年`, `.`, `．`, spaces), only
 * the number changes.
 */
export interface YearPrefix {
  /** The fiscal year (calendar year of its April) the label's year and month imply: `令和8年1月` → 2025. */
  fiscalYear: number;
  /** `reiwa`: the number counts from 2019 = 1 (`令和`, `㋿`, `R`); `western`: the calendar year (`2025年`). */
  era: 'reiwa' | 'western';
  /** What comes before the number, as written (`令和`, `Ｒ`, `R `); '' for a Western year. */
  before: string;
  /** Full-width digits in the number (`令和７年`). */
  fullWidth: boolean;
  /** What comes between the number and the month, as written (`年`, `.`, `．`, ` 年 `). */
  after: string;
}

const OPEN = '【［[（(〔〈《';
const CLOSE = '】］]）)〕〉》';
const FULL_DIGIT = /[\uFF10-\uFF19]/;
/** Spaces kept as written around a year's number (what the label parser reads as spaces once normalised). */
const SP = '[ \\u3000\\t]*';
/** `令和7年`, `㋿7年`, `R7.`, `Ｒ７．`, `r 7 年 ` before the month's digits; the number in one width. */
const REIWA_WRITTEN = new RegExp(`^((?:令和|㋿|[RrＲｒ])${SP})([0-9]{1,2}|[０-９]{1,2})(${SP}[年.．]${SP})(?=[0-9０-９])`);
/** `2025年`, `２０２５年 ` before the month's digits. */
const WESTERN_WRITTEN = new RegExp(`^([0-9]{4}|[０-９]{4})(${SP}年${SP})(?=[0-9０-９])`);
/** The digits of the first month number (the one before the first `月`). */
const MONTH_DIGITS = /([0-9０-９]+)[ \u3000\t]*月/;

/** The style of one entry's label, or undefined when it has none with a month. */
export function labelStyleOf(cell: ParsedCell, entry: Entry, fiscalYear?: number): LabelStyle | undefined {
  const label = entry.label;
  if (!label || label.kind === 'word') return undefined;
  // Without invisible characters: a U+200B before `【` (or before the space after a label) hides no style.
  const written = labelAsWritten(cell, entry);
  const first = written[0];
  const opened = first !== undefined && OPEN.includes(first);
  const year = yearPrefixOf(written, opened ? 1 : 0, label);
  // With a year, full-width digits are judged on the month's number alone (`令和７年10月` writes the
  // month in half width), whether or not the year can be written again.
  const monthDigits = label.year !== undefined ? (MONTH_DIGITS.exec(written)?.[1] ?? written) : written;
  const style: LabelStyle = { fullWidth: FULL_DIGIT.test(monthDigits) };
  if (opened) {
    const closeAt = [...written].findIndex((c, i) => i > 0 && CLOSE.includes(c));
    if (closeAt > 0) {
      style.open = first;
      style.close = [...written][closeAt];
    }
  }
  // A year of another fiscal year than the sheet's (a line copied from last year's sheet) is not
  // copied: the new line would not count for the sheet's year.
  if (year && (fiscalYear === undefined || year.fiscalYear === fiscalYear)) style.year = year;
  const last = written[written.length - 1];
  if (last === ':' || last === '：') style.colon = last;
  else if (!style.open && label.form === 'space') {
    const line = cell.lines[entry.firstLine] ?? '';
    const after = withoutInvisible(line.slice(originalPrefixLength(line, label.length)));
    const sp = /^[ \u3000\t]/.exec(after)?.[0];
    style.space = sp ?? ' ';
  }
  return style;
}

/**
 * The year written at `from` in a label as written (after its opening bracket and any spaces);
 * undefined when the label has no year, or one this module cannot write again exactly as it is
 * written (another form, digits of two widths, a zero in front: `R07.`), or when it does not
 * read as the year the parser read.
 */
function yearPrefixOf(written: string, from: number, label: MonthLabel): YearPrefix | undefined {
  if (label.year === undefined || label.first === undefined) return undefined;
  const start = from + (/^[ \u3000\t]*/.exec(written.slice(from))?.[0].length ?? 0);
  const rest = written.slice(start);
  const reiwa = REIWA_WRITTEN.exec(rest);
  const western = reiwa ? undefined : WESTERN_WRITTEN.exec(rest);
  if (reiwa) {
    const [, before, number, after] = reiwa;
    if (number.length > 1 && Number(normalizeText(number[0])) === 0) return undefined;
    const year = REIWA_OFFSET + Number(normalizeText(number));
    if (year !== label.year) return undefined;
    return { fiscalYear: fiscalYearOfMonth(year, label.first), era: 'reiwa', before, fullWidth: FULL_DIGIT.test(number), after };
  }
  if (western) {
    const [, number, after] = western;
    const year = Number(normalizeText(number));
    if (year !== label.year) return undefined;
    return { fiscalYear: fiscalYearOfMonth(year, label.first), era: 'western', before: '', fullWidth: FULL_DIGIT.test(number), after };
  }
  return undefined;
}

/** `11` in the style's digits. */
function digits(month: number, fullWidth: boolean): string {
  const s = String(month);
  return fullWidth ? s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))) : s;
}

/** The year of `month` written like `prefix` (`令和8年` for January after `令和7年12月`), or undefined when it cannot be. */
function yearText(month: number, prefix: YearPrefix): string | undefined {
  const calendar = calendarYearOf(prefix.fiscalYear, month);
  const n = prefix.era === 'reiwa' ? calendar - REIWA_OFFSET : calendar;
  // What the label parser reads: a Reiwa year of one or two digits, a Western year 20xx.
  const readable = prefix.era === 'reiwa' ? n >= 1 && n <= 99 : n >= 2000 && n <= 2099;
  return readable ? prefix.before + digits(n, prefix.fullWidth) + prefix.after : undefined;
}

function render(month: number, style: LabelStyle, year: string): string {
  const core = `${year}${digits(month, style.fullWidth)}月`;
  if (style.open && style.close) return `${style.open}${core}${style.close}${style.colon ?? ''}`;
  if (style.colon) return core + style.colon;
  return core + (style.space ?? ':');
}

/** `label` reads as a label of `month` alone in calendar year `year`. */
function readsAs(label: string, month: number, year: number): boolean {
  const read = parseMonthLabel(normalizeText(label));
  return read !== undefined && read.kind === 'single' && read.months.length === 1 && read.months[0] === month && read.year === year;
}

/**
 * The label for `month` in a style: `11月:`, `１１月：`, `【11月】`, `11月` + U+3000; with the
 * style's year for that month in front (`令和7年11月:`, `R7.11月:`, `令和8年1月:` after
 * `令和7年12月:`), or without a year when it cannot be written so that it reads back as that
 * month of that year.
 */
export function styledLabel(month: number, style: LabelStyle): string {
  if (style.year) {
    const year = yearText(month, style.year);
    if (year !== undefined) {
      const label = render(month, style, year);
      if (readsAs(label, month, calendarYearOf(style.year.fiscalYear, month))) return label;
    }
  }
  return render(month, style, '');
}

/**
 * A line made by the default-form template (`11月:…`) rewritten in the cell's style; other lines
 * (a template with its own label style) are returned as they are.
 */
export function restyleLine(line: string, month: number, style: LabelStyle | undefined): string {
  const plain = `${month}月:`;
  if (!style || !line.startsWith(plain)) return line;
  const rest = line.slice(plain.length);
  const label = styledLabel(month, style);
  if (style.space !== undefined && !style.colon && !style.open) return label + rest.trimStart();
  return label + rest;
}

/**
 * The style to follow in a cell: the dated label nearest before line `index`, else the first one.
 * `fiscalYear` is the sheet's, when known: a year of another fiscal year is not followed.
 */
export function cellLabelStyle(cell: ParsedCell, index: number, fiscalYear?: number): LabelStyle | undefined {
  let before: Entry | undefined;
  let first: Entry | undefined;
  for (const e of cell.entries) {
    if (!e.label || e.label.kind === 'word') continue;
    first ??= e;
    if (e.firstLine < index) before = e;
  }
  const e = before ?? first;
  return e ? labelStyleOf(cell, e, fiscalYear) : undefined;
}
