import fs from 'fs';
import path from 'path';
import { FileReport } from '../../../src/core/types';
import { validateSheet } from '../../../src/core/validate';
import { snapshotCases } from './sheets';

/**
 * The reports of the engine before the performance work (issue 12), kept in report-snapshot.json:
 * the same sheets must give the same reports, in the same key order, with the same issues in the
 * same order and the same messages in Japanese and English (messages are built lazily now, in the
 * language asked for). The Japanese report is kept whole; of the English one, its messages (the
 * test checks that everything else is the Japanese report's).
 *
 * `PERF_SNAPSHOT_WRITE=1 npx jest tests/core/perf/report-snapshot` rewrites the file (then prettier it): only when a
 * change of wording or behaviour is intended, never to make a refactoring pass.
 */
const FILE = path.join(__dirname, 'report-snapshot.json');

interface Kept {
  ja: FileReport;
  en: string[];
}

function reports(): Record<string, Kept> {
  const out: Record<string, Kept> = {};
  for (const c of snapshotCases()) {
    const table = c.table();
    const ja = validateSheet(table, { ...c.options, lang: 'ja' });
    const en = validateSheet(table, { ...c.options, lang: 'en' });
    out[c.name] = { ja, en: en.issues.map((i) => i.message) };
    // Apart from the messages, the English report is the Japanese one.
    const stripped = (r: FileReport) => JSON.stringify({ ...r, issues: r.issues.map((i) => ({ ...i, message: '' })) });
    if (stripped(ja) !== stripped(en)) throw new Error(`${c.name}: the English report differs from the Japanese one beyond its messages`);
  }
  return out;
}

const now = reports();

if (process.env.PERF_SNAPSHOT_WRITE === '1') {
  fs.writeFileSync(FILE, JSON.stringify(now) + '\n');
}

const kept: Record<string, Kept> = JSON.parse(fs.readFileSync(FILE, 'utf8'));

describe('reports are those of the engine before the performance work', () => {
  test('the same cases', () => {
    expect(Object.keys(now)).toEqual(Object.keys(kept));
  });

  test('the cases find issues of every code a sheet can give, in both languages', () => {
    const codes = new Set<string>();
    for (const r of Object.values(kept)) for (const i of r.ja.issues) codes.add(i.code);
    const rowAndSheetCodes = [
      'required-empty',
      'number-invalid',
      'number-duplicate',
      'symbol-missing',
      'symbol-invalid',
      'month-missing',
      'month-empty',
      'month-duplicate',
      'month-order',
      'month-future',
      'month-repeated-text',
      'target-period-missing',
      'target-half-missing',
      'target-rate-missing',
      'target-rate-invalid',
      'target-period-gap',
      'target-behind',
      'symbol-mismatch',
    ];
    expect(rowAndSheetCodes.filter((c) => !codes.has(c))).toEqual([]);
  });

  test.each(Object.keys(kept))('%s', (name) => {
    // Compared as objects for a readable difference, then as text for the key order.
    expect(now[name].ja).toEqual(kept[name].ja);
    expect(now[name].en).toEqual(kept[name].en);
    expect(JSON.stringify(now[name])).toBe(JSON.stringify(kept[name]));
  });
});
