import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'fs';
import path from 'path';
import { writeNewFile } from '../../../src/cli/files';
import { liveTempFiles } from '../../../src/cli/files/temp-registry';
import { accessError, expectNamesUserPath, makeScratchDir, names } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeScratchDir()));
afterEach(() => cleanup());

test('creates a new file with the given bytes', async () => {
  const out = path.join(dir, 'out.xlsx');
  await writeNewFile(out, Buffer.from('bytes'), { force: false });
  expect(readFileSync(out, 'utf8')).toBe('bytes');
  expect(names(dir)).toEqual(['out.xlsx']);
  expect(liveTempFiles()).toEqual([]);
});

test('an existing file is refused without --force and left untouched', async () => {
  const out = path.join(dir, 'out.xlsx');
  writeFileSync(out, 'precious');
  const e = await accessError(writeNewFile(out, Buffer.from('new'), { force: false }));
  expect(e.code).toBe('exists');
  expect(e.text.ja).toBe(`「${out}」は既にあります。上書きするときは --force を付けてください`);
  expect(e.text.en).toContain('--force');
  expectNamesUserPath(e, out);
  expect(readFileSync(out, 'utf8')).toBe('precious');
  expect(names(dir)).toEqual(['out.xlsx']);
});

test('a symbolic link already at that name counts as existing, even when it leads nowhere', async () => {
  const out = path.join(dir, 'out.xlsx');
  symlinkSync(path.join(dir, 'nowhere.xlsx'), out);
  expect((await accessError(writeNewFile(out, Buffer.from('new'), { force: false }))).code).toBe('exists');
  expect(names(dir)).toEqual(['out.xlsx']);
});

test('--force replaces an existing file, keeping its mode and owner', async () => {
  const out = path.join(dir, 'out.xlsx');
  writeFileSync(out, 'old');
  chmodSync(out, 0o640);
  const owner = process.getuid!() === 0 ? { uid: 4321, gid: 4322 } : { uid: process.getuid!(), gid: process.getgid!() };
  if (process.getuid!() === 0) chownSync(out, owner.uid, owner.gid);
  const inoBefore = statSync(out).ino;
  await writeNewFile(out, Buffer.from('new'), { force: true });
  expect(readFileSync(out, 'utf8')).toBe('new');
  expect(statSync(out).mode & 0o777).toBe(0o640);
  expect(statSync(out)).toMatchObject(owner);
  // Replaced by a rename: the old inode never held a half-written file.
  expect(statSync(out).ino).not.toBe(inoBefore);
  expect(names(dir)).toEqual(['out.xlsx']);
});

test('--force on a path where nothing is yet creates the file', async () => {
  const out = path.join(dir, 'fresh.xlsx');
  await writeNewFile(out, Buffer.from('new'), { force: true });
  expect(readFileSync(out, 'utf8')).toBe('new');
  expect(names(dir)).toEqual(['fresh.xlsx']);
});

test('--force through a symbolic link writes its target; the link stays', async () => {
  const target = path.join(dir, 'target.xlsx');
  writeFileSync(target, 'old');
  const out = path.join(dir, 'out.xlsx');
  symlinkSync('target.xlsx', out);
  await writeNewFile(out, Buffer.from('new'), { force: true });
  expect(lstatSync(out).isSymbolicLink()).toBe(true);
  expect(readlinkSync(out)).toBe('target.xlsx');
  expect(readFileSync(target, 'utf8')).toBe('new');
  expect(names(dir)).toEqual(['out.xlsx', 'target.xlsx']);
});

test('--force leaves a read-only file and a hard-linked file alone', async () => {
  const ro = path.join(dir, 'ro.xlsx');
  writeFileSync(ro, 'old');
  chmodSync(ro, 0o444);
  expect((await accessError(writeNewFile(ro, Buffer.from('new'), { force: true }))).code).toBe('read-only');
  expect(readFileSync(ro, 'utf8')).toBe('old');
  const linked = path.join(dir, 'linked.xlsx');
  writeFileSync(linked, 'old');
  linkSync(linked, path.join(dir, 'other.xlsx'));
  expect((await accessError(writeNewFile(linked, Buffer.from('new'), { force: true }))).code).toBe('hard-link');
  expect(readFileSync(linked, 'utf8')).toBe('old');
  expect(names(dir)).toEqual(['linked.xlsx', 'other.xlsx', 'ro.xlsx']);
});

describe.each([false, true])('errors name the user path (force: %s)', (force) => {
  test('a missing folder', async () => {
    const out = path.join(dir, 'no-such-folder', 'out.xlsx');
    const e = await accessError(writeNewFile(out, Buffer.from('x'), { force }));
    expect(e.code).toBe('no-dir');
    expect(e.text.ja).toContain(path.join(dir, 'no-such-folder'));
    expectNamesUserPath(e, out);
    expect(names(dir)).toEqual([]);
  });

  test('a folder at that name', async () => {
    const out = path.join(dir, 'folder.xlsx');
    mkdirSync(out);
    const e = await accessError(writeNewFile(out, Buffer.from('x'), { force }));
    expect(e.code).toBe('is-dir');
    expectNamesUserPath(e, out);
    expect(names(out)).toEqual([]);
  });

  test('a path through a file', async () => {
    writeFileSync(path.join(dir, 'plain.txt'), 'x');
    const out = path.join(dir, 'plain.txt', 'out.xlsx');
    const e = await accessError(writeNewFile(out, Buffer.from('x'), { force }));
    expect(e.code).toBe('not-a-folder');
    expectNamesUserPath(e, out);
    expect(names(dir)).toEqual(['plain.txt']);
  });

  test('a relative path is reported as given', async () => {
    const out = path.relative(process.cwd(), path.join(dir, 'missing', 'out.xlsx'));
    const e = await accessError(writeNewFile(out, Buffer.from('x'), { force }));
    expectNamesUserPath(e, out);
    expect(out.startsWith('..')).toBe(true);
    expect(e.text.ja).toContain(`「${out}」`);
    expect(e.text.en).toContain(`"${out}"`);
  });
});
