/**
 * Relationships: where a part's `.rels` lives, how a Target resolves to a part name, which types matter.
 * Targets may be relative (`worksheets/sheet1.xml`, `../x.xml`), absolute (`/xl/worksheets/sheet1.xml`) and
 * percent-encoded; lookups in the ZIP are case-insensitive (the zip layer's `find`).
 */
import type { ZipArchive, ZipEntry } from '../zip';
import { NS_PKG_REL, parsePartStream, type PartSource } from './xml';

/** Relationship type bases: transitional and strict OOXML. */
const TYPE_BASES = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships/', 'http://purl.oclc.org/ooxml/officeDocument/relationships/'];

/** The last segment of an OOXML relationship type (`officeDocument`, `worksheet`, `sharedStrings`, ...), or '' for other types. */
export function relationshipKind(type: string): string {
  for (const base of TYPE_BASES) if (type.startsWith(base)) return type.slice(base.length);
  return '';
}

export interface Relationship {
  id: string;
  /** The kind (see relationshipKind); '' for types of other vocabularies. */
  kind: string;
  /** Candidate part names the target resolves to (decoded first, then as written), '' entries removed. */
  targets: string[];
}

/** The `.rels` part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package's ('') → `_rels/.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function normalise(base: string, target: string): string {
  const path = target.startsWith('/') ? target : base + target;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return '';
      out.pop();
    } else out.push(seg);
  }
  return out.join('/');
}

/** Part names a relationship target of `source` may name, most likely first. */
export function resolveTarget(source: string, target: string): string[] {
  let t = target.replace(/\\/g, '/');
  const hash = t.indexOf('#');
  if (hash >= 0) t = t.slice(0, hash);
  if (t === '') return [];
  const base = source.slice(0, source.lastIndexOf('/') + 1);
  let decoded = t;
  try {
    decoded = decodeURIComponent(t);
  } catch {
    // not valid percent-encoding: the target is taken as written
  }
  const names = [normalise(base, decoded)];
  if (decoded !== t) names.push(normalise(base, t));
  return names.filter((n) => n !== '');
}

/** The first candidate present in the archive, with the entry. */
export function findPart(zip: ZipArchive, candidates: readonly string[]): { name: string; entry: ZipEntry } | undefined {
  for (const name of candidates) {
    const entry = zip.find(name);
    if (entry && !entry.isDirectory) return { name: entry.name.replace(/^\/+/, ''), entry };
  }
  return undefined;
}

/** Reads the relationships of `source` ('' for the package). A missing `.rels` part means none. External targets are left out. */
export function readRelationships(src: PartSource, source: string): Relationship[] | undefined {
  const relsName = relsPartOf(source);
  const entry = src.zip.find(relsName);
  if (!entry || entry.isDirectory) return undefined;
  const out: Relationship[] = [];
  parsePartStream(src, entry, entry.name, {
    open(ns, local, a) {
      if (ns !== NS_PKG_REL || local !== 'Relationship') return;
      if ((a.TargetMode ?? '').toLowerCase() === 'external') return;
      const target = a.Target;
      if (target === undefined || /^[a-z][a-z0-9+.-]*:/i.test(target)) return;
      out.push({ id: a.Id ?? '', kind: relationshipKind(a.Type ?? ''), targets: resolveTarget(source, target) });
    },
    close() {},
    text() {},
  });
  return out;
}
