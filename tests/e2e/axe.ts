import axe from 'axe-core';
import type { Page } from 'playwright-core';

export interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** Rules of lesser impact the pane is held to as well (issue 11 found them). */
const ALSO = new Set(['heading-order', 'region']);

/**
 * axe-core on the page as it is, every rule: the violations of serious or critical impact, and
 * those of `ALSO`. The one exclusion: `aria-hidden-focus` on Fluent's own focus-trap helpers (`data-tabster-dummy`),
 * focusable elements hidden from assistive technology on purpose; the rule still applies to every
 * other element.
 */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  const loaded = await page.evaluate('typeof window.axe === "object"');
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not stop it.
  if (!loaded) await page.evaluate(axe.source);
  const results = (await page.evaluate('window.axe.run(document, { resultTypes: ["violations"] })')) as axe.AxeResults;
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || ALSO.has(v.id))
    .map((v) => ({
      id: v.id,
      impact: String(v.impact),
      help: v.help,
      nodes: v.nodes
        .filter((n) => !(v.id === 'aria-hidden-focus' && /data-tabster-dummy/.test(n.html)))
        .map((n) => `${n.target.join(' ')}: ${n.html.slice(0, 160)}`),
    }))
    .filter((v) => v.nodes.length > 0);
}
