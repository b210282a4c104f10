/**
 * A department file as the 集約 tab reads it: a name, a size, and its bytes on demand (a file the
 * user chose or dropped, or in the demo a sample fetched from the pane's own server).
 */
export interface FileSource {
  name: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

/** The bytes of a Blob (`Blob.arrayBuffer`, or a FileReader where a browser lacks it). */
function blobBytes(blob: Blob): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(blob);
  });
}

export function fromFile(file: File): FileSource {
  return { name: file.name, size: file.size, bytes: () => blobBytes(file) };
}

/** The demo's bundled department files, served beside the pane (webpack copies them to dist/samples/). */
export const DEMO_FILES = ['kyoiku-r7.xlsx', 'toshi-r7.xlsx', 'welfare-r7.xlsx'];

/** A file fetched from the pane's own origin (the demo's samples); its size is known once fetched. */
export function fromUrl(name: string, url: string, fetchBytes: (url: string) => Promise<ArrayBuffer> = defaultFetch): FileSource {
  return { name, size: 0, bytes: async () => new Uint8Array(await fetchBytes(url)) };
}

async function defaultFetch(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

/** The demo's sample files, next to the page at `base` (the pane's own URL). */
export function demoFiles(base: string, fetchBytes?: (url: string) => Promise<ArrayBuffer>): FileSource[] {
  return DEMO_FILES.map((name) => fromUrl(name, new URL(`samples/${name}`, base).toString(), fetchBytes));
}
