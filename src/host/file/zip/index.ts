/**
 * # ZIP layer for .xlsx packages
 *
 * Pure TypeScript (Uint8Array, TextDecoder; fflate for inflate/deflate): runs in Node and in the browser.
 * Nothing here trusts what a file declares: structures are checked against the buffer, unpacked bytes are
 * counted as they are produced, and CRC-32s are verified.
 *
 * ## Reading
 * ```ts
 * const zip = openZip(bytes);                        // structure only; throws ZipError
 * const budget = new ByteBudget();                   // one per file: 1 GiB of unpacked bytes in all
 * const entry = zip.find('/xl/workbook.xml');        // case-insensitive, leading "/" optional
 * const xml = readEntry(zip, entry!, budget);        // Uint8Array, verified (size, CRC)
 * streamEntry(zip, entry!, (chunk) => sax.write(chunk), budget); // same checks, chunk by chunk
 * ```
 * - `openZip(bytes, { maxEntries = 10_000, crc32 })`: parses the end of central directory (searched backwards,
 *   trailing comment allowed), Zip64 locator and end record, central directory and every local header.
 *   Rejects overlapping entries, out-of-range offsets, counts that disagree with the directory, duplicate part
 *   names. The central directory is the truth for sizes and CRC; data descriptors (signed or not, 32- or
 *   64-bit) are recognised so the whole local record is known.
 * - `readEntry` / `streamEntry`: stored and deflate only. Producing more than the declared size fails at once,
 *   fewer fails at the end; an entry whose declared size exceeds what is left of the budget fails before
 *   unpacking. A streamed read is verified only when streamEntry returns: discard its chunks if it throws.
 *   Directory entries yield no bytes.
 * - Names: UTF-8 when flag bit 11 is set, else code page 437 (ASCII for every OPC part name); the stored bytes
 *   are kept in `entry.rawName`.
 *
 * ## Writing
 * - `rewriteZip(zip, new Map([[partName, bytes]]))`: entries not replaced are copied byte for byte (local header,
 *   data, data descriptor; central record with only the offset changed); replaced entries keep their name
 *   spelling, place, time, attributes, comment and central extra fields (less Zip64), and are deflated
 *   (level 6; stored when that does not shrink them) with a fresh local header and no descriptor. Names not in
 *   the archive are added at the end. Archive comment kept. Beyond 4 GiB: ZipError 'too-large' (not supported).
 * - `createZip([{ name, data }])`: a new archive (deflate/stored as above, UTF-8 names flagged when not ASCII).
 *
 * ## Errors
 * Every failure about the file is a `ZipError` with `reason` (a `ZipProblem`), `entry` (part name, when one
 * entry is concerned), `detail` (English, for logs) and `cause` (e.g. fflate's exception: never show it).
 * `zipProblemText(reason, entry?)` / `error.text` give the `{ ja, en }` message for the user. Misuse by the
 * caller (an entry of another archive, data for a directory) throws RangeError.
 *
 * ## CRC-32
 * `crc32(data, previous?)` is this layer's (slicing by 8). A native one with the same contract can be passed
 * as `crc32` to openZip/createZip/rewriteZip (Node 20.15+: `zlib.crc32`).
 */
export { openZip, readEntry, streamEntry } from './read';
export { rewriteZip, createZip, type WriteOptions, type CreateOptions, type DeflateFunction } from './write';
export { ByteBudget, DEFAULT_BUDGET_BYTES } from './budget';
export { ZipError, zipProblemText, ZIP_PROBLEMS, type ZipProblem } from './errors';
export { crc32, type Crc32Function } from './crc32';
export { partKey } from './names';
export { DEFAULT_MAX_ENTRIES, type ZipArchive, type ZipEntry, type ZipOptions, type InflateFunction } from './types';
