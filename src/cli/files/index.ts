/**
 * Reading and writing the user's files from the CLI without ever losing data (DESIGN.md
 * section 8): new files are created exclusively unless --force; --in-place replaces through a
 * flushed temporary file in the same folder, keeping the mode, following symbolic links, and
 * only if the file has not changed since it was read. Every failure is a FileAccessError with a
 * Japanese and an English text naming the user's path.
 */
export { FileAccessError } from './file-access-error';
export type { FileAccessCode } from './file-access-error';
export type { Fingerprint } from './fingerprint';
export { readInput } from './read-input';
export { readForUpdate } from './read-for-update';
export type { ReadForUpdate } from './read-for-update';
export { MAX_INPUT_BYTES } from './read-whole';
export { replaceFile } from './replace-file';
export type { ReplaceOptions } from './replace-file';
export { writeNewFile } from './write-new-file';
