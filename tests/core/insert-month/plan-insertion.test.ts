import { planInsertion } from '../../../src/core/insert-month';
import type { InsertionRow } from '../../../src/core/insert-month';

describe('planInsertion', () => {
  const rows: InsertionRow[] = [
    { address: 'M5', row: 5, no: 1, initiative: 'A', text: '4月:a\n10月:b', planText: '11月:研修' },
    { address: 'M6', row: 6, no: 2, initiative: 'B', text: '4月~:継続' },
    { address: 'M7', row: 7, no: 3, initiative: 'C', text: '4月:a', isFormula: true },
    { address: 'M8', row: 8, no: 4, initiative: 'D', text: null, planText: '10月~12月:車両を利用した移動支援\n随時:相談' },
    { address: 'M9', row: 9, no: 5, initiative: 'E', text: 42 },
    { address: 'M10', row: 10, no: 6, initiative: 'F', text: '#N/A', isError: true },
    { address: 'M11', row: 11, no: '7', text: '4月:a\r\n12月:b' },
  ];

  test('changes and skipped rows with reasons, in row order', () => {
    const p = planInsertion(rows, 11, '{month}月:');
    expect(p.month).toBe(11);
    expect(p.templateError).toBeUndefined();
    expect(p.changes).toEqual([
      {
        address: 'M5',
        row: 5,
        no: 1,
        initiative: 'A',
        before: '4月:a\n10月:b',
        after: '4月:a\n10月:b\n11月:',
        at: 10,
        inserted: '\n11月:',
        line: '11月:',
        planLines: ['11月:研修'],
      },
      {
        address: 'M8',
        row: 8,
        no: 4,
        initiative: 'D',
        before: '',
        after: '11月:',
        at: 0,
        inserted: '11月:',
        line: '11月:',
        planLines: ['10月~12月:車両を利用した移動支援'],
      },
      {
        address: 'M11',
        row: 11,
        no: '7',
        initiative: undefined,
        before: '4月:a\r\n12月:b',
        after: '4月:a\r\n11月:\r\n12月:b',
        at: 6,
        inserted: '11月:\r\n',
        line: '11月:',
        planLines: [],
      },
    ]);
    expect(p.skipped.map((s) => [s.address, s.no, s.reason])).toEqual([
      ['M6', 2, 'covered'],
      ['M7', 3, 'formula'],
      ['M9', 5, 'not-text'],
      ['M10', 6, 'not-text'],
    ]);
    expect(p.skipped.find((s) => s.address === 'M10')!.message.ja).toContain('#N/A');
  });

  test('each change only adds characters', () => {
    for (const c of planInsertion(rows, 7, '{month}月:').changes) {
      expect(c.after.slice(0, c.at) + c.after.slice(c.at + c.inserted.length)).toBe(c.before);
    }
  });

  test('{plan} is filled per row', () => {
    const p = planInsertion(rows, 11, '{month}月:（予定: {plan}）');
    expect(p.changes.map((c) => c.line)).toEqual(['11月:（予定: 研修）', '11月:（予定: 車両を利用した移動支援）', '11月:（予定: ）']);
  });

  test('the default template', () => {
    expect(planInsertion(rows, 11).changes.map((c) => c.line)).toEqual(['11月:', '11月:', '11月:']);
  });

  test('running the plan again on its results adds nothing', () => {
    const first = planInsertion(rows, 11);
    const again = rows.map((r) => ({ ...r, text: first.changes.find((c) => c.address === r.address)?.after ?? r.text }));
    expect(planInsertion(again, 11).changes).toEqual([]);
  });

  test('a cell limit can be given', () => {
    const p = planInsertion([{ address: 'M5', row: 5, text: '4月:abc' }], 5, '{month}月:', { maxLength: 8 });
    expect(p.skipped.map((s) => s.reason)).toEqual(['too-long']);
  });

  test('a bad template changes nothing', () => {
    const p = planInsertion(rows, 11, '報告:');
    expect(p.changes).toEqual([]);
    expect(p.skipped).toEqual([]);
    expect(p.templateError?.en).toContain('報告:');
  });

  test("a template broken only by some row's plan text changes nothing", () => {
    const p = planInsertion(rows, 11, '{month}月{plan}:');
    expect(p.changes).toEqual([]);
    expect(p.templateError?.ja).toContain('{month}月{plan}:');
  });

  test('a month outside 1–12 changes nothing', () => {
    const p = planInsertion(rows, 13);
    expect(p.changes).toEqual([]);
    expect(p.templateError).toBeDefined();
  });

  test('no rows', () => {
    expect(planInsertion([], 4)).toEqual({ month: 4, changes: [], skipped: [] });
  });
});
