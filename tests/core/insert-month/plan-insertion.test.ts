import { planInsertion } from '../../../src/core/insert-month';

describe('planInsertion', () => {
  const rows = [
    { address: 'M5', row: 5, no: 1, initiative: 'A', text: '4月:a\n10月:b', planText: '11月:研修' },
    { address: 'M6', row: 6, no: 2, initiative: 'B', text: '4月~:継続' },
    { address: 'M7', row: 7, no: 3, initiative: 'C', text: '=X', isFormula: true },
    { address: 'M8', row: 8, no: 4, initiative: 'D', text: null },
  ];

  test('changes and skipped rows with reasons', () => {
    const p = planInsertion(rows, 11);
    expect(p.changes.map((c) => [c.address, c.after, c.planLines])).toEqual([
      ['M5', '4月:a\n10月:b\n11月:', ['11月:研修']],
      ['M8', '11月:', []],
    ]);
    expect(p.skipped.map((s) => [s.address, s.reason])).toEqual([
      ['M6', 'covered'],
      ['M7', 'formula'],
    ]);
  });

  test('a bad template changes nothing', () => {
    const p = planInsertion(rows, 11, '報告:');
    expect(p.changes).toEqual([]);
    expect(p.templateError?.en).toContain('報告:');
  });
});
