/**
 * A start tag's text split into its name and attributes as written, so a patch can drop or set one attribute and
 * keep every other one byte for byte (quotes, spacing, order, prefixes). The text must be a well-formed start tag
 * (it comes from a part saxes has accepted).
 */
export interface StartTagAttribute {
  /** Qualified name as written. */
  name: string;
  /** The attribute's text with the white space before it (` s="3"`). */
  raw: string;
  /** Its value as written, between the quotes (not unescaped). */
  value: string;
}

export interface StartTag {
  /** Qualified name as written (`x:c`). */
  name: string;
  attributes: StartTagAttribute[];
  selfClosing: boolean;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

export function splitStartTag(raw: string): StartTag {
  let i = 1;
  const n = raw.length;
  while (i < n && !isSpace(raw.charCodeAt(i)) && raw[i] !== '/' && raw[i] !== '>') i++;
  const name = raw.slice(1, i);
  const attributes: StartTagAttribute[] = [];
  for (;;) {
    const from = i;
    while (i < n && isSpace(raw.charCodeAt(i))) i++;
    if (i >= n || raw[i] === '/' || raw[i] === '>') break;
    const nameStart = i;
    while (i < n && raw[i] !== '=' && !isSpace(raw.charCodeAt(i))) i++;
    const attrName = raw.slice(nameStart, i);
    while (i < n && raw[i] !== '"' && raw[i] !== "'") i++;
    const quote = raw[i];
    const valueStart = ++i;
    while (i < n && raw[i] !== quote) i++;
    const value = raw.slice(valueStart, i);
    i++;
    attributes.push({ name: attrName, raw: raw.slice(from, i), value });
  }
  return { name, attributes, selfClosing: raw.endsWith('/>') };
}

/** The start tag's text again (never self-closing), attributes as given. */
export function joinStartTag(name: string, attributes: readonly StartTagAttribute[], extra = ''): string {
  let s = '<' + name;
  for (const a of attributes) s += a.raw;
  return s + extra + '>';
}

/** The prefix of a qualified name, colon included (`x:` of `x:c`, '' of `c`). */
export function prefixOf(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? '' : qname.slice(0, colon + 1);
}

/** The qualified name of the element whose start tag begins at `start` in `text`. */
export function nameAt(text: string, start: number): string {
  let i = start + 1;
  while (i < text.length && !isSpace(text.charCodeAt(i)) && text[i] !== '/' && text[i] !== '>') i++;
  return text.slice(start + 1, i);
}
