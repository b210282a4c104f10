/**
 * XML parts through saxes, the one strict tokenizer of this layer.
 *
 * - saxes runs without its namespace mode (which costs about a fifth of the parse): prefixes are resolved here,
 *   with a scope that changes only on elements that declare namespaces, and a cache of qualified names per scope.
 *   An unbound prefix resolves to NS_OTHER (tolerated, never matched).
 * - No DTD: a `<!DOCTYPE` aborts the parse with XlsxError 'doctype'. saxes knows only the five predefined entities and
 *   character references (its ENTITIES table is left as it is): any other reference is an 'undefined entity' error,
 *   which becomes 'malformed'.
 * - Bytes are decoded as UTF-8 with a fatal decoder (invalid sequences are 'malformed'); UTF-16 parts ('encoding')
 *   are refused. A UTF-8 byte order mark is dropped from the text and reported (readPartText) so a rewrite keeps it.
 * - saxes' messages never reach the user: its errors become XlsxError 'malformed' naming the part, with the
 *   original in `cause`. Errors thrown by the sink (XlsxError) pass through; other exceptions (bugs) are not hidden.
 * - `position` (from saxes) is an index into the text fed so far counted in UTF-16 code units, the unit of JavaScript
 *   strings, so offsets stay right after Japanese text and surrogate pairs. In an open/close callback it is the index
 *   just after the tag's closing `>`.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { ByteBudget } from '../zip/budget';
import { readEntry, streamEntry } from '../zip/read';
import type { ZipArchive, ZipEntry } from '../zip/types';
import { XlsxError, asXlsxError } from './errors';

/** Namespace codes handed to sinks. */
export const NS_NONE = 0;
export const NS_OTHER = 1;
/** SpreadsheetML main, transitional or strict. */
export const NS_SML = 2;
/** Package relationships (the `.rels` parts). */
export const NS_PKG_REL = 3;
/** Package content types (`[Content_Types].xml`). */
export const NS_CT = 4;
/** Office document relationships (the `r:id` attributes), transitional or strict. */
export const NS_DOC_REL = 5;
/** The `xml:` prefix (xml:space). */
export const NS_XML = 6;

const KNOWN_NAMESPACES: Record<string, number> = {
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main': NS_SML,
  'http://purl.oclc.org/ooxml/spreadsheetml/main': NS_SML,
  'http://schemas.openxmlformats.org/package/2006/relationships': NS_PKG_REL,
  'http://schemas.openxmlformats.org/package/2006/content-types': NS_CT,
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': NS_DOC_REL,
  'http://purl.oclc.org/ooxml/officeDocument/relationships': NS_DOC_REL,
  'http://www.w3.org/XML/1998/namespace': NS_XML,
};

function nsCode(uri: string | undefined): number {
  if (uri === undefined) return NS_OTHER;
  if (uri === '') return NS_NONE;
  return KNOWN_NAMESPACES[uri] ?? NS_OTHER;
}

export type XmlAttributes = Record<string, string>;

/** What a part's parse reports. `ns` is one of the NS_ codes, `local` the name without its prefix. */
export interface XmlSink {
  open(ns: number, local: string, attributes: XmlAttributes, selfClosing: boolean): void;
  close(ns: number, local: string): void;
  /** Character data (text and CDATA), entities resolved. */
  text(text: string): void;
}

/** A resolved name: namespace code and local name. */
export interface QName {
  readonly ns: number;
  readonly local: string;
}

/** One parse of one part: feed it text, then close it. */
export class XmlTokenizer {
  private readonly parser: SaxesParser<{ xmlns: false }>;
  private scope = new Map<string, string>([['xml', 'http://www.w3.org/XML/1998/namespace']]);
  private readonly saved: { depth: number; scope: Map<string, string> }[] = [];
  private cache = new Map<string, QName>();
  private depth = 0;
  private readonly declarations: { name: string; value: string }[] = [];
  private readonly onAttribute: (a: { name: string; value: string }) => void;
  /** Whether the attribute listener is attached, and the number of the last chunk that called for it. */
  private listening = false;
  private listenedAt = 0;
  /** Chunks fed so far, and the end of the last one (a name cut in two by chunks is still seen). */
  private fed = 0;
  private tail = '';

