import { FileAccessCode } from '../../../src/cli/files';
import { fromOsError } from '../../../src/cli/files/os-errors';
import { expectNamesUserPath } from './helpers';

function sysError(code: string, file = '/data/.~psheet-報告.xlsx-0a1b2c.tmp'): NodeJS.ErrnoException {
  const e = new Error(`${code}: failed, open '${file}'`) as NodeJS.ErrnoException;
  e.code = code;
  e.path = file;
  return e;
}

const USER = 'reports/報告.xlsx';

describe('operating-system errors become FileAccessErrors naming the user path', () => {
  test.each<[string, 'read' | 'write', FileAccessCode, RegExp]>([
    ['ENOENT', 'read', 'not-found', /見つかりません/],
    ['ENOENT', 'write', 'no-dir', /フォルダー「reports」がありません/],
    ['ENOTDIR', 'read', 'not-a-folder', /フォルダーではなくファイル/],
    ['EISDIR', 'read', 'is-dir', /フォルダーです/],
    ['EEXIST', 'write', 'exists', /既にあります。上書きするときは --force/],
    ['EACCES', 'read', 'denied', /読む権限がありません/],
    ['EPERM', 'write', 'denied', /書き込む権限がありません/],
    ['EBUSY', 'write', 'busy', /Excel/],
    ['ETXTBSY', 'write', 'busy', /Excel/],
    ['ENOSPC', 'write', 'disk-full', /ディスクがいっぱい/],
    ['EDQUOT', 'write', 'disk-full', /ディスクがいっぱい/],
    ['EROFS', 'write', 'read-only-fs', /書き込めないドライブ/],
    ['EXDEV', 'write', 'cross-device', /別のドライブ/],
    ['ENAMETOOLONG', 'write', 'name-too-long', /長すぎます/],
    ['ELOOP', 'read', 'loop', /循環/],
    ['EIO', 'write', 'io', /EIO/],
  ])('%s while %s → %s', (code, op, expected, ja) => {
    const cause = sysError(code);
    const e = fromOsError(cause, USER, op, 'linux');
    expect(e.code).toBe(expected);
    expect(e.text.ja).toMatch(ja);
    expect(e.cause).toBe(cause);
    expectNamesUserPath(e, USER);
  });

  test('on Windows a write refused with EPERM or EACCES asks to close the file in Excel', () => {
    for (const code of ['EPERM', 'EACCES']) {
      const e = fromOsError(sysError(code), USER, 'write', 'win32');
      expect(e.code).toBe('busy');
      expect(e.text.ja).toContain('Excel');
      expect(e.text.en).toContain('Excel');
    }
    // Reading is not affected by Excel holding the file.
    expect(fromOsError(sysError('EACCES'), USER, 'read', 'win32').code).toBe('denied');
  });

  test('an error that is not a system error keeps its first line', () => {
    const e = fromOsError(new Error('something odd\nstack'), USER, 'write', 'linux');
    expect(e.code).toBe('io');
    expect(e.text.en).toContain('something odd');
    expect(e.text.en).not.toContain('stack');
  });
});
