import type { Issue } from '../../src/core/types';
import { MARK_COLORS, marksFor, parseMarks, serializeMarks, withMarks, withoutMarks } from '../../src/taskpane/validate/marks';

const issue = (cell: string | undefined, severity: Issue['severity']): Issue => ({ code: 'month-missing', severity, cell, message: 'm' });

describe('marking problem cells', () => {
  test('errors red, warnings yellow, the more severe wins a cell; notes and whole-sheet issues are left out', () => {
    expect(
      marksFor([issue('M9', 'warning'), issue('M9', 'error'), issue('J14', 'warning'), issue('K3', 'info'), issue(undefined, 'error'), issue('M9', 'warning')]),
    ).toEqual([
      { address: 'M9', color: MARK_COLORS.error },
      { address: 'J14', color: MARK_COLORS.warning },
    ]);
  });

  test('the stored list: read back as written, anything broken read as none', () => {
    const list = withMarks([], 'id1', 'R7', [{ address: 'M9', color: '#FFC7CE' }]);
    expect(parseMarks(serializeMarks(list))).toEqual(list);
    expect(parseMarks('{')).toEqual([]);
    expect(parseMarks(JSON.stringify({ sheets: [{ sheetId: 'x', sheetName: 'y', cells: [{ address: 'A1', color: 'red' }] }] }))).toEqual([]);
    expect(parseMarks(undefined)).toEqual([]);
  });

  test('marks added per sheet, a cell once; removed per sheet', () => {
    let list = withMarks([], 'a', 'A', [{ address: 'M9', color: '#FFC7CE' }]);
    list = withMarks(list, 'a', 'A', [
      { address: 'M9', color: '#FFEB9C' },
      { address: 'J1', color: '#FFEB9C' },
    ]);
    list = withMarks(list, 'b', 'B', [{ address: 'A1', color: '#FFC7CE' }]);
    expect(list.map((g) => [g.sheetId, g.cells.map((c) => c.address)])).toEqual([
      ['a', ['M9', 'J1']],
      ['b', ['A1']],
    ]);
    list = withoutMarks(list, 'a', ['M9', 'J1']);
    expect(list.map((g) => g.sheetId)).toEqual(['b']);
  });
});
