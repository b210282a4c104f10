import { constants, promises as fs } from 'fs';
import type { BigIntStats } from 'fs';
import { FileAccessError } from './file-access-error';
import { fileTexts } from './messages';
import { fromOsError } from './os-errors';

/** Refuses what is not a regular file (a folder, a device, a pipe). */
export function refuseNonRegular(st: BigIntStats, userPath: string): void {
  if (st.isDirectory()) throw new FileAccessError('is-dir', fileTexts.isDir(userPath), userPath);
  if (!st.isFile()) throw new FileAccessError('not-file', fileTexts.notFile(userPath), userPath);
}

/**
 * Refuses to replace a file whose owner may not write it, or which has several names.
 *
 * - Read-only: judged on the mode's owner-write bit, not only on `access()`, because the
 *   superuser passes every `access()` check; a file someone made read-only (chmod a-w, the
 *   Windows "Read-only" attribute) is left alone rather than silently made writable again.
 * - Hard links: a replacement is a rename of a new file over the name, which gives that name a
 *   new inode while the file's other names keep the old one; the link would be split silently, so
 *   the user is sent to --out instead.
 */
export function refuseUnsafeToReplace(st: BigIntStats, userPath: string, platform: NodeJS.Platform = process.platform): void {
  if ((Number(st.mode) & 0o200) === 0) throw new FileAccessError('read-only', fileTexts.readOnly(userPath, platform), userPath);
  if (st.nlink > 1n) throw new FileAccessError('hard-link', fileTexts.hardLink(userPath, Number(st.nlink)), userPath);
}

/**
 * Refuses a file that this process may not write (another user's file, an ACL): meaningful for
 * ordinary users; for the superuser `access()` always succeeds, so the mode check above is the
 * one that counts.
 */
export async function refuseNotWritable(target: string, userPath: string, platform: NodeJS.Platform = process.platform): Promise<void> {
  try {
    await fs.access(target, constants.W_OK);
  } catch (e) {
    throw fromOsError(e, userPath, 'write', platform);
  }
}
