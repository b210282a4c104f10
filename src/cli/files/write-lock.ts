import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { FileAccessError } from './file-access-error';
import { fileTexts } from './messages';
import { errnoCode, fromOsError } from './os-errors';
import { shortenName } from './temp-file';
import { forgetTemp, registerTemp, removeTemp } from './temp-registry';

/**
 * A lock file next to the file being replaced, held only for the last step of a replacement
 * (checking that the file is still what was read, then renaming over it). Without it two psheet
 * runs finishing at the same moment could both pass the check before either renamed, and the
 * first one's lines would be lost; with it the second one sees the first one's file and stops
 * with 'changed'. It guards against other psheet runs only: other programs do not know it.
 *
 * The lock holds `pid hostname`. A lock left by a run that was killed outright (SIGKILL, power
 * loss) is taken over when its process no longer exists on this machine, or when it is older
 * than STALE_AFTER_MS (the locked step takes milliseconds).
 */
const STALE_AFTER_MS = 2 * 60 * 1000;
const POLL_MS = 20;
export const DEFAULT_LOCK_WAIT_MS = 5000;

export function lockPathFor(target: string): string {
  return path.join(path.dirname(target), `.~psheet-${shortenName(path.basename(target))}.lock`);
}

function processExists(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errnoCode(e) === 'EPERM';
  }
}

/** The lock was left behind by a run that is gone. */
async function isStale(lock: string): Promise<boolean> {
  let text: string;
  let mtimeMs: number;
  try {
    [text, { mtimeMs }] = await Promise.all([fs.readFile(lock, 'utf8'), fs.stat(lock)]);
  } catch (e) {
    // Released in the meantime: the next attempt will take it.
    if (errnoCode(e) === 'ENOENT') return false;
    throw e;
  }
  if (Date.now() - mtimeMs > STALE_AFTER_MS) return true;
  const m = /^(\d+) (.*)$/.exec(text.trim());
  // Empty or partly written: its owner may be writing it right now; only age makes it stale.
  if (!m) return false;
  return m[2] === os.hostname() && !processExists(Number(m[1]));
}

async function acquire(lock: string, userPath: string, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    let created = false;
    try {
      const fh = await fs.open(lock, 'wx', 0o644);
      created = true;
      registerTemp(lock);
      try {
        await fh.writeFile(`${process.pid} ${os.hostname()}\n`);
      } finally {
        await fh.close();
      }
      return;
    } catch (e) {
      if (created) await removeTemp(lock);
      if (errnoCode(e) !== 'EEXIST') throw fromOsError(e, userPath, 'write');
    }
    if (await isStale(lock).catch(() => false)) {
      await fs.rm(lock, { force: true });
      continue;
    }
    if (Date.now() >= deadline) throw new FileAccessError('locked', fileTexts.locked(userPath, lock), userPath);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function release(lock: string): Promise<void> {
  // A lock that cannot be removed is taken over by the next run once this process has ended.
  await fs.rm(lock, { force: true }).catch(() => undefined);
  forgetTemp(lock);
}

/** Runs `step` holding the lock of `target` (a real path); waits up to `waitMs` for another run to finish. */
export async function withWriteLock<T>(target: string, userPath: string, step: () => Promise<T>, waitMs = DEFAULT_LOCK_WAIT_MS): Promise<T> {
  const lock = lockPathFor(target);
  await acquire(lock, userPath, waitMs);
  try {
    return await step();
  } finally {
    await release(lock);
  }
}
