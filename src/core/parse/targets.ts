import { fiscalIndex, fiscalRange, isMonth } from '../fiscal';
import { normalizeText } from '../normalize';
import { isRegExpSpace } from './quantities';

/**
 * 年度目標 cells: half-year blocks `【4~9月の目標】(全体達成率:50%)` … `【10~3月の目標】(全体達成率:100%)`,
 * also `[4月~9月の目標]`, a full-year block `【4~3月】`, or no label at all (one full-year target).
 */
export type PeriodKind = 'first-half' | 'second-half' | 'full-year' | 'other';

export interface TargetBlock {
  /** The label as written (normalised), undefined for an unlabelled target. */
  label?: string;
  from: number;
  to: number;
  months: number[];
  kind: PeriodKind;
  /** 全体達成率 in percent, when written. */
  rate?: number;
  /** Index of the block's first line in the original text. */
  firstLine: number;
  /** The block's normalised lines after its label. */
  lines: string[];
}

export interface ParsedTarget {
  blocks: TargetBlock[];
  /** True when at least one block carries a period label. */
  labelled: boolean;
}

const MONTH_SPAN = String.raw`(\d{1,2})\s*月?\s*~\s*(\d{1,2})\s*月?`;
const WORD_SPAN = String.raw`(上半期|下半期|通年|年間)`;
const BLOCK = new RegExp(String.raw`^\s*[【\[〔]\s*(?:${MONTH_SPAN}|${WORD_SPAN})\s*(?:の?目標)?\s*[】\]〕]`);
/** 全体達成率 as the design writes it; rateIn reads it by hand (tested against this pattern). */
export const RATE = /全体達成率\s*:?\s*(-?\d+(?:\.\d+)?)\s*%/;

function kindOf(from: number, to: number): PeriodKind {
  if (from === 4 && to === 9) return 'first-half';
  if (from === 10 && to === 3) return 'second-half';
  if (from === 4 && to === 3) return 'full-year';
  return 'other';
}

function wordSpan(word: string): [number, number] {
  if (word === '上半期') return [4, 9];
  if (word === '下半期') return [10, 3];
  return [4, 3];
}

/** A period's months and kind, made once: blocks share the months (never change them). */
interface Period {
  months: number[];
  kind: PeriodKind;
}

/** Periods by `from * 16 + to`. */
const periods: (Period | undefined)[] = [];

function periodOf(from: number, to: number): Period {
  return (periods[from * 16 + to] ??= { months: fiscalRange(from, to), kind: kindOf(from, to) });
}

/** Could the line be a period label: its first character after white space (`\s`) opens a bracket? */
function opensBracket(line: string): boolean {
  let i = 0;
  let c = line.charCodeAt(0);
  while (i < line.length && (c <= 32 || c >= 0xa0) && isRegExpSpace(c)) c = line.charCodeAt(++i);
  return c === 0x3010 /* 【 */ || c === 0x5b /* [ */ || c === 0x3014; /* 〔 */
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * 全体達成率 written in the text, if any: what RATE finds (its first match), read without making
 * match lists (most target cells hold two rates).
 */
export function rateIn(text: string): number | undefined {
  for (let at = text.indexOf('全体達成率'); at !== -1; at = text.indexOf('全体達成率', at + 1)) {
    let i = at + 5;
    while (isRegExpSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) === 58 /* : */) {
      i++;
      while (isRegExpSpace(text.charCodeAt(i))) i++;
    }
    const from = i;
    if (text.charCodeAt(i) === 45 /* - */) i++;
    if (!isDigit(text.charCodeAt(i))) continue;
    while (isDigit(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) === 46 /* . */ && isDigit(text.charCodeAt(i + 1))) {
      i += 2;
      while (isDigit(text.charCodeAt(i))) i++;
    }
    const to = i;
    while (isRegExpSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) === 37 /* % */) return Number(text.slice(from, to));
  }
  return undefined;
}

