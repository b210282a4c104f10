/**
 * Finding the central directory: the End Of Central Directory record (searched backwards from the end,
 * past a trailing archive comment) and, when present, the Zip64 locator and Zip64 end record.
 */
import {
  CENTRAL_HEADER_SIZE,
  EOCD_SIZE,
  MAX_U16,
  MAX_U32,
  SIG_EOCD,
  SIG_LOCAL,
  SIG_ZIP64_EOCD,
  SIG_ZIP64_LOCATOR,
  ZIP64_EOCD_SIZE,
  ZIP64_LOCATOR_SIZE,
  u16,
  u32,
  u64,
} from './bytes';
import { ZipError } from './errors';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The EOCD is at most this far from the end: its own 22 bytes plus a comment of at most 65,535. */
const MAX_EOCD_DISTANCE = EOCD_SIZE + MAX_U16;

export interface EndRecords {
  /** Number of central directory records. */
  count: number;
  cdOffset: number;
  cdSize: number;
  /** Where the structures after the central directory begin (the Zip64 end record, or the EOCD): the CD must end by then. */
  cdLimit: number;
  comment: Uint8Array;
  zip64: boolean;
}

export function readEndRecords(b: Uint8Array): EndRecords {
  if (b.length >= OLE_SIGNATURE.length && OLE_SIGNATURE.every((x, i) => b[i] === x)) {
    throw new ZipError('legacy-office', 'OLE compound file signature (an .xls, or an encrypted Office document)');
  }
  const eocd = findEocd(b);
  if (eocd < 0) {
    if (b.length >= 4 && u32(b, 0) === SIG_LOCAL) throw new ZipError('truncated', 'a ZIP start without an end of central directory record');
    throw new ZipError('not-zip', 'no end of central directory record');
  }
  const disk = u16(b, eocd + 4);
  const cdDisk = u16(b, eocd + 6);
  const countOnDisk = u16(b, eocd + 8);
  let count = u16(b, eocd + 10);
  let cdSize = u32(b, eocd + 12);
  let cdOffset = u32(b, eocd + 16);
  const commentLength = u16(b, eocd + 20);
  const comment = b.subarray(eocd + EOCD_SIZE, Math.min(b.length, eocd + EOCD_SIZE + commentLength));
  let cdLimit = eocd;
  let zip64 = false;

  const locator = eocd - ZIP64_LOCATOR_SIZE;
  if (locator >= 0 && u32(b, locator) === SIG_ZIP64_LOCATOR) {
    zip64 = true;
    if (u32(b, locator + 4) !== 0 || u32(b, locator + 16) > 1) throw new ZipError('unsupported', 'a multi-disk (spanned) archive');
    const record = u64(b, locator + 8);
    if (record + ZIP64_EOCD_SIZE > locator) {
      throw new ZipError(record + ZIP64_EOCD_SIZE > b.length ? 'truncated' : 'corrupt', 'the Zip64 end record lies outside the file');
    }
    if (u32(b, record) !== SIG_ZIP64_EOCD) throw new ZipError('corrupt', 'no Zip64 end record where the locator points');
    const recordSize = u64(b, record + 4);
    if (recordSize < ZIP64_EOCD_SIZE - 12 || record + 12 + recordSize > locator) throw new ZipError('corrupt', 'the Zip64 end record has a bad size');
    if (u32(b, record + 16) !== 0 || u32(b, record + 20) !== 0) throw new ZipError('unsupported', 'a multi-disk (spanned) archive');
    const onDisk64 = u64(b, record + 24);
    count = u64(b, record + 32);
    if (onDisk64 !== count) throw new ZipError('unsupported', 'a multi-disk (spanned) archive');
    cdSize = u64(b, record + 40);
    cdOffset = u64(b, record + 48);
    cdLimit = record;
  } else {
    if (disk !== 0 || cdDisk !== 0 || countOnDisk !== count) throw new ZipError('unsupported', 'a multi-disk (spanned) archive');
    if (cdOffset === MAX_U32 || cdSize === MAX_U32) throw new ZipError('corrupt', 'Zip64 values without a Zip64 end record');
  }
  if (cdOffset + cdSize > cdLimit) {
    throw new ZipError(cdOffset + cdSize > b.length ? 'truncated' : 'corrupt', 'the central directory lies outside the file');
  }
  if (count * CENTRAL_HEADER_SIZE > cdSize) throw new ZipError('corrupt', `${count} entries cannot fit in a ${cdSize}-byte central directory`);
  return { count, cdOffset, cdSize, cdLimit, comment, zip64 };
}

/**
 * The EOCD's position, or -1. Searching backwards, the first signature whose comment length reaches exactly
 * the end of the file wins; failing that (bytes after the comment), the last one whose comment fits.
 */
function findEocd(b: Uint8Array): number {
  const lowest = Math.max(0, b.length - MAX_EOCD_DISTANCE);
  let fallback = -1;
  for (let p = b.length - EOCD_SIZE; p >= lowest; p--) {
    if (b[p] !== 0x50 || b[p + 1] !== 0x4b || u32(b, p) !== SIG_EOCD) continue;
    const end = p + EOCD_SIZE + u16(b, p + 20);
    if (end === b.length) return p;
    if (end < b.length && fallback < 0) fallback = p;
  }
  return fallback;
}
