/**
 * Writing archives.
 *
 * rewriteZip copies every entry it does not replace byte for byte (local header, compressed data, data
 * descriptor; central record with only its local header offset changed) and writes replaced entries afresh
 * (deflate, or stored when deflate does not shrink them; no data descriptor). createZip writes a new archive.
 *
 * Zip64: end records are written in Zip64 form when needed (65,535 entries or more, or a central directory
 * beyond 4 GiB); copied entries keep the Zip64 extra fields they had, and an offset that lives in one is
 * updated there. Writing an entry whose size or offset needs Zip64 fields it did not have (archives beyond
 * 4 GiB) is not supported and throws ZipError 'too-large': the reader caps a file at 1 GiB unpacked anyway.
 */
import {
  CENTRAL_HEADER_SIZE,
  EOCD_SIZE,
  EXTRA_ZIP64,
  FLAG_UTF8,
  LOCAL_HEADER_SIZE,
  MAX_U16,
  MAX_U32,
  METHOD_DEFLATE,
  METHOD_STORED,
  SIG_CENTRAL,
  SIG_EOCD,
  SIG_LOCAL,
  SIG_ZIP64_EOCD,
  SIG_ZIP64_LOCATOR,
  ZIP64_EOCD_SIZE,
  ZIP64_LOCATOR_SIZE,
  extraBlocks,
  put16,
  put32,
  put64,
  u16,
  u32,
} from './bytes';
import { crc32 as defaultCrc32, type Crc32Function } from './crc32';
import { ZipError } from './errors';
import { fflate } from './fflate';
import { isAscii, partKey } from './names';
import type { ZipArchive, ZipEntry } from './types';

/** Raw deflate (RFC 1951, no zlib header) of `data` at `level`: e.g. Node's `zlib.deflateRawSync`. */
export type DeflateFunction = (data: Uint8Array, level: number) => Uint8Array;

export interface WriteOptions {
  /** Deflate level for new data, 1-9 (default 6). */
  level?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** A native raw deflate to use instead of fflate's (the CLI passes Node's: about 3× faster). */
  deflate?: DeflateFunction;
  /** CRC-32 implementation for new data (rewriteZip defaults to the archive's, createZip to this layer's). */
  crc32?: Crc32Function;
}

export interface CreateOptions extends WriteOptions {
  /** Modification time stamped on every entry (local time). Default 1980-01-01 00:00, so output is reproducible. */
  modified?: Date;
  /** Archive comment (UTF-8). */
  comment?: string;
}

/** Version 2.0: deflate, directories. */
const VERSION_20 = 20;
const ATTR_DIRECTORY = 0x10;
const utf8 = new TextEncoder();

/** One local record in the output: a range copied from the input, or new bytes. */
type LocalPiece = { kind: 'copy'; from: number; to: number } | { kind: 'new'; bytes: Uint8Array[] };
/** One central record in the output; `patchOffset` writes the local header offset into it. */
interface CentralPiece {
  bytes: Uint8Array;
  patchOffset: (offset: number) => void;
}

/** A new entry's data, packed. */
interface Packed {
  method: number;
  crc: number;
  size: number;
  data: Uint8Array;
}

function pack(data: Uint8Array, name: string, options: WriteOptions, crc32: Crc32Function): Packed {
  if (data.length >= MAX_U32) throw new ZipError('too-large', 'entries of 4 GiB or more cannot be written', name);
  const crc = crc32(data);
  const level = options.level ?? 6;
  const deflated = data.length === 0 ? data : options.deflate ? options.deflate(data, level) : fflate().deflateSync(data, { level });
  if (deflated.length < data.length) return { method: METHOD_DEFLATE, crc, size: data.length, data: deflated };
  return { method: METHOD_STORED, crc, size: data.length, data };
}

interface NewHeaderFields {
  rawName: Uint8Array;
  flags: number;
  time: number;
  date: number;
}

