import { duplicateInitiatives, InitiativeAt } from '../../../src/core/rules/initiative-duplicate';
import rule from '../../../src/core/rules/initiative-duplicate';

const at = (file: number, name: string, no?: number): InitiativeAt => ({ file, fileName: `f${file}.xlsx`, department: `部${file}`, row: 4, no, name });

describe('initiative-duplicate (consolidation)', () => {
  test('metadata', () => expect([rule.code, rule.severity]).toEqual(['initiative-duplicate', 'info']));

  test.each<[string, InitiativeAt[]]>([
    ['different names', [at(0, '見守り'), at(1, '就労支援')]],
    ['the same name twice in one file (validation’s business, not consolidation’s)', [at(0, '見守り'), at(0, '見守り')]],
    ['blank names', [at(0, ''), at(1, '')]],
  ])('valid: %s', (_n, list) => expect(duplicateInitiatives(list)).toEqual([]));

  test.each<[string, InitiativeAt[], number]>([
    ['the same name in two files', [at(0, '見守り', 1), at(1, '見守り', 5)], 1],
    ['full-width and spacing differences are the same name', [at(0, 'ＩＣＴ活用 推進', 1), at(1, 'ICT活用  推進', 2)], 1],
    ['three files: the later two are reported', [at(0, 'x', 1), at(1, 'x', 2), at(2, 'x', 3)], 2],
  ])('invalid: %s', (_n, list, n) => {
    const found = duplicateInitiatives(list);
    expect(found).toHaveLength(n);
    expect(found[0].first.file).toBe(0);
    expect(found[0].message.ja).toContain(`部0（f0.xlsx No.${list[0].no}）にもあります`);
    expect(found[0].message.en).toContain(`also appears in 部0 (f0.xlsx No.${list[0].no})`);
  });
});
