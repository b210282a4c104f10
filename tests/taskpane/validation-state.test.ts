import { validateSheet } from '../../src/core/validate';
import { initialState, reduce, ValidationState } from '../../src/taskpane/validate/use-validation';
import { sheet, soundRow } from '../helpers/sheet';

const report = validateSheet(sheet([soundRow(), soundRow({ 'No.': 2, 進捗状況及び課題: '4月:a' })]), { month: 10 });
const done = (s: ValidationState) =>
  reduce(s, { type: 'done', report, sheetId: 'id1', sheetName: 'Sheet1', checkedAt: new Date(2025, 9, 31, 14, 5), month: 10 });

describe('the 点検 tab state', () => {
  test('a new check keeps the previous result on screen while it runs, and replaces it after', () => {
    const first = done(initialState);
    const running = reduce(first, { type: 'start' });
    expect(running.status).toBe('loading');
    expect(running.report).toBe(report);
    expect(done(running)).toMatchObject({ status: 'done', sheetId: 'id1', month: 10 });
  });

  test('only a result goes out of date, with the first reason kept until the next check', () => {
    expect(reduce(initialState, { type: 'stale', reason: 'edited' }).stale).toBeUndefined();
    let s = reduce(done(initialState), { type: 'stale', reason: 'inserted' });
    s = reduce(s, { type: 'stale', reason: 'edited' });
    expect(s.stale).toBe('inserted');
    expect(done(s).stale).toBeUndefined();
  });

  test("a report sheet's outcome is shown until the next check; an error is kept apart from refusals", () => {
    let s = reduce(done(initialState), { type: 'writing' });
    expect(s.writing).toBe(true);
    s = reduce(s, { type: 'written', result: { ok: true, written: 2, sheet: '点検結果' } });
    expect(s).toMatchObject({ writing: false, write: { ok: true, sheet: '点検結果' } });
    expect(done(s).write).toBeUndefined();
    s = reduce(reduce(s, { type: 'writing' }), { type: 'write-failed', error: 'boom' });
    expect(s).toMatchObject({ writing: false, writeError: 'boom', status: 'done' });
  });

  test('the severity filter toggles', () => {
    const s = reduce(initialState, { type: 'toggle', severity: 'info' });
    expect([...s.shown]).toEqual(['error', 'warning']);
    expect([...reduce(s, { type: 'toggle', severity: 'info' }).shown].sort()).toEqual(['error', 'info', 'warning']);
  });
});
