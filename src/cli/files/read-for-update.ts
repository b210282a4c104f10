import { fingerprintOf, Fingerprint } from './fingerprint';
import { MAX_INPUT_BYTES, readWhole } from './read-whole';
import { resolveTarget } from './resolve-target';
import { refuseNotWritable, refuseUnsafeToReplace } from './target-checks';

/** What was read, to write back safely with replaceFile. */
export interface ReadForUpdate {
  /** The path as the user gave it (used in every message). */
  path: string;
  /** The absolute path of the file itself, after following a symbolic link. */
  target: string;
  bytes: Uint8Array;
  /** What the file was when read; replaceFile writes only if it still is. */
  fingerprint: Fingerprint;
  /** Permission bits (`mode & 0o7777`), given to the replacement. */
  mode: number;
  /** Owner, given to the replacement when the system allows it. */
  uid: number;
  gid: number;
}

/**
 * Reads a file that is going to be replaced (`--in-place`). Refuses at once, before any work is
 * done on it, what replaceFile would refuse: a folder or special file, a read-only file, a file
 * with several hard links. Throws FileAccessError naming `userPath`.
 */
export async function readForUpdate(userPath: string, maxBytes: number = MAX_INPUT_BYTES): Promise<ReadForUpdate> {
  const target = await resolveTarget(userPath);
  const { bytes, stat } = await readWhole(target, userPath, maxBytes);
  refuseUnsafeToReplace(stat, userPath);
  await refuseNotWritable(target, userPath);
  return {
    path: userPath,
    target,
    bytes,
    fingerprint: fingerprintOf(stat, bytes),
    mode: Number(stat.mode) & 0o7777,
    uid: Number(stat.uid),
    gid: Number(stat.gid),
  };
}
