/**
 * Office round trips (DESIGN.md section 7), counted on the fake Excel: validating reads the sheet
 * in 1 `context.sync()`; inserting month lines takes at most 2. Run with tsx (the Office adapter
 * is built for the browser): prints `{"validate": n, "insert": n}`.
 */
import { DEFAULT_CONFIG } from '../src/core/config';
import { detectHeader } from '../src/core/header';
import { insertionRows, planInsertion } from '../src/core/insert-month';
import { validateSheet } from '../src/core/validate';
import { createDemoWorkbook } from '../src/host/memory';
import sample from '../src/taskpane/demo/sample-sheet.json';

async function main(): Promise<void> {
  const { port, fake } = createDemoWorkbook(sample);
  const before = fake.syncCount;
  const table = await port.readSheet();
  const validate = fake.syncCount - before;
  validateSheet(table, { month: 10 });
  const header = detectHeader(table, DEFAULT_CONFIG)!;
  const plan = planInsertion(insertionRows(table, header), 11);
  const start = fake.syncCount;
  const result = await port.writeCells(
    table.sheetName,
    plan.changes.map((c) => ({ address: c.address, before: c.before, after: c.after, insert: { at: c.at, text: c.inserted } })),
  );
  const insert = fake.syncCount - start;
  if (!result.ok) throw new Error(`the insertion was refused: ${JSON.stringify(result.refusal)}`);
  process.stdout.write(JSON.stringify({ validate, insert, cells: plan.changes.length }));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
