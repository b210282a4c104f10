import fs from 'fs';
import path from 'path';
import { XMLParser } from 'fast-xml-parser';

export const ROOT = path.resolve(__dirname, '..', '..');
export const MANIFEST_PATH = path.join(ROOT, 'manifest.xml');
export const DEV_ORIGIN = 'https://localhost:3000';

/** An XML element with its attributes (qualified names as written) and element children in order. */
export interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  text: string;
}

type RawNode = Record<string, unknown>;

function convert(raw: RawNode): XNode | null {
  const name = Object.keys(raw).find((k) => k !== ':@');
  if (!name || name === '#text' || name.startsWith('?')) return null;
  const attrs = (raw[':@'] as Record<string, string> | undefined) ?? {};
  const rawChildren = (raw[name] as RawNode[] | undefined) ?? [];
  const children: XNode[] = [];
  let text = '';
  for (const child of rawChildren) {
    if ('#text' in child) {
      text += String(child['#text']);
      continue;
    }
    const node = convert(child);
    if (node) children.push(node);
  }
  return { name, attrs: { ...attrs }, children, text };
}

/** Parses XML text into the root element, keeping element order (comments are dropped). */
export function parseXml(xml: string): XNode {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  const top = parser.parse(xml) as RawNode[];
  const roots = top.map(convert).filter((n): n is XNode => n !== null);
  if (roots.length !== 1) throw new Error(`expected one root element, got ${roots.length}`);
  return roots[0];
}

export function readManifest(): string {
  return fs.readFileSync(MANIFEST_PATH, 'utf8');
}

/** Local name without a namespace prefix ("bt:Image" -> "Image"). */
export function localName(name: string): string {
  const i = name.indexOf(':');
  return i >= 0 ? name.slice(i + 1) : name;
}

export function child(node: XNode, name: string): XNode | undefined {
  return node.children.find((c) => c.name === name);
}

export function childOrThrow(node: XNode, name: string): XNode {
  const c = child(node, name);
  if (!c) throw new Error(`<${node.name}> has no <${name}>`);
  return c;
}

/** Every element of the tree with the path of element names leading to it (root first). */
export function walk(node: XNode, ancestors: XNode[] = []): Array<{ node: XNode; ancestors: XNode[] }> {
  const out = [{ node, ancestors }];
  for (const c of node.children) out.push(...walk(c, [...ancestors, node]));
  return out;
}

/** Width and height from a PNG file's IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (buf.toString('ascii', 12, 16) !== 'IHDR') throw new Error(`${file} has no IHDR first`);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/**
 * Maps a development URL to the source file that the build serves at that address:
 * /assets/* comes from assets/, /taskpane.html from src/taskpane/taskpane.html.
 */
export function sourceFileForUrl(url: string): string | null {
  if (!url.startsWith(DEV_ORIGIN + '/')) return null;
  const urlPath = decodeURIComponent(new URL(url).pathname);
  if (urlPath === '/taskpane.html') return path.join(ROOT, 'src', 'taskpane', 'taskpane.html');
  if (urlPath.startsWith('/assets/')) return path.join(ROOT, urlPath.slice(1));
  return null;
}
