import { ConsolidationState, finished, initialConsolidation, reduceConsolidation } from '../../src/taskpane/consolidate/consolidation-state';

/** The 集約 tab's state alone: files added, read in turn, cancelled, read again; the question before replacing. */

function withFiles(...names: string[]): ConsolidationState {
  return reduceConsolidation(initialConsolidation, { type: 'add', files: names.map((n) => ({ id: n, name: n, size: 1 })), duplicates: [] });
}

test('each file goes waiting → reading → read or unreadable; the count of files read follows', () => {
  let s = reduceConsolidation(withFiles('a.xlsx', 'b.xlsx', 'c.xlsx'), { type: 'start' });
  expect(s.phase).toBe('reading');
  s = reduceConsolidation(s, { type: 'reading', id: 'a.xlsx' });
  expect(s.files.map((f) => f.status)).toEqual(['reading', 'waiting', 'waiting']);
  s = reduceConsolidation(s, { type: 'read', id: 'a.xlsx', entry: { sheet: 'R7', initiatives: 4, counts: { error: 0, warning: 1, info: 2 } } });
  s = reduceConsolidation(s, { type: 'unreadable', id: 'b.xlsx', reason: { ja: '壊れています', en: 'broken' } });
  expect(finished(s.files)).toBe(2);
  expect(s.files[0]).toMatchObject({ status: 'read', initiatives: 4, counts: { error: 0, warning: 1, info: 2 } });
  expect(s.files[1]).toMatchObject({ status: 'unreadable', reason: { ja: '壊れています', en: 'broken' } });
  expect(s.files[2].status).toBe('waiting');
});

test('a cancel stops after the file under way: the files not read are marked, and can be read later', () => {
  let s = reduceConsolidation(withFiles('a.xlsx', 'b.xlsx', 'c.xlsx'), { type: 'start' });
  s = reduceConsolidation(s, { type: 'reading', id: 'a.xlsx' });
  s = reduceConsolidation(s, { type: 'cancel' });
  expect(s.phase).toBe('stopping');
  s = reduceConsolidation(s, { type: 'read', id: 'a.xlsx', entry: { initiatives: 1 } });
  s = reduceConsolidation(s, { type: 'stopped' });
  expect(s.files.map((f) => f.status)).toEqual(['read', 'cancelled', 'cancelled']);
  s = reduceConsolidation(s, { type: 'consolidated', result: undefined });
  expect(s.phase).toBe('done');
  s = reduceConsolidation(s, { type: 'requeue', all: false });
  expect(s.files.map((f) => f.status)).toEqual(['read', 'waiting', 'waiting']);
  // A cancel outside reading changes nothing.
  expect(reduceConsolidation(s, { type: 'cancel' })).toBe(s);
});

test('the month changed: every file is read again', () => {
  let s = withFiles('a.xlsx', 'b.xlsx');
  s = reduceConsolidation(s, { type: 'read', id: 'a.xlsx', entry: { initiatives: 1 } });
  s = reduceConsolidation(s, { type: 'unreadable', id: 'b.xlsx', reason: { ja: 'x', en: 'x' } });
  s = reduceConsolidation(s, { type: 'requeue', all: true });
  expect(s.files.map((f) => f.status)).toEqual(['waiting', 'waiting']);
});

test('writing: asked first when sheets would be replaced; declining leaves the workbook alone', () => {
  let s = reduceConsolidation(withFiles('a.xlsx'), { type: 'consolidated', result: undefined });
  s = reduceConsolidation(s, { type: 'writing' });
  expect(s.phase).toBe('writing');
  s = reduceConsolidation(s, { type: 'ask', sheets: [{ id: '{1}', name: '全庁集約' }] });
  expect(s).toMatchObject({ phase: 'confirm', confirm: [{ id: '{1}', name: '全庁集約' }] });
  s = reduceConsolidation(s, { type: 'declined' });
  expect(s).toMatchObject({ phase: 'done', write: { ok: false, declined: true } });
  expect(s.confirm).toBeUndefined();
});

test('files already in the list are named, not added', () => {
  const s = reduceConsolidation(withFiles('a.xlsx'), { type: 'add', files: [], duplicates: ['a.xlsx'] });
  expect(s.files).toHaveLength(1);
  expect(s.duplicates).toEqual(['a.xlsx']);
});
