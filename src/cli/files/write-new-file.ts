import { promises as fs } from 'fs';
import type { BigIntStats } from 'fs';
import type { FileHandle } from 'fs/promises';
import path from 'path';
import { FileAccessError } from './file-access-error';
import { fileTexts } from './messages';
import { errnoCode, fromOsError } from './os-errors';
import { resolveTarget } from './resolve-target';
import { refuseNonRegular, refuseNotWritable, refuseUnsafeToReplace } from './target-checks';
import { FileMeta, syncDirectory, writeTempBeside } from './temp-file';
import { forgetTemp, registerTemp, removeTemp } from './temp-registry';

async function confirmOnDisk(dir: string, userPath: string): Promise<void> {
  const notSynced = await syncDirectory(dir);
  if (notSynced) {
    throw new FileAccessError('unconfirmed', fileTexts.unconfirmed(userPath, errnoCode(notSynced) ?? 'fsync'), userPath, { cause: notSynced });
  }
}

/** Creates the file, failing if anything already has that name; removes what it wrote on failure or interruption. */
async function createExclusive(userPath: string, bytes: Uint8Array): Promise<void> {
  const abs = path.resolve(userPath);
  let fh: FileHandle | undefined;
  let created = false;
  try {
    fh = await fs.open(abs, 'wx', 0o666);
    created = true;
    registerTemp(abs);
    await fh.writeFile(bytes);
    await fh.sync();
    await fh.close();
    fh = undefined;
    forgetTemp(abs);
  } catch (e) {
    if (fh) await fh.close().catch(() => undefined);
    if (created) await removeTemp(abs);
    // A folder of that name is not "a file that already exists".
    if (errnoCode(e) === 'EEXIST' && (await fs.stat(abs).catch(() => undefined))?.isDirectory()) {
      throw new FileAccessError('is-dir', fileTexts.isDir(userPath), userPath, { cause: e });
    }
    throw fromOsError(e, userPath, 'write');
  }
  await confirmOnDisk(path.dirname(abs), userPath);
}

/** The file to replace for `--force` (through a symbolic link to its target), or only a path when nothing is there yet. */
async function forcedTarget(userPath: string): Promise<{ target: string; st?: BigIntStats }> {
  let own: BigIntStats;
  try {
    own = await fs.lstat(userPath, { bigint: true });
  } catch (e) {
    // Nothing there (a missing folder is reported when the temporary file cannot be created in it).
    if (errnoCode(e) === 'ENOENT') return { target: path.resolve(userPath) };
    throw fromOsError(e, userPath, 'write');
  }
  if (!own.isSymbolicLink()) return { target: path.resolve(userPath), st: own };
  const target = await resolveTarget(userPath);
  try {
    return { target, st: await fs.stat(target, { bigint: true }) };
  } catch (e) {
    throw fromOsError(e, userPath, 'read');
  }
}

/**
 * Replaces whatever file is at `userPath` (`--out F --force`) through a temporary file in the
 * same folder and a rename, keeping the old file's mode and owner. The same refusals as for
 * `--in-place` apply: a read-only file or one with several hard links is left alone, as --force
 * means "replace this file", not "undo its protection" or "split its links".
 */
async function overwrite(userPath: string, bytes: Uint8Array): Promise<void> {
  const { target, st } = await forcedTarget(userPath);
  let meta: FileMeta | undefined;
  if (st) {
    refuseNonRegular(st, userPath);
    refuseUnsafeToReplace(st, userPath);
    await refuseNotWritable(target, userPath);
    meta = { mode: Number(st.mode) & 0o7777, uid: Number(st.uid), gid: Number(st.gid) };
  }
  let tmp: string | undefined;
  try {
    tmp = await writeTempBeside(target, bytes, meta);
    await fs.rename(tmp, target);
    forgetTemp(tmp);
  } catch (e) {
    if (tmp) await removeTemp(tmp);
    throw fromOsError(e, userPath, 'write');
  }
  await confirmOnDisk(path.dirname(target), userPath);
}

/**
 * Writes `bytes` to a new file (`--out`). Without `force` an existing file is never touched
 * ('exists'); with it the file is replaced atomically. A missing folder gives 'no-dir'. The
 * data is flushed to disk. Throws FileAccessError naming `userPath`.
 */
export async function writeNewFile(userPath: string, bytes: Uint8Array, options: { force: boolean }): Promise<void> {
  if (options.force) await overwrite(userPath, bytes);
  else await createExclusive(userPath, bytes);
}
