import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import type { FileHandle } from 'fs/promises';
import path from 'path';
import { errnoCode } from './os-errors';
import { registerTemp, removeTemp } from './temp-registry';

/** Longest part of the original name kept in a temporary or lock file's name, in UTF-8 bytes (names are limited to 255). */
const MAX_NAME_PART_BYTES = 120;

/** The start of `name`, cut on a character boundary to at most `maxBytes` UTF-8 bytes. */
export function shortenName(name: string, maxBytes = MAX_NAME_PART_BYTES): string {
  let out = '';
  let bytes = 0;
  for (const ch of name) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > maxBytes) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/** `.~psheet-<name>-<random>.tmp` next to `target`: hidden, recognisable, unique. */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.~psheet-${shortenName(path.basename(target))}-${randomBytes(6).toString('hex')}.tmp`);
}

/** Permission bits and owner to give the new file. */
export interface FileMeta {
  mode: number;
  uid: number;
  gid: number;
}

async function chownIfAllowed(fh: FileHandle, uid: number, gid: number): Promise<void> {
  try {
    await fh.chown(uid, gid);
  } catch (e) {
    // Only the superuser may give a file to someone else: the file then belongs to whoever runs psheet.
    if (errnoCode(e) !== 'EPERM' && errnoCode(e) !== 'EINVAL' && errnoCode(e) !== 'ENOTSUP') throw e;
  }
}

/**
 * Writes `bytes` to a new temporary file in the folder of `target` (so that a rename can put it
 * in place atomically), created exclusively, with the given mode and owner when `meta` is given
 * (the owner first: a change of owner clears set-id bits), and flushed to disk. The file is in
 * the temp registry until the caller renames or removes it; on failure it is removed here.
 * Errors are the system's (the caller names the user's path).
 */
export async function writeTempBeside(target: string, bytes: Uint8Array, meta?: FileMeta): Promise<string> {
  const tmp = tempPathFor(target);
  let fh: FileHandle | undefined;
  let created = false;
  try {
    // Created with the original's permission bits at most (the umask can only remove some), so
    // the data is never readable by more people than the original allowed.
    fh = await fs.open(tmp, 'wx', meta ? meta.mode & 0o777 : 0o666);
    created = true;
    registerTemp(tmp);
    if (meta) {
      await chownIfAllowed(fh, meta.uid, meta.gid);
      await fh.chmod(meta.mode & 0o7777);
    }
    await fh.writeFile(bytes);
    await fh.sync();
    await fh.close();
    fh = undefined;
    return tmp;
  } catch (e) {
    if (fh) await fh.close().catch(() => undefined);
    if (created) await removeTemp(tmp);
    throw e;
  }
}

/** Error codes with which a platform or file system says it cannot sync a directory. */
const DIR_SYNC_UNSUPPORTED = new Set(['EINVAL', 'EISDIR', 'EPERM', 'EACCES', 'ENOTSUP', 'EBADF']);

/**
 * Flushes a folder's entries to disk so that a rename or a new file survives a power cut (best
 * effort: Windows cannot open a folder, some file systems refuse to sync one). Other errors are
 * returned for the caller to report, the write itself having been done.
 */
export async function syncDirectory(dir: string): Promise<unknown> {
  let fh: FileHandle | undefined;
  try {
    fh = await fs.open(dir, 'r');
    await fh.sync();
    return undefined;
  } catch (e) {
    return DIR_SYNC_UNSUPPORTED.has(errnoCode(e) ?? '') ? undefined : e;
  } finally {
    await fh?.close().catch(() => undefined);
  }
}
