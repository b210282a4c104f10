import { benchBundle } from './bundle';
import { Measure } from './measure';
import { benchPaneReady } from './pane-ready';

/** The task pane's figures: initial JavaScript and the time to the visible 点検する button. */
export async function benchPane(): Promise<Measure[]> {
  const b = benchBundle();
  const ready = await benchPaneReady({ runs: 7 });
  const narrow = await benchPaneReady({ runs: 5, query: '?lang=ja&pane=only', width: 350 });
  return [
    {
      key: 'taskpane_initial_js_gzip_kb',
      value: b.initialKb,
      unit: 'KB',
      budget: { op: '<=', limit: 120 },
      about: "the pane's JavaScript loaded at start, gzipped (tabs and the file layer load lazily)",
      detail: `lazily loaded chunks ${b.lazyKb.toFixed(1)} KB`,
    },
    {
      key: 'taskpane_ready_ms',
      value: ready.medianMs,
      unit: 'ms',
      budget: { op: '<=', limit: 1000 },
      about: 'navigation → the 点検する button visible outside Office, the Office.js request held back (1400 px demo)',
      detail: `runs ${ready.runsMs.map((m) => m.toFixed(0)).join(', ')}; pane alone at 350 px: ${narrow.medianMs.toFixed(0)} ms; Office.js requests: ${ready.officeJsRequests}`,
    },
  ];
}
