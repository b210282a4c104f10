/** @jest-environment jsdom */
import { HostSigns, loadOfficeJs, startMode } from '../../src/taskpane/boot/office-host';

const outside: HostSigns = { address: '', windowName: '', sessionKeys: [], framed: false, bridge: false };

describe('start-up: inside Office or not, without a race', () => {
  test('a browser tab without any sign of Office starts the demo (Office.js is not requested)', () => {
    expect(startMode(outside)).toBe('demo');
    expect(startMode({ ...outside, address: '?lang=ja&pane=only' })).toBe('demo');
  });

  test.each<[string, Partial<HostSigns>]>([
    ['the _host_Info Office adds to the address', { address: '?_host_Info=Excel$Win32$16.01$ja-JP$$$$0' }],
    ['the host info Office.js keeps in the window name', { windowName: '{"hostInfoValue":"Excel|Web"}' }],
    ['the host info kept in session storage', { sessionKeys: ['hostInfoValue'] }],
    ['a frame (Excel on the web)', { framed: true }],
    ["a webview's Office bridge (Windows, Mac, iPad)", { bridge: true }],
  ])('%s: wait for Office', (_, signs) => {
    expect(startMode({ ...outside, ...signs })).toBe('office');
  });

  test('?demo and ?office decide', () => {
    expect(startMode({ ...outside, address: '?demo', framed: true })).toBe('demo');
    expect(startMode({ ...outside, address: '?lang=en&office' })).toBe('office');
  });

  test('Office.js is added async (never blocking the page) and its failure is reported', async () => {
    const result = loadOfficeJs(document, 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    const script = document.head.querySelector('script[src*="office.js"]') as HTMLScriptElement;
    expect(script.async).toBe(true);
    script.dispatchEvent(new Event('error'));
    await expect(result).resolves.toBe('failed');
  });
});
