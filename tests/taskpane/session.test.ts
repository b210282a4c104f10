import { DEFAULT_CONFIG } from '../../src/core/config';
import type { SheetList } from '../../src/host/port';
import {
  activeNotice,
  initialSession,
  otherProcessSheets,
  processSheets,
  reduceSession,
  SessionAction,
  SessionState,
  SheetEntry,
  targetOf,
} from '../../src/taskpane/shell/session';
import { surveyed } from '../../src/taskpane/shell/use-session';
import { sheet, soundRow } from '../helpers/sheet';

const entry = (id: string, name: string, hasHeader?: boolean, visible = true): SheetEntry => ({ id, name, visible, hasHeader });

function after(actions: SessionAction[], from: SessionState = initialSession): SessionState {
  return actions.reduce(reduceSession, from);
}

const BOOK = [entry('cover', '表紙', false), entry('r7', 'R7進捗', true), entry('r6', 'R6進捗', true), entry('example', '記入例', true)];

describe('the session: which sheet the pane checks', () => {
  test('the active sheet when it holds a header', () => {
    const s = after([{ type: 'surveyed', sheets: BOOK, activeId: 'r6' }]);
    expect(targetOf(s)?.name).toBe('R6進捗');
    expect(s.phase).toBe('ready');
    expect(activeNotice(s)).toBeUndefined();
  });

  test("else the CLI's choice: the first sheet with a header that is not an example or a cover, and the pane says so", () => {
    const s = after([{ type: 'surveyed', sheets: [entry('example', '記入例', true), ...BOOK.slice(0, 3)], activeId: 'cover' }]);
    expect(targetOf(s)?.name).toBe('R7進捗');
    expect(activeNotice(s)).toEqual({ kind: 'other', active: '表紙', target: 'R7進捗' });
    expect(otherProcessSheets(s).map((x) => x.name)).toEqual(['記入例', 'R6進捗']);
  });

  test('follows Excel to another sheet with a header, and keeps its sheet when the new active one has none', () => {
    let s = after([{ type: 'surveyed', sheets: BOOK, activeId: 'r7' }]);
    s = reduceSession(s, { type: 'activated', sheetId: 'r6' });
    expect(targetOf(s)?.id).toBe('r6');
    s = reduceSession(s, { type: 'activated', sheetId: 'cover' });
    expect(targetOf(s)?.id).toBe('r6');
    expect(activeNotice(s)).toEqual({ kind: 'other', active: '表紙', target: 'R6進捗' });
  });

  test("the pane's own report sheet, added and activated, never becomes the target", () => {
    let s = after([{ type: 'surveyed', sheets: BOOK, activeId: 'r7' }]);
    // The activation may arrive before the new list of sheets.
    s = reduceSession(s, { type: 'activated', sheetId: 'report' });
    expect(targetOf(s)?.id).toBe('r7');
    s = reduceSession(s, { type: 'surveyed', sheets: [...BOOK, entry('report', '点検結果', false)], activeId: 'report' });
    expect(targetOf(s)?.id).toBe('r7');
    expect(activeNotice(s)).toEqual({ kind: 'other', active: '点検結果', target: 'R7進捗' });
  });

  test('the user may choose another process sheet; an unknown id changes nothing', () => {
    let s = after([
      { type: 'surveyed', sheets: BOOK, activeId: 'r7' },
      { type: 'choose', sheetId: 'r6' },
    ]);
    expect(targetOf(s)?.id).toBe('r6');
    s = reduceSession(s, { type: 'choose', sheetId: 'gone' });
    expect(targetOf(s)?.id).toBe('r6');
    expect(processSheets(s).map((x) => x.id)).toEqual(['r7', 'r6', 'example']);
  });

  test('a deleted target gives way to the next choice', () => {
    let s = after([{ type: 'surveyed', sheets: BOOK, activeId: 'r6' }]);
    s = reduceSession(s, { type: 'surveyed', sheets: BOOK.filter((x) => x.id !== 'r6'), activeId: 'cover' });
    expect(targetOf(s)?.id).toBe('r7');
  });

  test('no sheet with a header: the active sheet, said plainly', () => {
    const s = after([{ type: 'surveyed', sheets: [entry('a', 'メモ', false), entry('b', '表紙', false)], activeId: 'b' }]);
    expect(targetOf(s)?.id).toBe('b');
    expect(activeNotice(s)).toEqual({ kind: 'none', active: '表紙' });
  });

  test('hidden sheets are never chosen nor offered', () => {
    const s = after([{ type: 'surveyed', sheets: [entry('h', '隠し', true, false), entry('c', '表紙', false), entry('r', 'R7', true)], activeId: 'c' }]);
    expect(targetOf(s)?.id).toBe('r');
    expect(otherProcessSheets(s)).toEqual([]);
  });

  test('a sheet read whole gives its new name and whether it has a header; a later list without heads keeps that', () => {
    let s = after([{ type: 'surveyed', sheets: [entry('r7', 'R7進捗')], activeId: 'r7' }]);
    s = reduceSession(s, { type: 'read', sheetId: 'r7', name: '令和7年度', hasHeader: true });
    expect(targetOf(s)).toEqual(entry('r7', '令和7年度', true));
    s = reduceSession(s, { type: 'surveyed', sheets: [entry('r7', '令和7年度'), entry('new', 'Sheet2')], activeId: 'new' });
    expect(targetOf(s)?.hasHeader).toBe(true);
    expect(targetOf(s)?.id).toBe('r7');
  });

  test('the month, saved or inferred', () => {
    const s = after([{ type: 'month', month: 10, inferred: true }]);
    expect(s).toMatchObject({ month: 10, monthInferred: true });
    expect(reduceSession(s, { type: 'month', month: 5, inferred: false })).toMatchObject({ month: 5, monthInferred: false });
  });

  test('a failure before the first list fails the start; later ones are only noted', () => {
    expect(after([{ type: 'failed', error: 'x' }]).phase).toBe('failed');
    expect(
      after([
        { type: 'surveyed', sheets: BOOK, activeId: 'r7' },
        { type: 'failed', error: 'x' },
      ]).phase,
    ).toBe('ready');
  });
});

describe('the survey of a workbook port', () => {
  test("each sheet's first rows say whether it holds a header; no rows, unknown", () => {
    const table = sheet([soundRow()]);
    const list: SheetList = {
      sheets: [
        { id: '1', name: '表紙', visible: true, head: { sheetName: '表紙', rows: [[{ value: '令和7年度' }]] } },
        { id: '2', name: 'R7', visible: true, head: { ...table, rows: table.rows.slice(0, 3) } },
        { id: '3', name: '?', visible: false },
      ],
      activeId: '1',
      workbook: 'b.xlsx',
    };
    expect(surveyed(list, DEFAULT_CONFIG)).toEqual({
      type: 'surveyed',
      activeId: '1',
      workbook: 'b.xlsx',
      sheets: [entry('1', '表紙', false), entry('2', 'R7', true), entry('3', '?', undefined, false)],
    });
  });
});
