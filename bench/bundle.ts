import { readdirSync, readFileSync, existsSync } from 'fs';
import path from 'path';
import { gzipSync } from 'zlib';

/** Gzipped size of the JavaScript the task pane's HTML loads at start (the lazily loaded chunks excluded). */
export function benchBundle(dist = path.join(__dirname, '..', '..', 'dist')): { name: string; value: string; budget: string; ok: boolean } {
  const name = 'task pane: initial JavaScript, gzipped';
  const html = path.join(dist, 'taskpane.html');
  if (!existsSync(html)) return { name, value: 'dist/taskpane.html missing: run npm run build', budget: '≤ 250 KB', ok: false };
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
  // The chunks loaded on demand (the pane inside Excel, or the demo and its sample) for the record.
  const lazy = readdirSync(dist).filter((f) => f.endsWith('.js') && !scripts.some((s) => s.endsWith(f)));
  const lazyGz = lazy.reduce((n, f) => n + gzipSync(readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
  return {
    name,
    value: `${(total / 1024).toFixed(1)} KB (${parts.join(', ')}); lazily loaded chunks: ${lazy.length}, ${(lazyGz / 1024).toFixed(1)} KB`,
    budget: '≤ 250 KB',
    ok: total > 0 && total <= 250 * 1024,
  };
}