function localHeader(f: NewHeaderFields, p: Packed): Uint8Array {
  const h = new Uint8Array(LOCAL_HEADER_SIZE + f.rawName.length);
  put32(h, 0, SIG_LOCAL);
  put16(h, 4, VERSION_20);
  put16(h, 6, f.flags);
  put16(h, 8, p.method);
  put16(h, 10, f.time);
  put16(h, 12, f.date);
  put32(h, 14, p.crc);
  put32(h, 18, p.data.length);
  put32(h, 22, p.size);
  put16(h, 26, f.rawName.length);
  put16(h, 28, 0);
  h.set(f.rawName, LOCAL_HEADER_SIZE);
  return h;
}

interface CentralFields extends NewHeaderFields {
  versionMadeBy: number;
  extra: Uint8Array;
  comment: Uint8Array;
  internalAttributes: number;
  externalAttributes: number;
}

function centralRecord(f: CentralFields, p: Packed): CentralPiece {
  const h = new Uint8Array(CENTRAL_HEADER_SIZE + f.rawName.length + f.extra.length + f.comment.length);
  put32(h, 0, SIG_CENTRAL);
  put16(h, 4, f.versionMadeBy);
  put16(h, 6, VERSION_20);
  put16(h, 8, f.flags);
  put16(h, 10, p.method);
  put16(h, 12, f.time);
  put16(h, 14, f.date);
  put32(h, 16, p.crc);
  put32(h, 20, p.data.length);
  put32(h, 24, p.size);
  put16(h, 28, f.rawName.length);
  put16(h, 30, f.extra.length);
  put16(h, 32, f.comment.length);
  put16(h, 34, 0);
  put16(h, 36, f.internalAttributes);
  put32(h, 38, f.externalAttributes);
  h.set(f.rawName, CENTRAL_HEADER_SIZE);
  h.set(f.extra, CENTRAL_HEADER_SIZE + f.rawName.length);
  h.set(f.comment, CENTRAL_HEADER_SIZE + f.rawName.length + f.extra.length);
  return { bytes: h, patchOffset: (offset) => put32Offset(h, 42, offset, f.rawName) };
}

function put32Offset(h: Uint8Array, at: number, offset: number, rawName: Uint8Array): void {
  if (offset >= MAX_U32) throw new ZipError('too-large', 'archives of 4 GiB or more cannot be written', new TextDecoder().decode(rawName));
  put32(h, at, offset);
}

/** A copied central record: the input's bytes, with the local header offset patched where it lives. */
function copiedCentral(zip: ZipArchive, e: ZipEntry): CentralPiece {
  const h = zip.bytes.slice(e.centralOffset, e.centralOffset + e.centralLength);
  return {
    bytes: h,
    patchOffset: (offset) => {
      if (u32(h, 42) !== MAX_U32) return put32Offset(h, 42, offset, e.rawName);
      // The offset lives in the Zip64 extra field, after the sizes whose 32-bit fields are all ones.
      const extraStart = CENTRAL_HEADER_SIZE + u16(h, 28);
      const zip64 = (extraBlocks(h, extraStart, extraStart + u16(h, 30)) ?? []).find((b) => b.id === EXTRA_ZIP64);
      if (!zip64) throw new ZipError('corrupt', 'the local header offset is in a missing Zip64 extra field', e.name);
      const at = zip64.start + (u32(h, 24) === MAX_U32 ? 8 : 0) + (u32(h, 20) === MAX_U32 ? 8 : 0);
      put64(h, at, offset);
    },
  };
}

/** The central extra field of a replaced entry: the original blocks without the Zip64 one (its sizes are stale). */
function keptExtra(zip: ZipArchive, e: ZipEntry): Uint8Array {
  const b = zip.bytes;
  const start = e.centralOffset + CENTRAL_HEADER_SIZE + e.rawName.length;
  const blocks = extraBlocks(b, start, start + u16(b, e.centralOffset + 30));
  if (!blocks) return new Uint8Array(0);
  const kept = blocks.filter((x) => x.id !== EXTRA_ZIP64);
  const out = new Uint8Array(kept.reduce((n, x) => n + 4 + x.end - x.start, 0));
  let p = 0;
  for (const x of kept) {
    out.set(b.subarray(x.start - 4, x.end), p);
    p += 4 + x.end - x.start;
  }
  return out;
}

