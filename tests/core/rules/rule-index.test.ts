import fs from 'fs';
import path from 'path';
import { RULES, ruleFor } from '../../../src/core/rules';
import { ISSUE_CODES, IssueCode, Severity } from '../../../src/core/types';
import { isIssueCode, issuesWithCode, knownCode, run, ruleTester, sheet, soundRow } from '../../helpers/sheet';

const ROOT = path.join(__dirname, '..', '..', '..');
const ruleSource = (code: string) => path.join(ROOT, 'src', 'core', 'rules', `${code}.ts`);
const caseTable = (code: string) => path.join(__dirname, `${code}.test.ts`);

/** Severities of DESIGN.md section 3 (column-missing: error for required, warning for optional). */
const DESIGN_SEVERITY: Record<IssueCode, Severity> = {
  'header-not-found': 'error',
  'column-missing': 'error',
  'column-duplicate': 'error',
  'column-unknown': 'info',
  'column-order': 'info',
  'required-empty': 'error',
  'number-invalid': 'error',
  'number-duplicate': 'error',
  'symbol-missing': 'error',
  'symbol-invalid': 'error',
  'month-missing': 'error',
  'month-empty': 'error',
  'month-duplicate': 'warning',
  'month-order': 'warning',
  'month-future': 'warning',
  'month-repeated-text': 'info',
  'target-period-missing': 'info',
  'target-half-missing': 'error',
  'target-rate-missing': 'warning',
  'target-rate-invalid': 'error',
  'target-period-gap': 'warning',
  'target-behind': 'warning',
  'symbol-mismatch': 'warning',
  'file-unreadable': 'error',
  // Consolidation's finding across files (src/core/consolidate), not in DESIGN.md section 3's table yet.
  'initiative-duplicate': 'info',
};

describe('one rule a file, one case table a rule', () => {
  test('ISSUE_CODES lists each code once', () => {
    expect(new Set(ISSUE_CODES).size).toBe(ISSUE_CODES.length);
    expect([...ISSUE_CODES].sort()).toEqual(Object.keys(DESIGN_SEVERITY).sort());
  });

  test.each(ISSUE_CODES.map((c) => [c]))('%s: exactly one rule, its source file and its case table', (code) => {
    expect(RULES.filter((r) => r.code === code)).toHaveLength(1);
    expect(fs.existsSync(ruleSource(code))).toBe(true);
    expect(fs.existsSync(caseTable(code))).toBe(true);
    // The source file's default export is the rule RULES holds.
    expect((require(ruleSource(code)) as { default: unknown }).default).toBe(ruleFor(code));
  });

  test.each(ISSUE_CODES.map((c) => [c]))('%s: severity and description of DESIGN.md section 3', (code) => {
    const rule = ruleFor(code);
    expect(rule.severity).toBe(DESIGN_SEVERITY[code]);
    expect(rule.description.ja.trim()).not.toBe('');
    expect(rule.description.en.trim()).not.toBe('');
    expect(rule.description.ja).not.toBe(rule.description.en);
  });

  test('no rule has a code outside the list', () => {
    expect(RULES.filter((r) => !(ISSUE_CODES as readonly string[]).includes(r.code))).toEqual([]);
    expect(RULES).toHaveLength(ISSUE_CODES.length);
  });

  test('no rule file without a code in the list, and no case table for a code outside it', () => {
    const sources = fs
      .readdirSync(path.join(ROOT, 'src', 'core', 'rules'))
      .filter((f) => f.endsWith('.ts') && !f.startsWith('_') && f !== 'index.ts')
      .map((f) => f.slice(0, -'.ts'.length));
    expect(sources.filter((c) => !isIssueCode(c))).toEqual([]);
    const tables = fs
      .readdirSync(__dirname)
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => f.slice(0, -'.test.ts'.length));
    const others = new Set(['rule-index', 'sound-row']);
    expect(tables.filter((c) => !isIssueCode(c) && !others.has(c))).toEqual([]);
  });
});

describe('the test helpers take known codes only', () => {
  test('an unknown code is refused at run time, even past the type checker', () => {
    const typo = 'month-mising' as IssueCode;
    expect(() => knownCode(typo)).toThrow('unknown issue code "month-mising"');
    expect(() => run(typo, {})).toThrow('unknown issue code');
    expect(() => issuesWithCode(typo, sheet([soundRow()]))).toThrow('unknown issue code');
    expect(() => ruleTester(typo, { valid: [], invalid: [] })).toThrow('unknown issue code');
    expect(isIssueCode('month-mising')).toBe(false);
    expect(ISSUE_CODES.every((c) => isIssueCode(c) && knownCode(c) === c)).toBe(true);
  });

  test('a typo is a type error (checked by tsc --noEmit)', () => {
    // @ts-expect-error -- not an IssueCode
    expect(() => run('month-mising', {})).toThrow();
    // @ts-expect-error -- not an IssueCode
    expect(() => issuesWithCode('symbol-invaild', sheet([soundRow()]))).toThrow();
  });
});
