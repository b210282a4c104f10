/**
 * Little-endian reads and writes on plain Uint8Arrays (no DataView allocation per call, no Buffer),
 * and the fixed numbers of the ZIP format (APPNOTE.TXT, section 4).
 */

export const SIG_LOCAL = 0x04034b50;
export const SIG_CENTRAL = 0x02014b50;
export const SIG_EOCD = 0x06054b50;
export const SIG_ZIP64_EOCD = 0x06064b50;
export const SIG_ZIP64_LOCATOR = 0x07064b50;
export const SIG_DESCRIPTOR = 0x08074b50;

export const LOCAL_HEADER_SIZE = 30;
export const CENTRAL_HEADER_SIZE = 46;
export const EOCD_SIZE = 22;
export const ZIP64_LOCATOR_SIZE = 20;
export const ZIP64_EOCD_SIZE = 56;

/** The Zip64 extended information extra field. */
export const EXTRA_ZIP64 = 0x0001;
/** Info-ZIP Unicode Path extra field. */
export const EXTRA_UNICODE_PATH = 0x7075;

export const FLAG_ENCRYPTED = 0x0001;
export const FLAG_DATA_DESCRIPTOR = 0x0008;
export const FLAG_STRONG_ENCRYPTION = 0x0040;
export const FLAG_UTF8 = 0x0800;
export const FLAG_CENTRAL_ENCRYPTED = 0x2000;

export const METHOD_STORED = 0;
export const METHOD_DEFLATE = 8;

export const MAX_U16 = 0xffff;
export const MAX_U32 = 0xffffffff;

export function u16(b: Uint8Array, p: number): number {
  return b[p] | (b[p + 1] << 8);
}

export function u32(b: Uint8Array, p: number): number {
  return (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16)) + b[p + 3] * 0x1000000;
}

/** An unsigned 64-bit value; Infinity when it is beyond Number.MAX_SAFE_INTEGER (every range check then fails). */
export function u64(b: Uint8Array, p: number): number {
  const hi = u32(b, p + 4);
  if (hi > 0x1fffff) return Infinity;
  return hi * 0x100000000 + u32(b, p);
}

export function put16(b: Uint8Array, p: number, v: number): void {
  b[p] = v & 0xff;
  b[p + 1] = (v >>> 8) & 0xff;
}

export function put32(b: Uint8Array, p: number, v: number): void {
  b[p] = v & 0xff;
  b[p + 1] = (v >>> 8) & 0xff;
  b[p + 2] = (v >>> 16) & 0xff;
  b[p + 3] = (v >>> 24) & 0xff;
}

export function put64(b: Uint8Array, p: number, v: number): void {
  put32(b, p, v % 0x100000000);
  put32(b, p + 4, Math.floor(v / 0x100000000));
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** One block of an extra field: its header id and where its data lies (absolute positions in the buffer). */
export interface ExtraBlock {
  id: number;
  start: number;
  end: number;
}

/** Splits an extra field into its blocks; undefined when the blocks do not exactly fill it (a malformed extra field). */
export function extraBlocks(b: Uint8Array, start: number, end: number): ExtraBlock[] | undefined {
  const blocks: ExtraBlock[] = [];
  let p = start;
  while (p + 4 <= end) {
    const id = u16(b, p);
    const size = u16(b, p + 2);
    if (p + 4 + size > end) return undefined;
    blocks.push({ id, start: p + 4, end: p + 4 + size });
    p += 4 + size;
  }
  return p === end ? blocks : undefined;
}