function replacedEntry(zip: ZipArchive, e: ZipEntry, data: Uint8Array, options: WriteOptions): { local: LocalPiece; central: CentralPiece } {
  if (e.isDirectory) throw new RangeError(`"${e.name}" is a directory entry: it cannot hold data`);
  const b = zip.bytes;
  const c = e.centralOffset;
  const packed = pack(data, e.name, options, options.crc32 ?? zip.crc32);
  const fields: CentralFields = {
    rawName: e.rawName,
    flags: e.flags & FLAG_UTF8,
    time: e.dosTime,
    date: e.dosDate,
    versionMadeBy: u16(b, c + 4),
    extra: keptExtra(zip, e),
    comment: b.subarray(c + CENTRAL_HEADER_SIZE + e.rawName.length + u16(b, c + 30), c + e.centralLength),
    internalAttributes: u16(b, c + 36),
    externalAttributes: u32(b, c + 38),
  };
  return { local: { kind: 'new', bytes: [localHeader(fields, packed), packed.data] }, central: centralRecord(fields, packed) };
}

function newEntry(name: string, data: Uint8Array, options: CreateOptions, crc32: Crc32Function): { local: LocalPiece; central: CentralPiece } {
  const rawName = utf8.encode(name);
  if (rawName.length === 0 || rawName.length > MAX_U16) throw new RangeError(`entry name of ${rawName.length} bytes`);
  const directory = name.endsWith('/');
  if (directory && data.length > 0) throw new RangeError(`"${name}" is a directory entry: it cannot hold data`);
  const packed = pack(data, name, options, crc32);
  const { time, date } = dosDateTime(options.modified);
  const fields: CentralFields = {
    rawName,
    flags: isAscii(rawName) ? 0 : FLAG_UTF8,
    time,
    date,
    versionMadeBy: VERSION_20,
    extra: new Uint8Array(0),
    comment: new Uint8Array(0),
    internalAttributes: 0,
    externalAttributes: directory ? ATTR_DIRECTORY : 0,
  };
  return { local: { kind: 'new', bytes: [localHeader(fields, packed), packed.data] }, central: centralRecord(fields, packed) };
}

