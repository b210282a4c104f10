import { FileAccessCode, FileAccessError } from './file-access-error';
import { fileTexts, FileOp } from './messages';

/** The `code` of a Node.js system error (`ENOENT`...), or undefined for anything else. */
export function errnoCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Turns an operating-system error met while reading or writing `userPath` into a
 * FileAccessError that names the user's path (whatever path the failing call used, such as a
 * temporary file) and keeps the original error as `cause`. A FileAccessError passes through.
 *
 * On Windows a file open in Excel cannot be replaced or written: the system answers EBUSY, EPERM
 * or EACCES, which cannot be told apart from a permission problem, so a write failing with them
 * asks to close the file in Excel first and then to check permissions.
 */
export function fromOsError(e: unknown, userPath: string, op: FileOp, platform: NodeJS.Platform = process.platform): FileAccessError {
  if (e instanceof FileAccessError) return e;
  const code = errnoCode(e);
  const make = (c: FileAccessCode, text: { ja: string; en: string }) => new FileAccessError(c, text, userPath, { cause: e });
  switch (code) {
    case 'ENOENT':
      return op === 'read' ? make('not-found', fileTexts.notFound(userPath)) : make('no-dir', fileTexts.noDir(userPath));
    case 'ENOTDIR':
      return make('not-a-folder', fileTexts.notAFolder(userPath));
    case 'EISDIR':
      return make('is-dir', fileTexts.isDir(userPath));
    case 'EEXIST':
      return make('exists', fileTexts.exists(userPath));
    case 'EACCES':
    case 'EPERM':
      if (platform === 'win32' && op === 'write') return make('busy', fileTexts.busyOrDenied(userPath));
      return make('denied', fileTexts.denied(userPath, op));
    case 'EBUSY':
    case 'ETXTBSY':
      return make('busy', fileTexts.busy(userPath));
    case 'ENOSPC':
    case 'EDQUOT':
      return make('disk-full', fileTexts.diskFull(userPath));
    case 'EROFS':
      return make('read-only-fs', fileTexts.readOnlyFs(userPath));
    case 'EXDEV':
      return make('cross-device', fileTexts.crossDevice(userPath));
    case 'ENAMETOOLONG':
      return make('name-too-long', fileTexts.nameTooLong(userPath));
    case 'ELOOP':
      return make('loop', fileTexts.loop(userPath));
    default:
      return make('io', fileTexts.io(userPath, op, code ?? (e instanceof Error ? e.message : String(e)).split('\n')[0]));
  }
}
