import { createRoot, Root } from 'react-dom/client';
import { loadOfficeJs, officeReady, readHostSigns, startMode } from './boot/office-host';
import { prefetchText } from './boot/prefetch';
import { Lang, pickLang } from './lang';

/**
 * Start-up: inside Excel the pane runs on the Office.js adapter; opened in a browser it starts the
 * demo at once on the fake Excel with the bundled sample (boot/office-host.ts says which). The
 * chunks the pane needs start loading immediately, in parallel with Office.
 */

/** After this long without an answer from Office, the page says it is still waiting (it never gives up). */
const SLOW_OFFICE_MS = 3_000;

function say(text: string): void {
  const boot = document.querySelector('.psc-boot');
  if (boot) boot.textContent = text;
}

/** psheet.config.json, asked for at once (the pane looks for it beside its own files). */
const fetchConfig = prefetchText(new URL('psheet.config.json', location.href).toString());

function loadPane() {
  return Promise.all([import('./shell/App'), import('./shell/tabs').then((m) => m.preloadTabs())]);
}

async function startDemo(root: Root, reason: 'outside' | 'no-office'): Promise<void> {
  const lang: Lang = pickLang(navigator.language, location.search);
  document.documentElement.lang = lang;
  const paneOnly = /[?&]pane=only\b/.test(location.search);
  const [{ DemoLayout }, { createDemoWorkbook }, sample] = await Promise.all([
    import(/* webpackChunkName: "demo" */ './demo/DemoLayout'),
    import(/* webpackChunkName: "demo" */ '../host/memory'),
    import(/* webpackChunkName: "demo-sample" */ './demo/sample-sheet.json'),
    loadPane(),
  ]);
  const { port, fake } = createDemoWorkbook(sample.default ?? sample, { fileName: 'sample-福祉部-R7.xlsx' });
  root.render(<DemoLayout fake={fake} port={port} lang={lang} paneOnly={paneOnly} reason={reason} fetchText={fetchConfig} />);
}

async function startOffice(root: Root): Promise<void> {
  say('Excel に接続しています… / Connecting to Excel…');
  const pane = Promise.all([loadPane(), import(/* webpackChunkName: "office" */ '../host/office')]);
  const slow = setTimeout(() => say('Excel の応答を待っています… / Waiting for Excel…'), SLOW_OFFICE_MS);
  const script = await loadOfficeJs(document);
  const host = script === 'loaded' ? await officeReady() : null;
  clearTimeout(slow);
  if (host !== 'Excel') {
    await startDemo(root, script === 'loaded' ? 'outside' : 'no-office');
    return;
  }
  const [[{ App }], { createOfficeWorkbook, officeJsHost, OfficeHostError }] = await pane;
  const lang = pickLang(Office.context.displayLanguage, location.search);
  document.documentElement.lang = lang;
  try {
    root.render(<App port={createOfficeWorkbook(officeJsHost())} lang={lang} fetchText={fetchConfig} />);
  } catch (e) {
    // An Excel older than the add-in needs: say so, in the user's language.
    const text = e instanceof OfficeHostError ? e[lang] : String(e);
    root.render(
      <p className="psc-boot" role="alert">
        {text}
      </p>,
    );
  }
}

async function main(): Promise<void> {
  const rootEl = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  const root = createRoot(rootEl);
  if (startMode(readHostSigns(window)) === 'office') await startOffice(root);
  else await startDemo(root, 'outside');
}

void main();
