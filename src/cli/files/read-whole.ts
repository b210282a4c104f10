import { constants, promises as fs } from 'fs';
import type { BigIntStats } from 'fs';
import type { FileHandle } from 'fs/promises';
import { FileAccessError } from './file-access-error';
import { fileTexts } from './messages';
import { fromOsError } from './os-errors';
import { refuseNonRegular } from './target-checks';

/** Default cap on the size of a file read whole: far above any real progress sheet, far below memory trouble. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Opening a FIFO for reading would wait for a writer; with O_NONBLOCK it opens at once and is then refused. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export interface WholeFile {
  bytes: Buffer;
  /** The open file's status, taken after the read and checked against the one before it. */
  stat: BigIntStats;
}

async function readAll(fh: FileHandle, size: number, maxBytes: number, userPath: string): Promise<Buffer> {
  // One byte more than expected, to notice a file that grew.
  const buf = Buffer.alloc(Math.min(size, maxBytes) + 1);
  let total = 0;
  for (;;) {
    if (total === buf.length) {
      if (total > maxBytes) throw new FileAccessError('too-large', fileTexts.tooLarge(userPath, total, maxBytes), userPath);
      throw new FileAccessError('changed', fileTexts.changedWhileRead(userPath), userPath);
    }
    const { bytesRead } = await fh.read(buf, total, buf.length - total, total);
    if (bytesRead === 0) return buf.subarray(0, total);
    total += bytesRead;
  }
}

/**
 * Reads a whole regular file, refusing folders, devices and pipes (checked on the open file, so
 * nothing can be swapped in between) and files over `maxBytes`, and failing with 'changed' when
 * the file's size or modification time moved during the read. Errors name `userPath`.
 */
export async function readWhole(file: string, userPath: string, maxBytes: number): Promise<WholeFile> {
  let fh: FileHandle | undefined;
  try {
    fh = await fs.open(file, OPEN_FLAGS);
    const before = await fh.stat({ bigint: true });
    refuseNonRegular(before, userPath);
    const size = Number(before.size);
    if (size > maxBytes) throw new FileAccessError('too-large', fileTexts.tooLarge(userPath, size, maxBytes), userPath);
    const bytes = await readAll(fh, size, maxBytes, userPath);
    const after = await fh.stat({ bigint: true });
    if (bytes.length !== size || after.size !== before.size || after.mtimeNs !== before.mtimeNs) {
      throw new FileAccessError('changed', fileTexts.changedWhileRead(userPath), userPath);
    }
    return { bytes, stat: after };
  } catch (e) {
    throw fromOsError(e, userPath, 'read');
  } finally {
    await fh?.close().catch(() => undefined);
  }
}
