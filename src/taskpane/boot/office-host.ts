/**
 * Start-up without a race: is the page inside Office, and if so, Office.js loaded without blocking
 * the page and awaited for as long as Office takes.
 *
 * Office opens the pane with `_host_Info` in its address (and Office.js keeps it in the window's
 * name and session storage when the pane navigates), inside a frame on the web, or in a webview
 * with its own bridge on Windows (WebView2), Mac and iPad. Where none of these signs is present
 * the page was opened in a browser: the demo starts at once and Office.js is not even requested
 * (nothing leaves for Microsoft's CDN). Where one is, Office.js is loaded and `Office.onReady` is
 * awaited without a time limit: a slow Office means a longer wait, never the demo. The demo
 * starts there only when Office.js cannot load or reports no host.
 */

export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export interface HostSigns {
  /** `location.search` and `location.hash`. */
  address: string;
  windowName: string;
  sessionKeys: string[];
  framed: boolean;
  /** A webview bridge Office provides (WebView2 `chrome.webview`, `external.GetContext`, WebKit `Agave`). */
  bridge: boolean;
}

interface OfficeWindow {
  chrome?: { webview?: unknown };
  external?: { GetContext?: unknown };
  webkit?: { messageHandlers?: { Agave?: unknown } };
}

export function readHostSigns(win: Window): HostSigns {
  let sessionKeys: string[] = [];
  try {
    sessionKeys = Object.keys(win.sessionStorage);
  } catch {
    // Storage may be blocked; the other signs remain.
  }
  let framed = false;
  try {
    framed = win.self !== win.top;
  } catch {
    framed = true;
  }
  const w = win as unknown as OfficeWindow;
  const bridge = !!w.chrome?.webview || typeof w.external?.GetContext !== 'undefined' || !!w.webkit?.messageHandlers?.Agave;
  return { address: `${win.location.search}${win.location.hash}`, windowName: win.name ?? '', sessionKeys, framed, bridge };
}

export type StartMode = 'office' | 'demo';

/** `?demo` forces the demo, `?office` forces waiting for Office; otherwise the signs decide. */
export function startMode(signs: HostSigns): StartMode {
  if (/[?&]demo(=|&|$)/.test(signs.address)) return 'demo';
  if (/[?&]office(=|&|$)/.test(signs.address)) return 'office';
  const hostInfo =
    /_host_Info=/i.test(signs.address) || /_host_Info|hostInfoValue/i.test(signs.windowName) || signs.sessionKeys.some((k) => /hostInfo/i.test(k));
  return hostInfo || signs.framed || signs.bridge ? 'office' : 'demo';
}

/** Adds the Office.js script (async: the page never waits for it); resolves when it has loaded or failed. */
export function loadOfficeJs(doc: Document, url = OFFICE_JS_URL): Promise<'loaded' | 'failed'> {
  return new Promise((resolve) => {
    const script = doc.createElement('script');
    script.src = url;
    script.async = true;
    script.onload = () => resolve('loaded');
    script.onerror = () => resolve('failed');
    doc.head.appendChild(script);
  });
}

/** `Office.onReady()`'s host, awaited without a time limit; null when Office.js reports none. */
export async function officeReady(): Promise<string | null> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return null;
  try {
    const info = await Office.onReady();
    return info.host ? String(info.host) : null;
  } catch {
    return null;
  }
}
