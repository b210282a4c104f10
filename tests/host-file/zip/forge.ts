/**
 * A deliberately simple, independent ZIP writer for tests: it writes exactly what it is told, including
 * lies (wrong sizes or CRCs, missing descriptors) and every data descriptor variant, with or without Zip64
 * extra fields. It shares no code with the layer under test.
 */
import { deflateSync } from 'fflate';
import { crc32 } from 'zlib';

export type DescriptorKind = 'none' | 'signed32' | 'unsigned32' | 'signed64' | 'unsigned64';

export interface ForgeEntry {
  name: string;
  data: Uint8Array;
  method?: 0 | 8;
  /** Extra general purpose flags (bit 3 is added when a descriptor is written, bit 11 for a non-ASCII `name`). */
  flags?: number;
  descriptor?: DescriptorKind;
  /** Zip64 extra fields in the local header and central record, with the 32-bit fields set to all ones. */
  zip64?: boolean;
  /** Override what the central record (and local header) declares. */
  crc?: number;
  uncompressedSize?: number;
  compressedSize?: number;
  /** Compressed bytes to write as they are (instead of compressing `data`); give `crc` and `uncompressedSize` with it. */
  body?: Uint8Array;
  /** Raw name bytes (instead of the UTF-8 of `name`). */
  rawName?: Uint8Array;
  /** Extra field of the central record (added after the Zip64 one, if any). */
  centralExtra?: Uint8Array;
}

export interface ForgeOptions {
  comment?: string;
  /** Write Zip64 end records (locator and record). */
  zip64End?: boolean;
  /** Entry count written in the end record(s), when it should lie. */
  count?: number;
}

class Out {
  parts: number[] = [];
  u8(...v: number[]): void {
    this.parts.push(...v);
  }
  u16(v: number): void {
    this.parts.push(v & 0xff, (v >>> 8) & 0xff);
  }
  u32(v: number): void {
    this.parts.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
  }
  u64(v: number): void {
    this.u32(v % 0x100000000);
    this.u32(Math.floor(v / 0x100000000));
  }
  bytes(b: Uint8Array): void {
    for (let i = 0; i < b.length; i++) this.parts.push(b[i]);
  }
  get length(): number {
    return this.parts.length;
  }
}

export interface Forged {
  zip: Uint8Array;
  /** Per entry: where its local header starts and its local record (with descriptor) ends. */
  ranges: { start: number; end: number }[];
}

export function forgeZip(entries: ForgeEntry[], options: ForgeOptions = {}): Forged {
  const enc = new TextEncoder();
  const out = new Out();
  const central = new Out();
  const ranges: { start: number; end: number }[] = [];
  for (const e of entries) {
    const method = e.method ?? 8;
    const body = e.body ?? (method === 8 ? deflateSync(e.data) : e.data);
    const crc = e.crc ?? crc32(e.data);
    const usize = e.uncompressedSize ?? e.data.length;
    const csize = e.compressedSize ?? body.length;
    const descriptor = e.descriptor ?? 'none';
    const name = e.rawName ?? enc.encode(e.name);
    const utf8 = !e.rawName && name.some((x) => x >= 0x80) ? 0x800 : 0;
    const flags = (e.flags ?? 0) | utf8 | (descriptor === 'none' ? 0 : 8);
    const offset = out.length;
    const zip64Extra = (sizes: [number, number] | null, off: number | null): Uint8Array => {
      const x = new Out();
      x.u16(1);
      x.u16((sizes ? 16 : 0) + (off === null ? 0 : 8));
      if (sizes) (x.u64(sizes[0]), x.u64(sizes[1]));
      if (off !== null) x.u64(off);
      return new Uint8Array(x.parts);
    };
    const hidden = descriptor !== 'none';
    const localExtra = e.zip64 ? zip64Extra(hidden ? [0, 0] : [usize, csize], null) : new Uint8Array(0);
    out.u32(0x04034b50);
    out.u16(e.zip64 ? 45 : 20);
    out.u16(flags);
    out.u16(method);
    out.u16(0);
    out.u16(0x21);
    out.u32(hidden ? 0 : crc);
    out.u32(e.zip64 ? 0xffffffff : hidden ? 0 : csize);
    out.u32(e.zip64 ? 0xffffffff : hidden ? 0 : usize);
    out.u16(name.length);
    out.u16(localExtra.length);
    out.bytes(name);
    out.bytes(localExtra);
    out.bytes(body);
    if (descriptor.startsWith('signed')) out.u32(0x08074b50);
    if (hidden) {
      out.u32(crc);
      if (descriptor.endsWith('64')) (out.u64(csize), out.u64(usize));
      else (out.u32(csize), out.u32(usize));
    }
    ranges.push({ start: offset, end: out.length });
    const zip64Central = e.zip64 ? zip64Extra([usize, csize], offset) : new Uint8Array(0);
    const centralExtra = new Uint8Array([...zip64Central, ...(e.centralExtra ?? [])]);
    central.u32(0x02014b50);
    central.u16(e.zip64 ? 45 : 20);
    central.u16(e.zip64 ? 45 : 20);
    central.u16(flags);
    central.u16(method);
    central.u16(0);
    central.u16(0x21);
    central.u32(crc);
    central.u32(e.zip64 ? 0xffffffff : csize);
    central.u32(e.zip64 ? 0xffffffff : usize);
    central.u16(name.length);
    central.u16(centralExtra.length);
    central.u16(0);
    central.u16(0);
    central.u16(0);
    central.u32(0);
    central.u32(e.zip64 ? 0xffffffff : offset);
    central.bytes(name);
    central.bytes(centralExtra);
  }
  const cdOffset = out.length;
  out.parts.push(...central.parts);
  const count = options.count ?? entries.length;
  if (options.zip64End) {
    const record = out.length;
    out.u32(0x06064b50);
    out.u64(44);
    out.u16(45);
    out.u16(45);
    out.u32(0);
    out.u32(0);
    out.u64(count);
    out.u64(count);
    out.u64(central.length);
    out.u64(cdOffset);
    out.u32(0x07064b50);
    out.u32(0);
    out.u64(record);
    out.u32(1);
  }
  const comment = enc.encode(options.comment ?? '');
  out.u32(0x06054b50);
  out.u16(0);
  out.u16(0);
  out.u16(options.zip64End ? 0xffff : count);
  out.u16(options.zip64End ? 0xffff : count);
  out.u32(options.zip64End ? 0xffffffff : central.length);
  out.u32(options.zip64End ? 0xffffffff : cdOffset);
  out.u16(comment.length);
  out.bytes(comment);
  return { zip: new Uint8Array(out.parts), ranges };
}
