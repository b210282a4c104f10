/**
 * Parsing the central directory records (APPNOTE 4.3.12), with the Zip64 extra field (4.5.3) for values
 * whose 32-bit fields hold 0xFFFFFFFF. Every length is checked against the directory's bounds.
 */
import {
  CENTRAL_HEADER_SIZE,
  EXTRA_UNICODE_PATH,
  EXTRA_ZIP64,
  FLAG_CENTRAL_ENCRYPTED,
  FLAG_ENCRYPTED,
  FLAG_STRONG_ENCRYPTION,
  FLAG_UTF8,
  MAX_U16,
  MAX_U32,
  SIG_CENTRAL,
  extraBlocks,
  u16,
  u32,
  u64,
} from './bytes';
import type { Crc32Function } from './crc32';
import type { EndRecords } from './end-records';
import { ZipError } from './errors';
import { decodeName, decodeUtf8 } from './names';

/** What one central record says; where the data starts comes later, from the local header. */
export interface CentralRecord {
  index: number;
  name: string;
  rawName: Uint8Array;
  flags: number;
  method: number;
  encrypted: boolean;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  dosTime: number;
  dosDate: number;
  comment: string;
  localHeaderOffset: number;
  centralOffset: number;
  centralLength: number;
  /** The record had a Zip64 extra field (so a data descriptor, if any, has 64-bit sizes). */
  zip64: boolean;
}

export function readCentralDirectory(b: Uint8Array, end: EndRecords, crc32: Crc32Function): CentralRecord[] {
  const { count, cdOffset, cdSize } = end;
  const cdEnd = cdOffset + cdSize;
  const records: CentralRecord[] = [];
  let p = cdOffset;
  for (let index = 0; index < count; index++) {
    if (p + CENTRAL_HEADER_SIZE > cdEnd) throw new ZipError('corrupt', `central record ${index} runs past the central directory`);
    if (u32(b, p) !== SIG_CENTRAL) throw new ZipError('corrupt', `no central record signature for entry ${index}`);
    const flags = u16(b, p + 8);
    if (flags & FLAG_CENTRAL_ENCRYPTED) throw new ZipError('encrypted', 'the central directory is encrypted');
    const nameLength = u16(b, p + 28);
    const extraLength = u16(b, p + 30);
    const commentLength = u16(b, p + 32);
    const recordEnd = p + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
    if (recordEnd > cdEnd) throw new ZipError('corrupt', `central record ${index} runs past the central directory`);
    const nameStart = p + CENTRAL_HEADER_SIZE;
    const extraStart = nameStart + nameLength;
    const rawName = b.subarray(nameStart, extraStart);
    const utf8 = (flags & FLAG_UTF8) !== 0;
    let name = decodeName(rawName, utf8);
    if (nameLength === 0) throw new ZipError('corrupt', `entry ${index} has an empty name`);

    let uncompressedSize = u32(b, p + 24);
    let compressedSize = u32(b, p + 20);
    let localHeaderOffset = u32(b, p + 42);
    const diskStart = u16(b, p + 34);
    let zip64 = false;
    const blocks = extraBlocks(b, extraStart, extraStart + extraLength) ?? [];
    for (const block of blocks) {
      if (block.id === EXTRA_ZIP64) {
        zip64 = true;
        // Present, in this order, only for the fields whose 32-bit (16-bit for the disk) value is all ones.
        let q = block.start;
        const next = (what: string): number => {
          if (q + 8 > block.end) throw new ZipError('corrupt', `the Zip64 extra field lacks the ${what}`, name);
          const v = u64(b, q);
          q += 8;
          return v;
        };
        if (uncompressedSize === MAX_U32) uncompressedSize = next('uncompressed size');
        if (compressedSize === MAX_U32) compressedSize = next('compressed size');
        if (localHeaderOffset === MAX_U32) localHeaderOffset = next('local header offset');
        if (diskStart === MAX_U16 && q + 4 > block.end) throw new ZipError('corrupt', 'the Zip64 extra field lacks the disk number', name);
      } else if (block.id === EXTRA_UNICODE_PATH && block.end - block.start >= 5 && b[block.start] === 1) {
        if (u32(b, block.start + 1) === crc32(rawName)) name = decodeUtf8(b.subarray(block.start + 5, block.end));
      }
    }
    if (diskStart !== 0 && diskStart !== MAX_U16) throw new ZipError('unsupported', 'a multi-disk (spanned) archive', name);
    const commentStart = extraStart + extraLength;
    records.push({
      index,
      name,
      rawName,
      flags,
      method: u16(b, p + 10),
      encrypted: (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) !== 0,
      crc32: u32(b, p + 16),
      compressedSize,
      uncompressedSize,
      dosTime: u16(b, p + 12),
      dosDate: u16(b, p + 14),
      comment: decodeName(b.subarray(commentStart, recordEnd), utf8),
      localHeaderOffset,
      centralOffset: p,
      centralLength: recordEnd - p,
      zip64,
    });
    p = recordEnd;
  }
  if (p !== cdEnd) {
    const more = p + 4 <= cdEnd && u32(b, p) === SIG_CENTRAL;
    throw new ZipError(
      'corrupt',
      more ? `the central directory holds more entries than the ${count} the end record says` : 'bytes left over in the central directory',
    );
  }
  return records;
}
