/**
 * Child process of the core benchmark: `cold N` times the first validation of N rows in this
 * fresh process; `rss N` reports the peak memory of building and validating N rows.
 */
import { validateSheet } from '../src/core/validate';
import { syntheticSheet } from './synthetic';

const [mode, n] = process.argv.slice(2);
const rows = Number(n);
const table = syntheticSheet(rows);
if (mode === 'cold') {
  const t0 = process.hrtime.bigint();
  const issues = validateSheet(table, { month: 10 }).issues.length;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(JSON.stringify({ ms, issues }));
} else {
  const tableRssMb = process.memoryUsage().rss / 2 ** 20;
  const issues = validateSheet(table, { month: 10 }).issues.length;
  process.stdout.write(JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024, tableRssMb, issues }));
}
