import { MAX_INPUT_BYTES, readWhole } from './read-whole';

/**
 * Reads a file for a command that only reads it. Refuses folders, devices and pipes and files
 * over `maxBytes` (the size of the file itself; the unpacked size of a workbook is checked
 * elsewhere). Throws FileAccessError naming `userPath`.
 */
export async function readInput(userPath: string, maxBytes: number = MAX_INPUT_BYTES): Promise<Uint8Array> {
  return (await readWhole(userPath, userPath, maxBytes)).bytes;
}
