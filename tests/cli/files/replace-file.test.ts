import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  closeSync,
  writeSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'fs';
import path from 'path';
import { readForUpdate, replaceFile } from '../../../src/cli/files';
import { liveTempFiles } from '../../../src/cli/files/temp-registry';
import { accessError, expectNamesUserPath, makeScratchDir, names } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeScratchDir()));
afterEach(() => cleanup());

function file(name: string, content: string, mode = 0o644): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  chmodSync(p, mode);
  return p;
}

test('replaces the content, leaving nothing else in the folder', async () => {
  const p = file('book.xlsx', 'old');
  await replaceFile(await readForUpdate(p), Buffer.from('new content'));
  expect(readFileSync(p, 'utf8')).toBe('new content');
  expect(names(dir)).toEqual(['book.xlsx']);
  expect(liveTempFiles()).toEqual([]);
});

test.each([0o600, 0o640, 0o664, 0o755])('keeps the mode %o', async (mode) => {
  const p = file('book.xlsx', 'old', mode);
  await replaceFile(await readForUpdate(p), Buffer.from('new'));
  expect(statSync(p).mode & 0o7777).toBe(mode);
});

test('keeps the owner (as root: a file owned by someone else stays theirs)', async () => {
  const p = file('book.xlsx', 'old');
  const owner = process.getuid!() === 0 ? { uid: 4321, gid: 4322 } : { uid: process.getuid!(), gid: process.getgid!() };
  if (process.getuid!() === 0) chownSync(p, owner.uid, owner.gid);
  await replaceFile(await readForUpdate(p), Buffer.from('new'));
  expect(statSync(p)).toMatchObject(owner);
});

test('writes through a symbolic link to its target: the link stays a link', async () => {
  mkdirSync(path.join(dir, 'real'));
  const target = file(path.join('real', 'book.xlsx'), 'old', 0o600);
  const link = path.join(dir, 'link.xlsx');
  symlinkSync(path.join('real', 'book.xlsx'), link);
  await replaceFile(await readForUpdate(link), Buffer.from('new'));
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
  expect(readlinkSync(link)).toBe(path.join('real', 'book.xlsx'));
  expect(readFileSync(target, 'utf8')).toBe('new');
  expect(statSync(target).mode & 0o777).toBe(0o600);
  expect(names(dir)).toEqual(['link.xlsx', 'real']);
  expect(names(path.join(dir, 'real'))).toEqual(['book.xlsx']);
});

test('a file made read-only after it was read is refused and untouched', async () => {
  const p = file('book.xlsx', 'old');
  const read = await readForUpdate(p);
  chmodSync(p, 0o444);
  const e = await accessError(replaceFile(read, Buffer.from('new')));
  expect(e.code).toBe('read-only');
  expectNamesUserPath(e, p);
  expect(readFileSync(p, 'utf8')).toBe('old');
  expect(statSync(p).mode & 0o777).toBe(0o444);
  expect(names(dir)).toEqual(['book.xlsx']);
});

test('a file given a hard link after it was read is refused: both names keep the old content', async () => {
  const p = file('book.xlsx', 'old');
  const read = await readForUpdate(p);
  linkSync(p, path.join(dir, 'other-name.xlsx'));
  const e = await accessError(replaceFile(read, Buffer.from('new')));
  expect(e.code).toBe('hard-link');
  expectNamesUserPath(e, p);
  expect(readFileSync(p, 'utf8')).toBe('old');
  expect(statSync(p).ino).toBe(statSync(path.join(dir, 'other-name.xlsx')).ino);
  expect(names(dir)).toEqual(['book.xlsx', 'other-name.xlsx']);
});

