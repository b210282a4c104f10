import path from 'path';
import { Measure, ROOT, timeNode } from './measure';

/** Sync counts of the Office adapter on the fake Excel (bench/office-syncs.ts, run with tsx). */
export function benchOffice(): Measure[] {
  const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const r = JSON.parse(timeNode([tsx, path.join(ROOT, 'bench', 'office-syncs.ts')], [0]).stdout);
  return [
    {
      key: 'office_syncs_validate',
      value: r.validate,
      unit: 'syncs',
      budget: { op: '<=', limit: 1 },
      about: 'context.sync() calls to read the sample sheet for validation',
    },
    {
      key: 'office_syncs_insert',
      value: r.insert,
      unit: 'syncs',
      budget: { op: '<=', limit: 2 },
      about: 'context.sync() calls to insert month lines',
      detail: `${r.cells} cells`,
    },
  ];
}
