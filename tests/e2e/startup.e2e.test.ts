import { readFileSync } from 'fs';
import path from 'path';
import { openDemo, OFFICE_CDN_HOST } from './browser';

/**
 * Start-up (issue 11): outside Office the pane never waits for, nor even asks, Microsoft's CDN;
 * inside Office it waits for Office.onReady as long as Office takes, with no race into the demo;
 * the demo starts there only when Office.js cannot load. The page carries a Content-Security-Policy
 * (scripts and connections: itself and the Office.js CDN).
 */

/** Office.js as Excel would answer it, slowly (2 s), from an Excel too old for the add-in. */
const SLOW_OLD_EXCEL = `
window.Office = {
  onReady: function () { return new Promise(function (resolve) { setTimeout(function () { resolve({ host: 'Excel', platform: 'PC' }); }, 2000); }); },
  context: { displayLanguage: 'ja-JP', requirements: { isSetSupported: function () { return false; } } }
};
window.Excel = { run: function () { return Promise.reject(new Error('not used')); } };
`;

const bootText = "document.querySelector('.psc-boot') ? document.querySelector('.psc-boot').textContent : ''";

describe('start-up', () => {
  test('the page has a Content-Security-Policy and no inline script', () => {
    const html = readFileSync(path.join(__dirname, '..', '..', 'dist', 'taskpane.html'), 'utf8');
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    expect(csp).toMatch(/connect-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    expect(csp).toMatch(/object-src 'none'/);
    for (const tag of html.match(/<script[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc=/);
    expect(html).not.toMatch(/\son(load|error)=/);
  });

  test('outside Office: the demo at once, and no request for Office.js', async () => {
    const demo = await openDemo('?lang=ja');
    try {
      await demo.page.getByTestId('validate-button').waitFor();
      expect(demo.requests.some((r) => new URL(r).host === OFFICE_CDN_HOST)).toBe(false);
      expect(await demo.page.getByTestId('demo-banner').innerText()).toContain('デモモード');
    } finally {
      await demo.close();
    }
  });

  test('inside Office, a slow Office.onReady is waited for: never the demo', async () => {
    let asked = 0;
    const demo = await openDemo('?_host_Info=Excel$Win32$16.01$ja-JP$$$$0', {
      officeJs: (route) => {
        asked++;
        void route.fulfill({ status: 200, contentType: 'text/javascript', body: SLOW_OLD_EXCEL });
      },
    });
    try {
      const { page } = demo;
      await page.waitForFunction(`${bootText}.includes('Excel に接続しています')`);
      await page.waitForTimeout(1_600);
      expect(await page.getByTestId('demo-banner').count()).toBe(0);
      // Office answered: the Office path, here an Excel below ExcelApi 1.4, said so in Japanese.
      await page.getByText('この Excel では使用できません', { exact: false }).waitFor({ timeout: 5_000 });
      expect(await page.getByTestId('demo-banner').count()).toBe(0);
      expect(asked).toBe(1);
    } finally {
      await demo.close();
    }
  });

  test('inside Office with the CDN hanging: still waiting, saying so; with Office.js refused: the demo, saying why', async () => {
    const held = await openDemo('?office&lang=ja', { officeJs: 'hold' });
    try {
      await held.page.waitForFunction(`${bootText}.includes('Excel')`);
      await held.page.waitForTimeout(3_200);
      expect(await held.page.evaluate(bootText)).toContain('Excel の応答を待っています');
      expect(await held.page.getByTestId('demo-banner').count()).toBe(0);
    } finally {
      await held.close();
    }
    const refused = await openDemo('?office&lang=ja', { officeJs: (route) => void route.abort('blockedbyclient') });
    try {
      await refused.page.getByTestId('validate-button').waitFor();
      expect(await refused.page.getByTestId('demo-banner').innerText()).toContain('Office.js を読み込めなかったため');
    } finally {
      await refused.close();
    }
  });
});
