/** The shapes the ZIP reader hands out. */
import type { Crc32Function } from './crc32';

export interface ZipOptions {
  /** Most entries an archive may have (checked against the end record before anything is parsed). Default 10,000. */
  maxEntries?: number;
  /** CRC-32 implementation (e.g. Node's zlib.crc32). Default: this layer's own. */
  crc32?: Crc32Function;
  /** A native raw inflate (e.g. Node's zlib.inflateRawSync); default fflate's streaming Inflate. */
  inflate?: InflateFunction;
}

/**
 * Raw inflate (RFC 1951) of `data` producing at most `maxOutput` bytes: it must throw, without
 * producing more, when the data would unpack to more (Node's `inflateRawSync` with
 * `maxOutputLength` does). The caller still checks the size and the CRC-32.
 */
export type InflateFunction = (data: Uint8Array, maxOutput: number) => Uint8Array;

export const DEFAULT_MAX_ENTRIES = 10_000;

/**
 * One entry, as its central directory record describes it (the central directory is the truth: the local
 * header's sizes are ignored, they may be zero when a data descriptor follows).
 * Offsets are absolute positions in `ZipArchive.bytes`.
 */
export interface ZipEntry {
  /** Position in the central directory (0-based). */
  readonly index: number;
  /** The name, decoded (UTF-8 when flag bit 11 is set, else code page 437; see names.ts). */
  readonly name: string;
  /** The name's bytes exactly as stored in the central directory. */
  readonly rawName: Uint8Array;
  /** The name ends with "/": listed, but it has no data (reading it yields zero bytes). */
  readonly isDirectory: boolean;
  /** General purpose bit flags of the central record. */
  readonly flags: number;
  /** Compression method: 0 stored, 8 deflate; others are listed but cannot be read ('unsupported'). */
  readonly method: number;
  /** Encrypted (flag bit 0 or 6): listed, but reading it throws 'encrypted'. */
  readonly encrypted: boolean;
  /** CRC-32 of the uncompressed data, unsigned. */
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** MS-DOS time and date fields of the central record. */
  readonly dosTime: number;
  readonly dosDate: number;
  /** The entry comment, decoded like the name. */
  readonly comment: string;
  /** Where the local header starts. */
  readonly localHeaderOffset: number;
  /** Where the compressed data starts (after the local header, its name and extra field). */
  readonly dataOffset: number;
  /** Where the entry's local record ends: after its data and its data descriptor, if any. */
  readonly recordEnd: number;
  /** Length of the data descriptor after the data (0, 12, 16, 20 or 24). */
  readonly descriptorLength: number;
  /** Where the central directory record starts, and its length (46 + name + extra + comment). */
  readonly centralOffset: number;
  readonly centralLength: number;
}

export interface ZipArchive {
  /** The whole file, as given to openZip (not copied: do not modify it while the archive is in use). */
  readonly bytes: Uint8Array;
  /** Every entry, in central directory order (directories included). */
  readonly entries: readonly ZipEntry[];
  /** The archive comment's bytes, as stored. */
  readonly comment: Uint8Array;
  /** Whether the end records are Zip64. */
  readonly zip64: boolean;
  /** The CRC-32 implementation reads and rewrites of this archive use. */
  readonly crc32: Crc32Function;
  /** The native inflate reads use, when one was given. */
  readonly inflate?: InflateFunction;
  /** Finds an entry by part name: case-insensitive, a leading "/" is ignored. */
  find(name: string): ZipEntry | undefined;
}
