import { mkdtempSync, readdirSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { FileAccessError } from '../../../src/cli/files';

/** A fresh folder under the system's temporary folder; removed by the returned function. */
export function makeScratchDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psheet-files-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The names in a folder, sorted (temporary and lock files start with `.~psheet-`). */
export function names(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** The FileAccessError a promise rejects with (fails the test if it resolves or throws something else). */
export async function accessError(p: Promise<unknown>): Promise<FileAccessError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FileAccessError) return e;
    throw e;
  }
  throw new Error('expected a FileAccessError, but the call succeeded');
}

/** Both texts name the user's path and no temporary or lock file. */
export function expectNamesUserPath(e: FileAccessError, userPath: string): void {
  expect(e.path).toBe(userPath);
  expect(e.text.ja).toContain(userPath);
  expect(e.text.en).toContain(userPath);
  expect(e.text.ja).not.toMatch(/\.~psheet-.*\.tmp/);
  expect(e.text.en).not.toMatch(/\.~psheet-.*\.tmp/);
  expect(e.message).toBe(e.text.en);
}
