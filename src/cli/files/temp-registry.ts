import { unlinkSync } from 'fs';
import { promises as fs } from 'fs';
import { constants as osConstants } from 'os';

/**
 * The files this process has created and must not leave behind (temporary files, a lock, a new
 * file still being written), by absolute path. While there is at least one, handlers for
 * SIGINT, SIGTERM and SIGHUP and for the process's exit remove them synchronously; the handlers
 * are uninstalled as soon as none is left, so the CLI's usual signal behaviour is untouched
 * between writes.
 *
 * After removing the files a signal handler gives the signal back its default effect: when no
 * other listener is left it re-raises the signal, so the process dies of it as it would have
 * (the shell reports 130 for SIGINT, 143 for SIGTERM); exiting with 128 + the signal's number is
 * the fallback should the re-raised signal not end the process. When the CLI has listeners of
 * its own for that signal they decide what happens next.
 */
const live = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function removeAllSync(): void {
  for (const file of live) {
    try {
      unlinkSync(file);
    } catch {
      // Already gone, or cannot be removed: nothing more can be done while exiting.
    }
  }
  live.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeAllSync();
  uninstall();
  if (process.listenerCount(signal) > 0) return;
  process.kill(process.pid, signal);
  process.exit(128 + (osConstants.signals[signal] ?? 0));
}

function onExit(): void {
  removeAllSync();
}

let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on('exit', onExit);
}

function uninstall(): void {
  if (!installed) return;
  installed = false;
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.removeListener('exit', onExit);
}

/** Records a file this process has just created; it will be removed if the process is interrupted. */
export function registerTemp(absPath: string): void {
  live.add(absPath);
  install();
}

/** The file is no longer ours to remove (renamed into place, or removed). */
export function forgetTemp(absPath: string): void {
  live.delete(absPath);
  if (live.size === 0) uninstall();
}

/** Removes a registered file (best effort: it may already be gone) and forgets it. */
export async function removeTemp(absPath: string): Promise<void> {
  try {
    await fs.rm(absPath, { force: true });
  } catch {
    // Left behind only if the system refuses to remove a file we created; the original error matters more.
  }
  forgetTemp(absPath);
}

/** The files currently registered (for tests and diagnostics). */
export function liveTempFiles(): string[] {
  return [...live];
}