/** A line that opens a period's block: its label and period, and the text after the label. */
interface BlockLine {
  label: string;
  from: number;
  to: number;
  period: Period;
  rest: string;
  rate: number | undefined;
}

/**
 * Lines that open a bracket, as read before (null: not a period's label): a sheet writes the same few
 * (`【4~9月の目標】(全体達成率:50%)`) in most of its target cells. Cleared when full.
 */
const blockLines = new Map<string, BlockLine | null>();
const BLOCK_LINES_LIMIT = 1024;

/** The block a line opens, if it is a period's label (the line opens a bracket). */
function blockLine(norm: string): BlockLine | null {
  let line = blockLines.get(norm);
  if (line !== undefined) return line;
  line = null;
  const m = BLOCK.exec(norm);
  let from = 0;
  let to = 0;
  if (m) {
    if (m[3]) [from, to] = wordSpan(m[3]);
    else if (isMonth(Number(m[1])) && isMonth(Number(m[2]))) {
      from = Number(m[1]);
      to = Number(m[2]);
    }
  }
  if (m && from !== 0 && fiscalIndex(from) <= fiscalIndex(to)) {
    const rest = norm.slice(m[0].length);
    line = { label: m[0].trim(), from, to, period: periodOf(from, to), rest, rate: rateIn(rest) };
  }
  if (blockLines.size >= BLOCK_LINES_LIMIT) blockLines.clear();
  blockLines.set(norm, line);
  return line;
}

/** Parses a 年度目標 cell. Never throws. */
export function parseTargets(text: string): ParsedTarget {
  const s = normalizeText(text);
  const blocks: TargetBlock[] = [];
  let current: TargetBlock | undefined;
  // Lines as splitLines cuts them (\r\n, \n or \r), without listing them first; their ends found
  // by indexOf (a loop over every character costs, before the code is compiled).
  let pos = 0;
  let nextCr = s.indexOf('\r');
  for (let i = 0; ; i++) {
    const nl = s.indexOf('\n', pos);
    if (nextCr !== -1 && nextCr < pos) nextCr = s.indexOf('\r', pos);
    let end = nl === -1 ? s.length : nl;
    let next = nl === -1 ? -1 : nl + 1;
    if (nextCr !== -1 && nextCr < end) {
      end = nextCr;
      next = s.charCodeAt(nextCr + 1) === 10 ? nextCr + 2 : nextCr + 1;
    }
    const norm = s.slice(pos, end);
    pos = next;
    // The pattern is tried only on lines that open a bracket (few lines do).
    const opening = opensBracket(norm) ? blockLine(norm) : null;
    if (opening !== null) {
      current = {
        label: opening.label,
        from: opening.from,
        to: opening.to,
        months: opening.period.months,
        kind: opening.period.kind,
        rate: opening.rate,
        firstLine: i,
        lines: [opening.rest],
      };
      blocks.push(current);
      if (next === -1) break;
      continue;
    }
    if (!current) {
      // Of the same shape as a labelled block (the rules read blocks of both kinds).
      current = { label: undefined, from: 4, to: 3, months: periodOf(4, 3).months, kind: 'full-year', rate: undefined, firstLine: i, lines: [] };
      blocks.push(current);
    }
    current.lines.push(norm);
    // A rate written on the line after the label belongs to the block.
    if (current.label && current.rate === undefined && current.lines.length <= 2) current.rate = rateIn(norm);
    if (next === -1) break;
  }
  let labelled = false;
  let empty = 0;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    if (b.label) labelled = true;
    else if (!hasText(b.lines)) empty++;
  }
  const nonEmpty = empty === 0 ? blocks : blocks.filter((b) => b.label || hasText(b.lines));
  return { blocks: nonEmpty, labelled };
}

/** Some line holds more than white space. */
function hasText(lines: readonly string[]): boolean {
  for (let i = 0; i < lines.length; i++) if (lines[i].trim() !== '') return true;
  return false;
}
