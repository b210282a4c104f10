import zlib from 'zlib';
import type { Crc32Function, DeflateFunction, InflateFunction } from '../host/file/zip';
import type { OpenOptions } from '../host/file/xlsx';

/**
 * The CLI's edge of the file layer: Node's native zlib where it beats the portable code (the
 * file layer itself runs in the browser too and only takes these as options).
 */

/** Node's native CRC-32 where it exists (Node 20.15+), else the zip layer's own. */
export const nativeCrc32 = (zlib as unknown as { crc32?: Crc32Function }).crc32;

/**
 * Node's native raw inflate, capped at the size the zip declares (it throws past it). Inflated into one buffer of
 * the declared size when that is at most 16 times the packed data (XML packs about 10:1): half the time of zlib's
 * default 16 KB pieces joined at the end. A bigger declared size is not trusted for an allocation up front.
 */
export const nativeInflate: InflateFunction = (data, maxOutput) =>
  zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxOutput), chunkSize: Math.max(64, Math.min(maxOutput, data.length * 16)) });

/** Node's native raw deflate: about 3× fflate's for the parts the CLI writes. */
export const nativeDeflate: DeflateFunction = (data, level) => zlib.deflateRawSync(data, { level });

/** How the CLI opens workbooks. */
export const OPEN_OPTIONS: OpenOptions = { ...(nativeCrc32 ? { crc32: nativeCrc32 } : {}), inflate: nativeInflate };
