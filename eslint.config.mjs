import officeAddins from 'eslint-plugin-office-addins';
import tsParser from '@typescript-eslint/parser';

/**
 * `npm run lint` (office-addin-lint): the Office add-in rules and prettier, on TypeScript.
 * - `no-undef` is TypeScript's job (`tsc --noEmit` in npm test): it does not know type-only globals such as NodeJS.
 * - The Office.js load/sync rules are off: they read any `getRange`/`getCell` as Office.js (the ExcelJS adapter, the
 *   fake Excel) and cannot follow a sync made through a helper (`syncOn`, `this.ctx.sync()`), so in src/host/office they
 *   only raised false alarms. What they look for is enforced for real: the adapter's tests run against the fake Excel,
 *   which throws PropertyNotLoaded on a property read before load() and sync() (tests/host).
 */
const NOT_OFFICE_JS = ['src/**'];

export default [
  ...officeAddins.configs.recommended,
  {
    plugins: { 'office-addins': officeAddins },
    languageOptions: { parser: tsParser },
    rules: {
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: NOT_OFFICE_JS,
    rules: {
      'office-addins/call-sync-before-read': 'off',
      'office-addins/call-sync-after-load': 'off',
      'office-addins/load-object-before-read': 'off',
    },
  },
];
