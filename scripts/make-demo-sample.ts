/**
 * Writes src/taskpane/demo/sample-sheet.json, the sheet the task pane's demo mode shows on the
 * fake Excel host, from tests/fixtures/welfare-r7.xlsx: the values as Excel stores them (a merged
 * area's value only in its top-left cell, dates as serial numbers, errors as `#N/A` …) and the
 * list of merged areas. Run: `npx tsx scripts/make-demo-sample.ts`.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { openXlsx, readSheet } from '../src/host/file/xlsx';
import type { DemoSample } from '../src/host/fake-excel/sample';
import { sheetFromTable } from '../src/host/memory';

const ROOT = path.join(__dirname, '..');
const SOURCE = path.join(ROOT, 'tests', 'fixtures', 'welfare-r7.xlsx');
const TARGET = path.join(ROOT, 'src', 'taskpane', 'demo', 'sample-sheet.json');

/** One row per line: readable diffs without a line per cell. */
function formatSample(sample: DemoSample & { source: string }): string {
  const rows = sample.values.map((row) => `    ${JSON.stringify(row)}`).join(',\n');
  return [
    '{',
    `  "source": ${JSON.stringify(sample.source)},`,
    `  "sheetName": ${JSON.stringify(sample.sheetName)},`,
    `  "merges": ${JSON.stringify(sample.merges ?? [])},`,
    '  "values": [',
    rows,
    '  ]',
    '}',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const book = openXlsx(new Uint8Array(await fs.readFile(SOURCE)));
  const table = readSheet(book, book.activeSheet);
  const values = table.rows.map((row) => {
    const out = row.map((cell) => {
      if (!cell || cell.mergedFrom) return '';
      if (cell.error !== undefined) return cell.error;
      return cell.value ?? '';
    });
    while (out.length && out[out.length - 1] === '') out.pop();
    return out;
  });
  const merges = sheetFromTable(table).merges ?? [];
  const sample = { source: 'tests/fixtures/welfare-r7.xlsx', sheetName: table.sheetName, merges, values };
  await fs.mkdir(path.dirname(TARGET), { recursive: true });
  await fs.writeFile(TARGET, formatSample(sample), 'utf8');
  console.log(`wrote ${path.relative(ROOT, TARGET)}: ${values.length} rows, ${merges.length} merged areas`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
