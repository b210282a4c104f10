import { promises as fs } from 'fs';
import path from 'path';
import { FileAccessError } from './file-access-error';
import { fileTexts } from './messages';
import { errnoCode, fromOsError } from './os-errors';

/**
 * The absolute path of the file to write for `userPath`: the path itself, or, when it is a
 * symbolic link, the file the link leads to (so the link stays a link and its target gets the new
 * content). Only the last part matters: folders on the way that are links are followed by the
 * system when writing anyway. `realpath` is called only for links, as it fails on some Windows
 * virtual drives. Fails with 'not-found' when nothing is at the path.
 */
export async function resolveTarget(userPath: string): Promise<string> {
  let isLink: boolean;
  try {
    isLink = (await fs.lstat(userPath)).isSymbolicLink();
  } catch (e) {
    throw fromOsError(e, userPath, 'read');
  }
  if (!isLink) return path.resolve(userPath);
  try {
    return await fs.realpath(userPath);
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') throw new FileAccessError('not-found', fileTexts.danglingLink(userPath), userPath, { cause: e });
    throw fromOsError(e, userPath, 'read');
  }
}
