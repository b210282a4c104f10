/**
 * A text beside the page (psheet.config.json) fetched as soon as the first script runs, while the
 * pane's chunks are still loading, then handed to the pane when it asks for that address.
 * Same shape as the pane's `FetchText`; kept free of imports so the first script stays small.
 */
export type FetchedText = { ok: boolean; status: number; text: string } | undefined;

async function fetchText(url: string): Promise<FetchedText> {
  try {
    const r = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
    return { ok: r.ok, status: r.status, text: r.ok ? await r.text() : '' };
  } catch {
    return undefined;
  }
}

export function prefetchText(url: string): (url: string) => Promise<FetchedText> {
  const early = fetchText(url);
  let used = false;
  return (asked) => {
    if (asked === url && !used) {
      used = true;
      return early;
    }
    return fetchText(asked);
  };
}
