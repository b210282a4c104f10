import { benchBundle } from './bundle';
import { Measure } from './measure';

/** The task pane's figures: initial JavaScript (and, once built, the time to the visible button). */
export async function benchPane(): Promise<Measure[]> {
  const b = benchBundle();
  const kb = Number(/^([\d.]+) KB/.exec(b.value)?.[1] ?? NaN);
  return [
    {
      key: 'taskpane_initial_js_gzip_kb',
      value: kb,
      unit: 'KB',
      budget: { op: '<=', limit: 120 },
      about: "the pane's JavaScript loaded at start, gzipped (tabs and the file layer load lazily)",
      detail: b.value.replace(/^[\d.]+ KB /, ''),
    },
  ];
}
