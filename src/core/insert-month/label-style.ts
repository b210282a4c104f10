import { labelAsWritten, originalPrefixLength, withoutInvisible } from '../as-written';
import { Entry, ParsedCell } from '../parse/entries';

/**
 * How a cell writes its month labels, so that an added line looks like its neighbours
 * (`１０月：` → `１１月：`, `【10月】` → `【11月】`, `10月` + U+3000 + `ALT…` → `11月` + U+3000). Read from a label as
 * written in the original text (before normalisation).
 */
export interface LabelStyle {
  /** Full-width digits (`１１月`). */
  fullWidth: boolean;
  /** Brackets around the label (`【` `】`, `［` `］`, `（` `）` …), as written. */
  open?: string;
  close?: string;
  /** The colon as written (`:` or `：`), after the month or after the closing bracket. */
  colon?: string;
  /** The space as written between the month and the text (` ` or U+3000), when there is no colon. */
  space?: string;
}

const OPEN = '【［[（(〔〈《';
const CLOSE = '】］]）)〕〉》';
const FULL_DIGIT = /[\uFF10-\uFF19]/;

/** The style of one entry's label, or undefined when it has none with a month. */
export function labelStyleOf(cell: ParsedCell, entry: Entry): LabelStyle | undefined {
  const label = entry.label;
  if (!label || label.kind === 'word') return undefined;
  // Without invisible characters: a U+200B before `【` (or before the space after a label) hides no style.
  const written = labelAsWritten(cell, entry);
  const style: LabelStyle = { fullWidth: FULL_DIGIT.test(written) };
  const first = written[0];
  if (first !== undefined && OPEN.includes(first)) {
    const closeAt = [...written].findIndex((c, i) => i > 0 && CLOSE.includes(c));
    if (closeAt > 0) {
      style.open = first;
      style.close = [...written][closeAt];
    }
  }
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

/** `11` in the style's digits. */
function digits(month: number, fullWidth: boolean): string {
  const s = String(month);
  return fullWidth ? s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))) : s;
}

/** The label for `month` in a style: `11月:`, `１１月：`, `【11月】`, `11月` + U+3000. */
export function styledLabel(month: number, style: LabelStyle): string {
  const core = `${digits(month, style.fullWidth)}月`;
  if (style.open && style.close) return `${style.open}${core}${style.close}${style.colon ?? ''}`;
  if (style.colon) return core + style.colon;
  return core + (style.space ?? ':');
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

/** The style to follow in a cell: the dated label nearest before line `index`, else the first one. */
export function cellLabelStyle(cell: ParsedCell, index: number): LabelStyle | undefined {
  let before: Entry | undefined;
  let first: Entry | undefined;
  for (const e of cell.entries) {
    if (!e.label || e.label.kind === 'word') continue;
    first ??= e;
    if (e.firstLine < index) before = e;
  }
  const e = before ?? first;
  return e ? labelStyleOf(cell, e) : undefined;
}
