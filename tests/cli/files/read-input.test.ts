import { execFileSync } from 'child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'fs';
import path from 'path';
import { readInput } from '../../../src/cli/files';
import { accessError, expectNamesUserPath, makeScratchDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeScratchDir()));
afterEach(() => cleanup());

test('reads a file whole, through a symbolic link too', async () => {
  const file = path.join(dir, 'a.xlsx');
  writeFileSync(file, Buffer.from([0x50, 0x4b, 3, 4, 0xff]));
  symlinkSync(file, path.join(dir, 'link.xlsx'));
  expect(Buffer.from(await readInput(file))).toEqual(Buffer.from([0x50, 0x4b, 3, 4, 0xff]));
  expect(Buffer.from(await readInput(path.join(dir, 'link.xlsx')))).toEqual(Buffer.from([0x50, 0x4b, 3, 4, 0xff]));
});

test('a missing file, a missing folder and a path through a file are reported with the user path', async () => {
  writeFileSync(path.join(dir, 'plain.txt'), 'x');
  const missing = path.join(dir, 'none.xlsx');
  const e1 = await accessError(readInput(missing));
  expect(e1.code).toBe('not-found');
  expectNamesUserPath(e1, missing);
  const inMissingDir = path.join(dir, 'no-such-folder', 'a.xlsx');
  expect((await accessError(readInput(inMissingDir))).code).toBe('not-found');
  const throughFile = path.join(dir, 'plain.txt', 'a.xlsx');
  const e3 = await accessError(readInput(throughFile));
  expect(e3.code).toBe('not-a-folder');
  expectNamesUserPath(e3, throughFile);
  expect((e3.cause as NodeJS.ErrnoException).code).toBe('ENOTDIR');
});

test('a folder is refused', async () => {
  const sub = path.join(dir, 'folder.xlsx');
  mkdirSync(sub);
  const e = await accessError(readInput(sub));
  expect(e.code).toBe('is-dir');
  expectNamesUserPath(e, sub);
});

test('a named pipe is refused without waiting for a writer', async () => {
  const fifo = path.join(dir, 'pipe.xlsx');
  execFileSync('mkfifo', [fifo]);
  const e = await accessError(readInput(fifo));
  expect(e.code).toBe('not-file');
  expectNamesUserPath(e, fifo);
});

test('a device is refused', async () => {
  const e = await accessError(readInput('/dev/zero'));
  expect(e.code).toBe('not-file');
});

test('a file over the cap is refused, one at the cap is read', async () => {
  const file = path.join(dir, 'big.xlsx');
  writeFileSync(file, Buffer.alloc(1000, 7));
  const e = await accessError(readInput(file, 999));
  expect(e.code).toBe('too-large');
  expectNamesUserPath(e, file);
  expect((await readInput(file, 1000)).length).toBe(1000);
});

test('a link to nothing and a loop of links are told apart', async () => {
  const dangling = path.join(dir, 'dangling.xlsx');
  symlinkSync(path.join(dir, 'gone.xlsx'), dangling);
  const e1 = await accessError(readInput(dangling));
  expect(e1.code).toBe('not-found');
  const loopA = path.join(dir, 'loop-a.xlsx');
  symlinkSync(path.join(dir, 'loop-b.xlsx'), loopA);
  symlinkSync(loopA, path.join(dir, 'loop-b.xlsx'));
  const e2 = await accessError(readInput(loopA));
  expect(e2.code).toBe('loop');
  expectNamesUserPath(e2, loopA);
});