/** MS-DOS time and date of a local time; 1980-01-01 00:00 when absent or before 1980. */
function dosDateTime(d?: Date): { time: number; date: number } {
  if (!d || d.getFullYear() < 1980) return { time: 0, date: (1 << 5) | 1 };
  const year = Math.min(d.getFullYear(), 2107);
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/**
 * A copy of `zip` in which the entries named in `replace` (part names: case-insensitive, leading "/" ignored)
 * hold the given data. Entries not named are copied byte for byte, in their order; names not in the archive
 * are added as new entries at the end (in the Map's order, named as given without a leading "/").
 * The archive comment is kept. Throws ZipError 'too-large' beyond 4 GiB; RangeError for data given to a
 * directory entry or two keys naming the same part.
 */
export function rewriteZip(zip: ZipArchive, replace: Map<string, Uint8Array>, options: WriteOptions = {}): Uint8Array {
  const byKey = new Map<string, { name: string; data: Uint8Array }>();
  for (const [name, data] of replace) {
    const key = partKey(name);
    if (byKey.has(key)) throw new RangeError(`"${name}" and "${byKey.get(key)?.name}" name the same part`);
    byKey.set(key, { name, data });
  }
  const locals = new Map<ZipEntry, LocalPiece>();
  const centrals: CentralPiece[] = [];
  const localOrder: LocalPiece[] = [];
  for (const e of zip.entries) {
    const key = partKey(e.name);
    const replacement = byKey.get(key);
    if (replacement) {
      byKey.delete(key);
      const { local, central } = replacedEntry(zip, e, replacement.data, options);
      locals.set(e, local);
      centrals.push(central);
    } else {
      locals.set(e, { kind: 'copy', from: e.localHeaderOffset, to: e.recordEnd });
      centrals.push(copiedCentral(zip, e));
    }
  }
  for (const e of [...zip.entries].sort((x, y) => x.localHeaderOffset - y.localHeaderOffset)) localOrder.push(locals.get(e) as LocalPiece);
  for (const { name, data } of byKey.values()) {
    const { local, central } = newEntry(name.replace(/^\/+/, ''), data, options, options.crc32 ?? zip.crc32);
    localOrder.push(local);
    centrals.push(central);
  }
  // Central records in directory order point at local records laid out in file order.
  const offsets = new Map<LocalPiece, number>();
  let size = 0;
  for (const piece of localOrder) {
    offsets.set(piece, size);
    size += piece.kind === 'copy' ? piece.to - piece.from : piece.bytes.reduce((n, x) => n + x.length, 0);
  }
  const centralPieces = [...zip.entries.map((e) => locals.get(e) as LocalPiece), ...localOrder.slice(zip.entries.length)];
  centrals.forEach((c, i) => c.patchOffset(offsets.get(centralPieces[i]) as number));
  return assemble(zip.bytes, localOrder, centrals, size, zip.comment);
}

/** A new archive holding `entries` in order (names ending "/" are directories, with empty data). */
export function createZip(entries: { name: string; data: Uint8Array }[], options: CreateOptions = {}): Uint8Array {
  const seen = new Set<string>();
  const crc32 = options.crc32 ?? defaultCrc32;
  const locals: LocalPiece[] = [];
  const centrals: CentralPiece[] = [];
  let size = 0;
  for (const { name, data } of entries) {
    const key = partKey(name);
    if (seen.has(key)) throw new RangeError(`two entries named "${name}" (part names ignore case)`);
    seen.add(key);
    const { local, central } = newEntry(name, data, options, crc32);
    central.patchOffset(size);
    locals.push(local);
    centrals.push(central);
    size += local.kind === 'new' ? local.bytes.reduce((n, x) => n + x.length, 0) : 0;
  }
  const comment = utf8.encode(options.comment ?? '');
  if (comment.length > MAX_U16) throw new RangeError(`archive comment of ${comment.length} bytes`);
  return assemble(new Uint8Array(0), locals, centrals, size, comment);
}

/** Lays out local records, central directory and end records in one buffer. */
function assemble(source: Uint8Array, locals: LocalPiece[], centrals: CentralPiece[], localSize: number, comment: Uint8Array): Uint8Array {
  const cdOffset = localSize;
  const cdSize = centrals.reduce((n, c) => n + c.bytes.length, 0);
  const count = centrals.length;
  const zip64 = count >= MAX_U16 || cdOffset >= MAX_U32 || cdSize >= MAX_U32;
  const endSize = (zip64 ? ZIP64_EOCD_SIZE + ZIP64_LOCATOR_SIZE : 0) + EOCD_SIZE + comment.length;
  const out = new Uint8Array(cdOffset + cdSize + endSize);
  let p = 0;
  for (const piece of locals) {
    if (piece.kind === 'copy') {
      out.set(source.subarray(piece.from, piece.to), p);
      p += piece.to - piece.from;
    } else {
      for (const part of piece.bytes) {
        out.set(part, p);
        p += part.length;
      }
    }
  }
  for (const c of centrals) {
    out.set(c.bytes, p);
    p += c.bytes.length;
  }
  if (zip64) {
    const record = p;
    put32(out, p, SIG_ZIP64_EOCD);
    put64(out, p + 4, ZIP64_EOCD_SIZE - 12);
    put16(out, p + 12, 45);
    put16(out, p + 14, 45);
    put32(out, p + 16, 0);
    put32(out, p + 20, 0);
    put64(out, p + 24, count);
    put64(out, p + 32, count);
    put64(out, p + 40, cdSize);
    put64(out, p + 48, cdOffset);
    p += ZIP64_EOCD_SIZE;
    put32(out, p, SIG_ZIP64_LOCATOR);
    put32(out, p + 4, 0);
    put64(out, p + 8, record);
    put32(out, p + 16, 1);
    p += ZIP64_LOCATOR_SIZE;
  }
  put32(out, p, SIG_EOCD);
  put16(out, p + 4, 0);
  put16(out, p + 6, 0);
  put16(out, p + 8, Math.min(count, MAX_U16));
  put16(out, p + 10, Math.min(count, MAX_U16));
  put32(out, p + 12, Math.min(cdSize, MAX_U32));
  put32(out, p + 16, Math.min(cdOffset, MAX_U32));
  put16(out, p + 20, comment.length);
  out.set(comment, p + EOCD_SIZE);
  return out;
}
