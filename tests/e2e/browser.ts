import { existsSync, mkdirSync } from 'fs';
import path from 'path';
import { Browser, chromium, Page } from 'playwright-core';

/** Debian's Chromium: test tools cannot download a browser here (README: .ci/run installs it). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const SCREENSHOTS = path.join(__dirname, 'screenshots');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startServer } = require('../../scripts/serve-demo.js') as {
  startServer(o: { port: number; http: boolean; host?: string; configFile?: string }): Promise<{ url: string; close(): Promise<void> }>;
};

export interface Demo {
  browser: Browser;
  page: Page;
  url: string;
  close(): Promise<void>;
}

/** Serves dist/ on a free port and opens the demo page in headless Chromium. */
export async function openDemo(query = '?lang=ja', options: { configFile?: string } = {}): Promise<Demo> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  const server = await startServer({ port: 0, http: true, host: '127.0.0.1', configFile: options.configFile });
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
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1400, height: 900 }, locale: 'ja-JP' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url + query);
  return {
    browser,
    page,
    url: server.url,
    async close() {
      await browser.close();
      await server.close();
      if (errors.length) throw new Error(`page errors: ${errors.join('\n')}`);
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });
}
