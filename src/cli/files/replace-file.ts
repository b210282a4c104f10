import { promises as fs } from 'fs';
import path from 'path';
import { FileAccessError } from './file-access-error';
import { fingerprintOf, sameFingerprint, sameStat } from './fingerprint';
import { fileTexts } from './messages';
import { errnoCode, fromOsError } from './os-errors';
import { ReadForUpdate } from './read-for-update';
import { readWhole } from './read-whole';
import { refuseNotWritable, refuseUnsafeToReplace } from './target-checks';
import { syncDirectory, writeTempBeside } from './temp-file';
import { forgetTemp, removeTemp } from './temp-registry';
import { withWriteLock } from './write-lock';

export interface ReplaceOptions {
  /** How long to wait for another psheet run that is replacing the same file (milliseconds). */
  lockWaitMs?: number;
  /**
   * For tests: called at the named step (the temporary file is written and flushed; the lock is
   * held and the file checked, just before the rename). A rejection aborts like any failure.
   */
  hooks?: { afterTempWritten?: () => Promise<void> | void; beforeRename?: () => Promise<void> | void };
}

function changed(userPath: string, cause?: unknown): FileAccessError {
  return new FileAccessError('changed', fileTexts.changed(userPath), userPath, { cause });
}

/**
 * Fails with 'changed' unless the file at `original.target` is still the one that was read:
 * same inode, size, modification time and mode, and, when `withContent`, the same SHA-256 of
 * its bytes (an edit that kept the size and put the modification time back is caught here).
 * Also re-applies the read-only and hard-link refusals, which may have become true since.
 */
async function checkUnchanged(original: ReadForUpdate, withContent: boolean): Promise<void> {
  const { path: userPath, target, fingerprint } = original;
  let st;
  try {
    st = await fs.lstat(target, { bigint: true });
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') throw changed(userPath, e);
    throw fromOsError(e, userPath, 'read');
  }
  if (!st.isFile()) throw changed(userPath);
  // Before the comparison, which includes the mode: "read-only" says more than "changed".
  refuseUnsafeToReplace(st, userPath);
  if (!sameStat(fingerprint, st)) throw changed(userPath);
  await refuseNotWritable(target, userPath);
  if (!withContent) return;
  let now;
  try {
    now = await readWhole(target, userPath, fingerprint.size);
  } catch (e) {
    // Whatever the file turned into since the lstat above (bigger, a folder, gone), it changed.
    if (e instanceof FileAccessError && ['too-large', 'not-found', 'is-dir', 'not-file', 'changed'].includes(e.code)) throw changed(userPath, e);
    throw e;
  }
  if (!sameFingerprint(fingerprint, fingerprintOf(now.stat, now.bytes))) throw changed(userPath);
}

const WINDOWS_TRANSIENT = new Set(['EPERM', 'EACCES', 'EBUSY']);

/**
 * Renames the temporary file over the target. On Windows an antivirus or indexer may hold the
 * file for a moment, so a few retries (about a second in all) come before the failure, which then
 * asks to close the file in Excel.
 */
async function renameInto(tmp: string, target: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(tmp, target);
      return;
    } catch (e) {
      if (process.platform !== 'win32' || attempt >= 5 || !WINDOWS_TRANSIENT.has(errnoCode(e) ?? '')) throw e;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/**
 * Replaces the file read by readForUpdate with `bytes` (`--in-place`), so that at every moment
 * the file holds either its old content or the whole new one:
 *
 * 1. a temporary file `.~psheet-NAME-RANDOM.tmp` is created in the target's own folder (a rename
 *    is atomic only within one file system), exclusively, with the original's mode and, when
 *    allowed, owner; all bytes are written and flushed (fsync);
 * 2. holding a lock against other psheet runs, the file is checked to be still what was read
 *    (inode, size, time, mode, SHA-256), else 'changed' and nothing is written;
 * 3. the temporary file is renamed over the target, the real file behind a symbolic link, so the
 *    link stays a link; the folder is flushed (best effort).
 *
 * Read-only files and files with several hard links are refused (see target-checks). The
 * temporary file is removed on every failure and if the process is interrupted (temp registry).
 * Throws FileAccessError naming the user's path.
 */
export async function replaceFile(original: ReadForUpdate, bytes: Uint8Array, options: ReplaceOptions = {}): Promise<void> {
  const { path: userPath, target } = original;
  let tmp: string | undefined;
  try {
    // Cheap check first: no temporary file is written for a file already known to have changed.
    await checkUnchanged(original, false);
    const written = await writeTempBeside(target, bytes, { mode: original.mode, uid: original.uid, gid: original.gid });
    tmp = written;
    await options.hooks?.afterTempWritten?.();
    await withWriteLock(
      target,
      userPath,
      async () => {
        await checkUnchanged(original, true);
        await options.hooks?.beforeRename?.();
        await renameInto(written, target);
        forgetTemp(written);
      },
      options.lockWaitMs,
    );
  } catch (e) {
    if (tmp) await removeTemp(tmp);
    throw fromOsError(e, userPath, 'write');
  }
  const notSynced = await syncDirectory(path.dirname(target));
  if (notSynced) {
    throw new FileAccessError('unconfirmed', fileTexts.unconfirmed(userPath, errnoCode(notSynced) ?? 'fsync'), userPath, { cause: notSynced });
  }
}
