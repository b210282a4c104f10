import { readdirSync, readFileSync, existsSync } from 'fs';
import path from 'path';
import { gzipSync } from 'zlib';

/** DESIGN.md section 7: the pane's initial JavaScript, gzipped (the tabs load lazily). */
export const INITIAL_JS_BUDGET_KB = 120;

export interface BundleResult {
  name: string;
  value: string;
  budget: string;
  ok: boolean;
  /** Gzipped KB of the scripts taskpane.html loads itself; NaN when dist/ is missing. */
  initialKb: number;
  /** Gzipped KB of the chunks loaded on demand (demo, tabs, Office adapter, configuration schema). */
  lazyKb: number;
}

/** Gzipped size of the JavaScript the task pane's HTML loads at start (the lazily loaded chunks excluded). Builds nothing: run `npm run build` first. */
export function benchBundle(dist = path.join(__dirname, '..', '..', 'dist')): BundleResult {
  const name = 'task pane: initial JavaScript, gzipped';
  const budget = `≤ ${INITIAL_JS_BUDGET_KB} KB`;
  const html = path.join(dist, 'taskpane.html');
  if (!existsSync(html)) return { name, value: 'dist/taskpane.html missing: run npm run build', budget, ok: false, initialKb: NaN, lazyKb: NaN };
  // Minified HTML may leave attribute values unquoted.
  const scripts = [...readFileSync(html, 'utf8').matchAll(/<script[^>]+src=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((s) => !/^https?:/.test(s));
  let total = 0;
  const parts: string[] = [];
  for (const s of scripts) {
    const file = path.join(dist, s.replace(/^\.?\//, '').split('?')[0]);
    if (!existsSync(file)) continue;
    const gz = gzipSync(readFileSync(file), { level: 9 }).length;
    total += gz;
    parts.push(`${path.basename(file)} ${(gz / 1024).toFixed(1)} KB`);
  }
  const lazy = readdirSync(dist).filter((f) => f.endsWith('.js') && !scripts.some((s) => s.endsWith(f)));
  const lazyGz = lazy.reduce((n, f) => n + gzipSync(readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
  const initialKb = total / 1024;
  return {
    name,
    value: `${initialKb.toFixed(1)} KB (${parts.join(', ')}); lazily loaded chunks: ${lazy.length}, ${(lazyGz / 1024).toFixed(1)} KB`,
    budget,
    ok: total > 0 && initialKb <= INITIAL_JS_BUDGET_KB,
    initialKb,
    lazyKb: lazyGz / 1024,
  };
}
