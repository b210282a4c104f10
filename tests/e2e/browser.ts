import { existsSync, mkdirSync } from 'fs';
import path from 'path';
import { Browser, chromium, Page, Route } from 'playwright-core';

/** Debian's Chromium: test tools cannot download a browser here (README: .ci/run installs it). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const SCREENSHOTS = path.join(__dirname, 'screenshots');
/**
 * Screenshots docs/deploy.md and the README show, taken by the e2e tests: written into docs/ only
 * with UPDATE_DOCS=1 (`UPDATE_DOCS=1 npm run test:e2e`), so a test run leaves the checkout as it was.
 */
export const DOC_SHOTS = process.env.UPDATE_DOCS === '1' ? path.join(__dirname, '..', '..', 'docs') : path.join(__dirname, 'screenshots', 'docs');
export const OFFICE_CDN_HOST = 'appsforoffice.microsoft.com';

const { startServer } = require('../../scripts/serve-demo.js') as {
  startServer(o: { port: number; http: boolean; host?: string; configFile?: string }): Promise<{ url: string; close(): Promise<void> }>;
};

export interface DemoOptions {
  configFile?: string;
  /** Viewport width in CSS pixels (1400 by default; Excel's task pane is about 350). */
  width?: number;
  height?: number;
  /**
   * What happens to a request for Office.js: `refuse` (the default: the test fails, the demo must
   * never ask for it), `hold` (never answered, a CDN that hangs), or a handler of the test's own.
   * Whatever the choice, the request never leaves the machine.
   */
  officeJs?: 'refuse' | 'hold' | ((route: Route) => void);
  /** Navigate at once (the default), or leave it to the test. */
  navigate?: boolean;
}

export interface Demo {
  browser: Browser;
  page: Page;
  url: string;
  /** Every request the page made, in order. */
  requests: string[];
  /** Requests to any host but the demo server's. */
  foreign(): string[];
  close(): Promise<void>;
}

/**
 * Serves dist/ on a free port and opens the demo page in headless Chromium. Every request is
 * recorded; any to another host than the demo server is stopped in the browser and fails the
 * test when the demo closes, as do page errors and Content-Security-Policy violations.
 */
export async function openDemo(query = '?lang=ja', options: DemoOptions = {}): Promise<Demo> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  const server = await startServer({ port: 0, http: true, host: '127.0.0.1', configFile: options.configFile });
  const serverHost = new URL(server.url).host;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: options.width ?? 1400, height: options.height ?? 900 },
    locale: 'ja-JP',
    // Colours are checked as they end up, not halfway through a button's transition.
    reducedMotion: 'reduce',
  });
  const requests: string[] = [];
  const allowed = new Set([serverHost]);
  if (options.officeJs && options.officeJs !== 'refuse') allowed.add(OFFICE_CDN_HOST);
  context.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host === serverHost) return route.continue();
    if (url.host === OFFICE_CDN_HOST && typeof options.officeJs === 'function') return options.officeJs(route);
    if (url.host === OFFICE_CDN_HOST && options.officeJs === 'hold') return undefined;
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) errors.push(`CSP: ${m.text()}`);
  });
  if (options.navigate !== false) {
    try {
      // Not `load`: a script added while the page loads (Office.js, when it hangs) holds that event back.
      await page.goto(server.url + query, { waitUntil: 'domcontentloaded' });
    } catch (e) {
      await browser.close();
      await server.close();
      throw e;
    }
  }
  const foreign = () => requests.filter((r) => !allowed.has(new URL(r).host));
  return {
    browser,
    page,
    url: server.url,
    requests,
    foreign,
    async close() {
      await browser.close();
      await server.close();
      if (errors.length) throw new Error(`page errors: ${errors.join('\n')}`);
      if (foreign().length) throw new Error(`requests to other hosts than the demo server: ${foreign().join(', ')}`);
    },
  };
}

export async function screenshot(page: Page, name: string, dir = SCREENSHOTS): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: false });
}
