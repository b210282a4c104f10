/**
 * Unpacking one entry: stored (method 0) or deflate (method 8, inflated incrementally with fflate's
 * streaming Inflate). Every byte produced is counted as it comes: against the entry's declared size
 * (more is an error at once, fewer is an error at the end) and against the file's ByteBudget; the
 * CRC-32 is computed on the way and compared at the end. Nothing is allocated from a declared size:
 * memory follows the bytes actually produced, and a deflate bomb stops within one input slice.
 */
import type { ByteBudget } from './budget';
import { METHOD_DEFLATE, METHOD_STORED } from './bytes';
import { ZipError } from './errors';
import { fflate } from './fflate';
import type { ZipArchive, ZipEntry } from './types';

/**
 * Compressed bytes handed to the inflater per push. fflate inflates a whole push before reporting, and deflate
 * expands at most ~1032:1, so one push yields at most ~17 MB: the most a bomb can make us hold before it is stopped.
 */
const INPUT_SLICE = 16 * 1024;
/** Stored data is reported in slices of this size. */
const STORED_SLICE = 256 * 1024;

/** An exception thrown by the caller's onChunk, carried through fflate untouched. */
class ConsumerFailure {
  constructor(readonly error: unknown) {}
}

/** Checks what can be checked before unpacking; returns the compressed data. */
function compressedData(zip: ZipArchive, entry: ZipEntry, budget: ByteBudget): Uint8Array {
  if (zip.entries[entry.index] !== entry) throw new RangeError(`entry "${entry.name}" does not belong to this archive`);
  if (entry.encrypted) throw new ZipError('encrypted', 'the entry is encrypted', entry.name);
  if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATE) {
    throw new ZipError('unsupported', `compression method ${entry.method}`, entry.name);
  }
  budget.require(entry.uncompressedSize, entry.name);
  const data = zip.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === METHOD_STORED && entry.compressedSize !== entry.uncompressedSize) {
    throw new ZipError('corrupt', `stored entry with compressed size ${entry.compressedSize} and uncompressed size ${entry.uncompressedSize}`, entry.name);
  }
  return data;
}

/**
 * Unpacks an entry, handing each produced chunk to `onChunk` in order. Stored data comes as views into
 * the archive's bytes (copy them to keep them beyond the archive's life or to modify them); inflated chunks are fresh.
 * Verification (size, CRC) completes only at the end: if streamEntry throws, discard what was received.
 * Throws ZipError: 'encrypted', 'unsupported', 'too-large', 'corrupt', 'crc'. An exception thrown by onChunk
 * stops the read and is rethrown as is.
 */
export function streamEntry(zip: ZipArchive, entry: ZipEntry, onChunk: (chunk: Uint8Array) => void, budget: ByteBudget): void {
  if (entry.isDirectory) return;
  const data = compressedData(zip, entry, budget);
  const declared = entry.uncompressedSize;
  const crc32 = zip.crc32;
  let produced = 0;
  let crc = 0;
  const accept = (chunk: Uint8Array): void => {
    if (chunk.length === 0) return;
    if (produced + chunk.length > declared) {
      throw new ZipError('corrupt', `unpacks to more than the ${declared} bytes declared`, entry.name);
    }
    budget.take(chunk.length, entry.name);
    produced += chunk.length;
    crc = crc32(chunk, crc);
    try {
      onChunk(chunk);
    } catch (e) {
      throw new ConsumerFailure(e);
    }
  };
  try {
    if (entry.method === METHOD_STORED) {
      for (let p = 0; p < data.length; p += STORED_SLICE) accept(data.subarray(p, Math.min(data.length, p + STORED_SLICE)));
    } else if (zip.inflate) {
      // A native inflate, capped at the declared size (the budget already holds that much): one
      // call, then handed on in slices so consumers still stream.
      let out: Uint8Array;
      try {
        out = zip.inflate(data, declared);
      } catch (e) {
        throw new ZipError('corrupt', 'invalid compressed data, or more than the declared size', entry.name, e);
      }
      for (let p = 0; p < out.length; p += STORED_SLICE) accept(out.subarray(p, Math.min(out.length, p + STORED_SLICE)));
    } else {
      const inflater = new (fflate().Inflate)((chunk) => accept(chunk));
      if (data.length === 0) inflater.push(data, true);
      for (let p = 0; p < data.length; p += INPUT_SLICE) {
        const end = Math.min(data.length, p + INPUT_SLICE);
        inflater.push(data.subarray(p, end), end === data.length);
      }
    }
  } catch (e) {
    if (e instanceof ConsumerFailure) throw e.error;
    if (e instanceof ZipError) throw e;
    throw new ZipError('corrupt', 'invalid compressed data', entry.name, e);
  }
  if (produced !== declared) throw new ZipError('corrupt', `unpacks to ${produced} bytes, ${declared} declared`, entry.name);
  if (crc !== entry.crc32) {
    throw new ZipError('crc', `CRC-32 ${hex(crc)} of the data, ${hex(entry.crc32)} recorded`, entry.name);
  }
}

/**
 * Unpacks an entry into one new Uint8Array (the caller owns it). The buffer grows with the bytes actually
 * produced (never sized from the declared size up front). Same checks and errors as streamEntry.
 */
export function readEntry(zip: ZipArchive, entry: ZipEntry, budget: ByteBudget): Uint8Array {
  if (entry.isDirectory) return new Uint8Array(0);
  const declared = entry.uncompressedSize;
  let out = new Uint8Array(Math.min(declared, 64 * 1024));
  let length = 0;
  streamEntry(
    zip,
    entry,
    (chunk) => {
      const need = length + chunk.length;
      if (need > out.length) {
        // need <= declared: streamEntry refuses anything beyond the declared size before calling us.
        const grown = new Uint8Array(Math.min(declared, Math.max(need, out.length * 2)));
        grown.set(out.subarray(0, length));
        out = grown;
      }
      out.set(chunk, length);
      length = need;
    },
    budget,
  );
  return length === out.length ? out : out.slice(0, length);
}

function hex(n: number): string {
  return n.toString(16).padStart(8, '0');
}
