import { createRoot } from 'react-dom/client';
import { pickLang } from './i18n';

/**
 * Start-up: inside Excel the pane runs on the Office.js adapter; outside Office (no `Office`,
 * `Office.onReady` without a host, or Office.js that never loads) it starts the demo on the
 * fake Excel with the bundled sample sheet.
 */
const OFFICE_WAIT_MS = 1500;

async function officeHost(): Promise<string | undefined> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return undefined;
  const ready = Office.onReady().then((info) => (info.host ? String(info.host) : undefined));
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), OFFICE_WAIT_MS));
  return Promise.race([ready, timeout]).catch(() => undefined);
}

async function main(): Promise<void> {
  const rootEl = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  const root = createRoot(rootEl);
  const host = await officeHost();
  if (host === 'Excel') {
    const [{ App }, { createOfficeWorkbook, officeJsHost }] = await Promise.all([import('./shell/App'), import('../host/office')]);
    const lang = pickLang(Office.context.displayLanguage, location.search);
    root.render(<App port={createOfficeWorkbook(officeJsHost())} lang={lang} />);
    return;
  }
  const [{ DemoLayout }, { createDemoWorkbook }, sample] = await Promise.all([
    import('./demo/DemoLayout'),
    import('../host/memory'),
    import('./demo/sample-sheet.json'),
  ]);
  const lang = pickLang(navigator.language, location.search);
  document.documentElement.lang = lang;
  const { port, fake } = createDemoWorkbook(sample.default ?? sample);
  root.render(<DemoLayout fake={fake} port={port} lang={lang} />);
}

void main();