describe('a file changed since it was read is refused and left as the other writer left it', () => {
  test('new content of another size', async () => {
    const p = file('book.xlsx', 'old');
    const read = await readForUpdate(p);
    writeFileSync(p, 'someone else wrote this');
    const e = await accessError(replaceFile(read, Buffer.from('new')));
    expect(e.code).toBe('changed');
    expect(e.text.ja).toContain('何も書き込んでいません');
    expect(e.text.en).toContain('nothing was written; run again');
    expectNamesUserPath(e, p);
    expect(readFileSync(p, 'utf8')).toBe('someone else wrote this');
    expect(names(dir)).toEqual(['book.xlsx']);
  });

  test('same size, same inode and the modification time put back: the hash catches it', async () => {
    const p = file('book.xlsx', 'AAAA');
    utimesSync(p, 1_700_000_000, 1_700_000_000);
    const read = await readForUpdate(p);
    const fd = openSync(p, 'r+');
    writeSync(fd, 'BBBB', 0);
    closeSync(fd);
    utimesSync(p, 1_700_000_000, 1_700_000_000);
    // Everything the stat shows is as it was read: only the content differs.
    const now = lstatSync(p, { bigint: true });
    expect([Number(now.size), now.mtimeNs, now.ino, Number(now.mode) & 0o7777]).toEqual([
      read.fingerprint.size,
      read.fingerprint.mtimeNs,
      read.fingerprint.ino,
      read.fingerprint.mode,
    ]);
    const e = await accessError(replaceFile(read, Buffer.from('new')));
    expect(e.code).toBe('changed');
    expect(readFileSync(p, 'utf8')).toBe('BBBB');
    expect(names(dir)).toEqual(['book.xlsx']);
  });

  test('saved again by another program (same bytes, a new file renamed in place)', async () => {
    const p = file('book.xlsx', 'old');
    const read = await readForUpdate(p);
    const other = file('other.tmp', 'old');
    utimesSync(other, statSync(p).atime, statSync(p).mtime);
    unlinkSync(p);
    linkSync(other, p);
    unlinkSync(other);
    expect((await accessError(replaceFile(read, Buffer.from('new')))).code).toBe('changed');
    expect(readFileSync(p, 'utf8')).toBe('old');
  });

  test('permissions changed', async () => {
    const p = file('book.xlsx', 'old', 0o644);
    const read = await readForUpdate(p);
    chmodSync(p, 0o600);
    expect((await accessError(replaceFile(read, Buffer.from('new')))).code).toBe('changed');
    expect(readFileSync(p, 'utf8')).toBe('old');
  });

  test('deleted', async () => {
    const p = file('book.xlsx', 'old');
    const read = await readForUpdate(p);
    unlinkSync(p);
    expect((await accessError(replaceFile(read, Buffer.from('new')))).code).toBe('changed');
    expect(names(dir)).toEqual([]);
  });

  test('changed while the new content was being written (caught under the lock, just before the rename)', async () => {
    const p = file('book.xlsx', 'old');
    const read = await readForUpdate(p);
    const e = await accessError(replaceFile(read, Buffer.from('new'), { hooks: { afterTempWritten: () => writeFileSync(p, 'olD') } }));
    expect(e.code).toBe('changed');
    expect(readFileSync(p, 'utf8')).toBe('olD');
    expect(names(dir)).toEqual(['book.xlsx']);
    expect(liveTempFiles()).toEqual([]);
  });
});

test('a failure after the temporary file was written removes it and the lock; the original is untouched', async () => {
  const p = file('book.xlsx', 'old');
  for (const hooks of [{ afterTempWritten: () => Promise.reject(new Error('boom')) }, { beforeRename: () => Promise.reject(new Error('boom')) }]) {
    const e = await accessError(replaceFile(await readForUpdate(p), Buffer.from('new'), { hooks }));
    expect(e.code).toBe('io');
    expectNamesUserPath(e, p);
    expect(readFileSync(p, 'utf8')).toBe('old');
    expect(names(dir)).toEqual(['book.xlsx']);
    expect(liveTempFiles()).toEqual([]);
  }
});

test('the temporary file is created next to the target with the original mode, and the signal handlers live only as long as it does', async () => {
  const p = file('book.xlsx', 'old', 0o600);
  const before = process.listenerCount('SIGTERM');
  let seen: { names: string[]; mode: number; listeners: number } | undefined;
  await replaceFile(await readForUpdate(p), Buffer.from('new'), {
    hooks: {
      afterTempWritten: () => {
        const tmp = names(dir).filter((n) => n !== 'book.xlsx');
        seen = { names: tmp, mode: statSync(path.join(dir, tmp[0])).mode & 0o777, listeners: process.listenerCount('SIGTERM') };
      },
    },
  });
  expect(seen!.names).toHaveLength(1);
  expect(seen!.names[0]).toMatch(/^\.~psheet-book\.xlsx-[0-9a-f]{12}\.tmp$/);
  expect(seen!.mode).toBe(0o600);
  expect(seen!.listeners).toBe(before + 1);
  expect(process.listenerCount('SIGTERM')).toBe(before);
  expect(names(dir)).toEqual(['book.xlsx']);
});

test('a very long Japanese file name still gives a temporary name the file system accepts', async () => {
  const p = file(`${'進捗状況及び課題'.repeat(10)}.xlsx`, 'old');
  expect(Buffer.byteLength(path.basename(p))).toBeGreaterThan(200);
  await replaceFile(await readForUpdate(p), Buffer.from('new'));
  expect(readFileSync(p, 'utf8')).toBe('new');
  expect(names(dir)).toEqual([path.basename(p)]);
});
