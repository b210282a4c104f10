import { chooseSheet, findSheetByName, isExampleName, SheetCandidate } from '../../src/core/sheet-choice';

/** Sheets as `name` or `name:h` (holds a header), `!` in front for a hidden sheet. */
function book(...specs: string[]): { sheets: SheetCandidate[]; header: (i: number) => boolean; asked: number[] } {
  const asked: number[] = [];
  const parsed = specs.map((s) => ({ hidden: s.startsWith('!'), name: s.replace(/^!/, '').replace(/:h$/, ''), header: s.endsWith(':h') }));
  return {
    sheets: parsed.map(({ name, hidden }) => ({ name, hidden })),
    header: (i) => {
      asked.push(i);
      return parsed[i].header;
    },
    asked,
  };
}
const choose = (active: number, ...specs: string[]) => {
  const b = book(...specs);
  const choice = chooseSheet(b.sheets, active, b.header);
  return { ...choice, name: b.sheets[choice.index]?.name, asked: b.asked };
};

describe('chooseSheet (DESIGN.md section 2, "Which sheet")', () => {
  test('the active sheet wins when its header is found there', () => {
    expect(choose(1, '記入例:h', 'R7:h', '集計:h')).toMatchObject({ index: 1, otherSheets: ['記入例', '集計'] });
  });

  test('except an active example when a real sheet has a header: staff often save while looking at the example', () => {
    expect(choose(0, '記入例:h', 'R7:h')).toMatchObject({ name: 'R7', otherSheets: ['記入例'] });
  });

  test('an active example is still chosen when no other sheet has a header', () => {
    expect(choose(0, '記入例:h', '表紙')).toMatchObject({ name: '記入例', otherSheets: [] });
  });

  test.each([
    ['a cover', ['表紙', 'R7:h']],
    ['instructions', ['記入要領', 'R7:h']],
    ['a filled-in example', ['記入例:h', 'R7:h']],
    ['a sample (見本)', ['見本:h', 'R7:h']],
    ['an example (例)', ['入力例:h', 'R7:h']],
    ['several of them', ['表紙', '記入要領', '記入例:h', '見本:h', 'R7:h']],
    ['English names', ['Cover', 'Instructions', 'Sample:h', 'Example:h', 'R7:h']],
    ['full-width names', ['Ｓａｍｐｌｅ:h', 'R7:h']],
  ])('%s in front is passed over when the active sheet has no header', (_name, specs) => {
    const r = choose(0, 'メモ', ...specs);
    expect(r.name).toBe('R7');
    expect(r.otherSheets).toEqual(specs.filter((s) => s.endsWith(':h') && s !== 'R7:h').map((s) => s.slice(0, -2)));
  });

  test('the first sheet with a header after the active one, when the active one has none', () => {
    expect(choose(0, '表紙', '福祉部:h', '子ども部:h')).toMatchObject({ name: '福祉部', otherSheets: ['子ども部'] });
  });

  test('hidden sheets are never chosen and never named', () => {
    expect(choose(0, '!R7:h', '福祉部:h')).toMatchObject({ name: '福祉部', otherSheets: [] });
    expect(choose(1, '表紙', '!R7:h', '記入例:h')).toMatchObject({ name: '記入例', otherSheets: [] });
    expect(choose(0, '!R7:h', 'メモ')).toMatchObject({ name: 'メモ', otherSheets: [] });
  });

  test('only example sheets hold a header: the first of them', () => {
    expect(choose(0, '表紙', '記入例:h', '見本:h')).toMatchObject({ name: '記入例', otherSheets: ['見本'] });
  });

  test('fallback when no sheet has a header: the active sheet (which reports header-not-found)', () => {
    expect(choose(1, '表紙', 'メモ', '集計')).toMatchObject({ index: 1, otherSheets: [] });
    expect(choose(0, 'Sheet1')).toMatchObject({ index: 0, otherSheets: [] });
  });

  test('an active index out of range or on a hidden sheet falls back to the first visible sheet', () => {
    expect(choose(7, 'メモ', '集計')).toMatchObject({ index: 0 });
    expect(choose(0, '!R7', 'メモ', '集計')).toMatchObject({ index: 1 });
  });

  test('asks each sheet for its header once at most, and hidden sheets never', () => {
    const r = choose(0, '表紙', '!非表示:h', '記入例:h', 'R7:h', '集計');
    expect(r.name).toBe('R7');
    expect([...r.asked].sort()).toEqual([...new Set(r.asked)].sort());
    expect(r.asked).not.toContain(1);
  });
});

describe('isExampleName', () => {
  test.each(['記入例', 'R7 記入例', '見本', 'サンプル', '表紙', '記入要領', '記入方法', 'Sample', 'EXAMPLE', 'cover', 'Ｓａｍｐｌｅ'])(
    '%s marks an example, a cover or instructions',
    (name) => {
      expect(isExampleName(name)).toBe(true);
    },
  );
  test.each(['R7', '福祉部', '取組実施プロセスシート', 'Sheet1', '集計'])('%s does not', (name) => {
    expect(isExampleName(name)).toBe(false);
  });
});

describe('findSheetByName (--sheet)', () => {
  const names = ['表紙', 'R7', 'ＦＹ２０２５', 'Data'];
  test.each<[string, number | undefined]>([
    ['R7', 1],
    ['r7', 1],
    [' R7 ', 1],
    ['FY2025', 2],
    ['data', 3],
    ['R8', undefined],
  ])('%s → %p', (wanted, index) => {
    expect(findSheetByName(names, wanted)).toBe(index);
  });
  test('the exact name first', () => {
    expect(findSheetByName(['data', 'Data'], 'Data')).toBe(1);
  });
});