  /**
   * @param fallbackNs namespace code for unbound prefixes and an unset default namespace (NS_OTHER / NS_NONE when
   *   not given): a fragment cut out of a part, such as one `<si>`, is parsed with NS_SML.
   */
  constructor(
    readonly part: string,
    sink: XmlSink,
    private readonly fallbackNs?: number,
  ) {
    const parser = new SaxesParser({ xmlns: false, position: false });
    this.parser = parser;
    parser.on('doctype', () => {
      throw new XlsxError('doctype', 'document type declarations are refused', { part });
    });
    // Namespace declarations are noticed as saxes reports each attribute (before the element's opentag): cheaper
    // than walking every element's attribute object, which saxes keeps in a prototype-less dictionary. The listener
    // is attached only while the text fed may hold one (see write): a sheet's cells have three attributes each.
    const declarations = this.declarations;
    this.onAttribute = (a) => {
      const key = a.name;
      if (key.charCodeAt(0) === 120 /* x */ && key.startsWith('xmlns') && (key.length === 5 || key.charCodeAt(5) === 58)) declarations.push(a);
    };
    parser.on('opentag', (tag: SaxesTagPlain) => {
      // Every attribute of this element has been reported: with nothing that looks like a declaration in the text
      // fed since the chunk before, none can follow until a chunk brings one.
      if (this.listening && this.fed > this.listenedAt) {
        parser.off('attribute');
        this.listening = false;
      }
      const depth = ++this.depth;
      if (declarations.length > 0) {
        for (const d of declarations) this.declare(depth, d.name, d.value);
        declarations.length = 0;
      }
      const q = this.cache.get(tag.name) ?? this.resolve(tag.name, true);
      sink.open(q.ns, q.local, tag.attributes, tag.isSelfClosing);
    });
    parser.on('closetag', (tag: SaxesTagPlain) => {
      const q = this.cache.get(tag.name) ?? this.resolve(tag.name, true);
      sink.close(q.ns, q.local);
      const saved = this.saved;
      if (saved.length > 0 && saved[saved.length - 1].depth === this.depth) {
        this.scope = saved.pop()!.scope;
        this.cache = new Map();
      }
      this.depth--;
    });
    parser.on('text', (t) => sink.text(t));
    parser.on('cdata', (t) => sink.text(t));
  }

  /** Index just after what saxes has consumed, in UTF-16 code units of the text fed. */
  get position(): number {
    return this.parser.position;
  }

  /** Namespace and local name of an attribute's qualified name (unprefixed attributes have no namespace). */
  attribute(qname: string): QName {
    const colon = qname.indexOf(':');
    if (colon < 0) return { ns: NS_NONE, local: qname };
    return { ns: nsCode(this.scope.get(qname.slice(0, colon))), local: qname.slice(colon + 1) };
  }

  write(text: string): void {
    this.fed++;
    // `xmlns` in this chunk, or across its start: a declaration may be reported while it is fed (its value may run on
    // into later chunks: the listener stays until an element opens in a later chunk without one).
    if (text.includes('xmlns') || (this.tail.length > 0 && (this.tail + text.slice(0, 4)).includes('xmlns'))) {
      if (!this.listening) this.parser.on('attribute', this.onAttribute);
      this.listening = true;
      this.listenedAt = this.fed;
    }
    this.tail = (this.tail + text.slice(-4)).slice(-4);
    try {
      this.parser.write(text);
    } catch (e) {
      throw this.failure(e);
    }
  }

  close(): void {
    try {
      this.parser.close();
    } catch (e) {
      throw this.failure(e);
    }
  }

