/**
 * Opening a ZIP archive: end records, central directory, local headers, all validated against the buffer.
 * Nothing is unpacked here; readEntry/streamEntry (entry-data.ts) do that, under a ByteBudget.
 */
import { crc32 as defaultCrc32 } from './crc32';
import { readCentralDirectory } from './central-directory';
import { readEndRecords } from './end-records';
import { ZipError } from './errors';
import { locateLocalRecords } from './local-headers';
import { partKey } from './names';
import { DEFAULT_MAX_ENTRIES, type ZipArchive, type ZipEntry, type ZipOptions } from './types';

export { readEntry, streamEntry } from './entry-data';

/**
 * Parses the archive's structure. Throws ZipError: 'legacy-office' (OLE file), 'not-zip', 'truncated',
 * 'corrupt' (inconsistent structures, overlapping entries, duplicate part names), 'too-large' (more than
 * maxEntries), 'unsupported' (multi-disk), 'encrypted' (encrypted central directory).
 * Encrypted entries and unknown compression methods are listed; reading them throws.
 * `bytes` is kept, not copied.
 */
export function openZip(bytes: Uint8Array, options: ZipOptions = {}): ZipArchive {
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const crc32 = options.crc32 ?? defaultCrc32;
  const end = readEndRecords(bytes);
  if (end.count > maxEntries) throw new ZipError('too-large', `${end.count} entries, more than the ${maxEntries} allowed`);
  const records = readCentralDirectory(bytes, end, crc32);
  const layouts = locateLocalRecords(bytes, records, end.cdOffset);
  const byKey = new Map<string, ZipEntry>();
  const entries: ZipEntry[] = records.map((r, i) => {
    const layout = layouts[i];
    const entry: ZipEntry = Object.freeze({
      index: r.index,
      name: r.name,
      rawName: r.rawName,
      isDirectory: r.name.endsWith('/'),
      flags: r.flags,
      method: r.method,
      encrypted: r.encrypted || layout.encrypted,
      crc32: r.crc32,
      compressedSize: r.compressedSize,
      uncompressedSize: r.uncompressedSize,
      dosTime: r.dosTime,
      dosDate: r.dosDate,
      comment: r.comment,
      localHeaderOffset: r.localHeaderOffset,
      dataOffset: layout.dataOffset,
      recordEnd: layout.recordEnd,
      descriptorLength: layout.descriptorLength,
      centralOffset: r.centralOffset,
      centralLength: r.centralLength,
    });
    const key = partKey(r.name);
    if (byKey.has(key)) throw new ZipError('corrupt', `two entries named "${key}" (part names ignore case)`, r.name);
    byKey.set(key, entry);
    return entry;
  });
  return Object.freeze({
    bytes,
    entries: Object.freeze(entries),
    comment: end.comment,
    zip64: end.zip64,
    crc32,
    ...(options.inflate ? { inflate: options.inflate } : {}),
    find: (name: string) => byKey.get(partKey(name)),
  });
}
