import type { Bilingual } from '../i18n';

/** What went wrong with a file, one word per way the user can fix it. */
export type FileAccessCode =
  | 'not-found'
  | 'no-dir'
  | 'not-a-folder'
  | 'is-dir'
  | 'not-file'
  | 'exists'
  | 'denied'
  | 'read-only'
  | 'read-only-fs'
  | 'hard-link'
  | 'changed'
  | 'busy'
  | 'disk-full'
  | 'cross-device'
  | 'name-too-long'
  | 'loop'
  | 'too-large'
  | 'locked'
  | 'unconfirmed'
  | 'io';

/**
 * A file could not be read or written. `text` names the file as the user gave it (never a
 * temporary file), says what happened and what to do; the operating system's error, if any, is
 * kept in `cause`.
 */
export class FileAccessError extends Error {
  constructor(
    readonly code: FileAccessCode,
    readonly text: Bilingual,
    /** The path as the user gave it. */
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(text.en, options);
    this.name = 'FileAccessError';
  }
}