  private declare(depth: number, key: string, uri: string): void {
    const top = this.saved[this.saved.length - 1];
    if (!top || top.depth !== depth) {
      this.saved.push({ depth, scope: this.scope });
      this.scope = new Map(this.scope);
      this.cache = new Map();
    }
    this.scope.set(key.length === 5 ? '' : key.slice(6), uri);
  }

  private resolve(name: string, element: boolean): QName {
    const colon = name.indexOf(':');
    const uri = this.scope.get(colon < 0 ? '' : name.slice(0, colon));
    const ns = uri === undefined ? (this.fallbackNs ?? (colon < 0 ? NS_NONE : NS_OTHER)) : nsCode(uri);
    const q: QName = { ns: colon < 0 && !element ? NS_NONE : ns, local: colon < 0 ? name : name.slice(colon + 1) };
    this.cache.set(name, q);
    return q;
  }

  /** saxes' own errors (plain Error) become 'malformed'; XlsxErrors and programming errors pass through. */
  private failure(e: unknown): unknown {
    if (e instanceof XlsxError) return e;
    if (e instanceof Error && e.constructor === Error) return new XlsxError('malformed', 'not well-formed XML', { part: this.part }, e);
    return e;
  }
}

/** Refuses parts that are not UTF-8 (UTF-16 by byte order mark or by the shape of `<`). */
function checkEncoding(first: Uint8Array, part: string): void {
  const a = first[0];
  const b = first[1];
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff) || (a === 0x3c && b === 0x00) || (a === 0x00 && b === 0x3c)) {
    throw new XlsxError('encoding', 'UTF-16 parts are not supported', { part });
  }
}

/** A fatal TextDecoder throws only for invalid input (a TypeError, possibly of another realm). */
function decodingFailure(e: unknown, part: string): XlsxError {
  return new XlsxError('malformed', 'invalid UTF-8', { part }, e);
}

export interface PartSource {
  readonly zip: ZipArchive;
  readonly budget: ByteBudget;
}

/** Streams a part through the tokenizer: memory follows the sink's needs, not the part's size. */
export function parsePartStream(source: PartSource, entry: ZipEntry, part: string, sink: XmlSink, setup?: (t: XmlTokenizer) => void): void {
  const tokenizer = new XmlTokenizer(part, sink);
  setup?.(tokenizer);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  try {
    streamEntry(
      source.zip,
      entry,
      (chunk) => {
        if (first && chunk.length > 0) {
          first = false;
          checkEncoding(chunk, part);
        }
        let text: string;
        try {
          text = decoder.decode(chunk, { stream: true });
        } catch (e) {
          throw decodingFailure(e, part);
        }
        tokenizer.write(text);
      },
      source.budget,
    );
    let rest: string;
    try {
      rest = decoder.decode();
    } catch (e) {
      throw decodingFailure(e, part);
    }
    if (rest) tokenizer.write(rest);
  } catch (e) {
    throw asXlsxError(e);
  }
  tokenizer.close();
}

/** A part's whole text (UTF-8 byte order mark removed and reported). */
export interface PartText {
  text: string;
  bom: boolean;
}

export function readPartText(source: PartSource, entry: ZipEntry, part: string): PartText {
  let bytes: Uint8Array;
  try {
    bytes = readEntry(source.zip, entry, source.budget);
  } catch (e) {
    throw asXlsxError(e);
  }
  checkEncoding(bytes, part);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bom };
  } catch (e) {
    throw decodingFailure(e, part);
  }
}

/** Parses text already in memory; `setup` receives the tokenizer first (for `position`). */
export function parseText(text: string, part: string, sink: XmlSink, setup?: (t: XmlTokenizer) => void, fallbackNs?: number): void {
  const tokenizer = new XmlTokenizer(part, sink, fallbackNs);
  setup?.(tokenizer);
  tokenizer.write(text);
  tokenizer.close();
}
