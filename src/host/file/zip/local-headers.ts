/**
 * Locating each entry's data: its local header (APPNOTE 4.3.7) is checked against the central record
 * (signature, same name bytes, same method), its name and extra lengths give where the data starts,
 * and a data descriptor (4.3.9) after the data is measured so the whole local record is known.
 * Local records must lie before the central directory and must not overlap one another.
 */
import {
  EXTRA_ZIP64,
  FLAG_DATA_DESCRIPTOR,
  FLAG_ENCRYPTED,
  FLAG_STRONG_ENCRYPTION,
  LOCAL_HEADER_SIZE,
  SIG_DESCRIPTOR,
  SIG_LOCAL,
  extraBlocks,
  sameBytes,
  u16,
  u32,
  u64,
} from './bytes';
import type { CentralRecord } from './central-directory';
import { ZipError } from './errors';

export interface LocalLayout {
  dataOffset: number;
  descriptorLength: number;
  recordEnd: number;
  /** The local header marks the entry encrypted (even if the central record does not). */
  encrypted: boolean;
}

/** Lays out every record's local part; `cdOffset` is where the central directory starts. Result in record order. */
export function locateLocalRecords(b: Uint8Array, records: readonly CentralRecord[], cdOffset: number): LocalLayout[] {
  const layouts: LocalLayout[] = new Array(records.length);
  const byOffset = records.map((r) => r.index).sort((x, y) => records[x].localHeaderOffset - records[y].localHeaderOffset);
  for (let k = 0; k < byOffset.length; k++) {
    const r = records[byOffset[k]];
    const nextStart = k + 1 < byOffset.length ? records[byOffset[k + 1]].localHeaderOffset : cdOffset;
    layouts[r.index] = locateOne(b, r, nextStart, cdOffset);
  }
  return layouts;
}

function outside(b: Uint8Array, end: number): ZipError['reason'] {
  return end > b.length ? 'truncated' : 'corrupt';
}

function locateOne(b: Uint8Array, r: CentralRecord, nextStart: number, cdOffset: number): LocalLayout {
  const lh = r.localHeaderOffset;
  if (lh + LOCAL_HEADER_SIZE > cdOffset) throw new ZipError(outside(b, lh + LOCAL_HEADER_SIZE), 'the local header lies outside the entries area', r.name);
  if (u32(b, lh) !== SIG_LOCAL) throw new ZipError('corrupt', 'no local header signature where the central directory points', r.name);
  const flags = u16(b, lh + 6);
  const method = u16(b, lh + 8);
  const nameLength = u16(b, lh + 26);
  const extraLength = u16(b, lh + 28);
  const nameStart = lh + LOCAL_HEADER_SIZE;
  const extraStart = nameStart + nameLength;
  const dataOffset = extraStart + extraLength;
  if (dataOffset > cdOffset) throw new ZipError(outside(b, dataOffset), 'the local header runs into the central directory', r.name);
  if (!sameBytes(b.subarray(nameStart, extraStart), r.rawName)) throw new ZipError('corrupt', 'the local header names another entry', r.name);
  if (method !== r.method) throw new ZipError('corrupt', `the local header says method ${method}, the central directory ${r.method}`, r.name);
  const dataEnd = dataOffset + r.compressedSize;
  if (dataEnd > nextStart) {
    if (dataEnd > cdOffset) throw new ZipError(outside(b, dataEnd), 'the data runs past the entries area', r.name);
    throw new ZipError('corrupt', 'the data overlaps the next entry', r.name);
  }
  let descriptorLength = 0;
  if ((flags | r.flags) & FLAG_DATA_DESCRIPTOR) {
    const localZip64 = (extraBlocks(b, extraStart, dataOffset) ?? []).some((x) => x.id === EXTRA_ZIP64);
    descriptorLength = measureDescriptor(b, r, dataEnd, nextStart, r.zip64 || localZip64);
  }
  return {
    dataOffset,
    descriptorLength,
    recordEnd: dataEnd + descriptorLength,
    encrypted: (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) !== 0,
  };
}

/**
 * The length of the data descriptor at `at`: with or without its optional signature, with 32- or 64-bit sizes.
 * A variant matches when its CRC and sizes equal the central record's; several may (a 64-bit descriptor of an
 * empty entry also reads as a 32-bit one): the one ending exactly where the next record starts wins, else the
 * first tried (64-bit first for Zip64 entries). When none matches (the central directory is the truth, so this
 * is tolerated), the space up to the next record is taken if it has a descriptor's length, else a signed
 * descriptor's nominal length, else nothing.
 */
function measureDescriptor(b: Uint8Array, r: CentralRecord, at: number, limit: number, zip64: boolean): number {
  const signed = at + 4 <= limit && u32(b, at) === SIG_DESCRIPTOR;
  const widths = zip64 ? [8, 4] : [4, 8];
  const starts = signed ? [at + 4, at] : [at];
  let first = -1;
  for (const start of starts) {
    for (const w of widths) {
      const end = start + 4 + 2 * w;
      if (end > limit) continue;
      const csize = w === 8 ? u64(b, start + 4) : u32(b, start + 4);
      const usize = w === 8 ? u64(b, start + 4 + w) : u32(b, start + 8);
      if (u32(b, start) !== r.crc32 || csize !== r.compressedSize || usize !== r.uncompressedSize) continue;
      if (end === limit) return end - at;
      if (first < 0) first = end - at;
    }
  }
  if (first >= 0) return first;
  const gap = limit - at;
  if (gap === 12 || gap === 16 || gap === 20 || gap === 24) return gap;
  const nominal = signed ? (zip64 ? 24 : 16) : 0;
  return nominal <= gap ? nominal : 0;
}
