import { syntheticSheet } from '../../../bench/synthetic';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { detectHeader } from '../../../src/core/header';
import * as entries from '../../../src/core/parse/entries';
import * as targets from '../../../src/core/parse/targets';
import { classifyRows } from '../../../src/core/rows';
import { cellText, SheetTable } from '../../../src/core/table';
import { validateSheet, ValidateOptions } from '../../../src/core/validate';
import { HEADER } from '../../helpers/sheet';
import { variedSheet } from './sheets';

/**
 * The shape of the engine's work (issue 12), counted, not timed: validating a sheet parses each
 * progress cell and each target cell once, whether the reporting month is given or inferred (the
 * inference and the rules share the parse), and never parses a plan cell (no rule reads one).
 * The parsers are counted through the modules' exports, which the engine calls them by.
 */
const parseEntries = jest.spyOn(entries, 'parseEntries');
const parseTargets = jest.spyOn(targets, 'parseTargets');

afterAll(() => jest.restoreAllMocks());

interface Counted {
  /** Texts parseEntries was called with, and how often. */
  progress: Map<string, number>;
  target: Map<string, number>;
  calls: { entries: number; targets: number };
}

function counted(table: SheetTable, options: ValidateOptions): Counted {
  parseEntries.mockClear();
  parseTargets.mockClear();
  validateSheet(table, options);
  const tally = (calls: unknown[][]) => {
    const m = new Map<string, number>();
    for (const [text] of calls) m.set(text as string, (m.get(text as string) ?? 0) + 1);
    return m;
  };
  return {
    progress: tally(parseEntries.mock.calls),
    target: tally(parseTargets.mock.calls),
    calls: { entries: parseEntries.mock.calls.length, targets: parseTargets.mock.calls.length },
  };
}

/** Column texts of the initiative rows, and of every row under the header holding text (what the inference reads). */
function texts(table: SheetTable) {
  const header = detectHeader(table, DEFAULT_CONFIG)!;
  const rows = classifyRows(table, header).initiatives;
  const col = (key: 'progress' | 'target' | 'plan') => header.columns[key]!;
  const of = (key: 'progress' | 'target' | 'plan', list: number[]) => list.map((r) => cellText(table.rows[r][col(key)]));
  const withText: number[] = [];
  for (let r = header.dataStart; r < table.rows.length; r++) if (typeof table.rows[r]?.[col('progress')]?.value === 'string') withText.push(r);
  const read = [...new Set([...rows, ...withText])];
  return { rows, progress: of('progress', rows), target: of('target', rows), plan: of('plan', rows), inferenceRows: read };
}

/** How many times each text occurs in a list. */
function times(list: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of list) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

describe('each cell is parsed once', () => {
  const synthetic = syntheticSheet(300, 3);

  test.each([
    ['given', 10],
    ['inferred', undefined],
  ])('synthetic sheet, month %s: one parse per progress cell and per target cell, none of plan cells', (_how, month) => {
    const t = texts(synthetic);
    const c = counted(synthetic, { month });
    expect(c.calls.entries).toBe(t.rows.length);
    expect(c.progress).toEqual(times(t.progress));
    expect(c.calls.targets).toBe(t.rows.length);
    expect(c.target).toEqual(times(t.target));
    for (const plan of t.plan) expect(c.progress.get(plan) ?? 0).toBe(t.progress.filter((p) => p === plan).length);
  });

  test('in both languages and with a configuration: the same counts', () => {
    const t = texts(synthetic);
    for (const lang of ['ja', 'en'] as const) {
      const c = counted(synthetic, { month: 9, lang });
      expect([c.calls.entries, c.calls.targets]).toEqual([t.rows.length, t.rows.length]);
    }
  });

  test('a varied sheet (notes, hidden rows, labels of other years), month inferred: rows the inference reads are parsed once too', () => {
    const varied = variedSheet(200, 21);
    // Notes written in the progress column: not initiatives, read by the inference only.
    const progressCol = HEADER.indexOf('進捗状況及び課題');
    for (const at of [10, 50, 90])
      varied.rows.splice(
        at,
        0,
        HEADER.map((_, c) => (c === progressCol ? { value: '※10月:記入例' } : null)),
      );
    const t = texts(varied);
    expect(t.inferenceRows.length).toBe(t.rows.length + 3);
    const c = counted(varied, {});
    // Every initiative row and every other row whose progress column holds text: once each.
    expect(c.calls.entries).toBe(t.inferenceRows.length);
    expect(c.calls.targets).toBe(t.rows.length);
    expect(c.target).toEqual(times(t.target));
  });

  test('month given: rows that are not initiatives are not parsed at all', () => {
    const varied = variedSheet(200, 21);
    const t = texts(varied);
    const c = counted(varied, { month: 10 });
    expect(c.calls.entries).toBe(t.rows.length);
    expect(c.progress).toEqual(times(t.progress));
  });
});
