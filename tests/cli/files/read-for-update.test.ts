import { chmodSync, linkSync, mkdirSync, readFileSync, realpathSync, statSync, symlinkSync, writeFileSync } from 'fs';
import path from 'path';
import { readForUpdate } from '../../../src/cli/files';
import { sha256 } from '../../../src/cli/files/fingerprint';
import { accessError, expectNamesUserPath, makeScratchDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeScratchDir()));
afterEach(() => cleanup());

test('records the path as given, the real target, the bytes, mode, owner and fingerprint', async () => {
  const real = path.join(dir, 'data', 'book.xlsx');
  mkdirSync(path.dirname(real));
  writeFileSync(real, 'content');
  chmodSync(real, 0o640);
  const link = path.join(dir, 'book-link.xlsx');
  symlinkSync(path.join('data', 'book.xlsx'), link);
  const r = await readForUpdate(link);
  expect(r.path).toBe(link);
  expect(r.target).toBe(realpathSync(real));
  expect(Buffer.from(r.bytes).toString()).toBe('content');
  expect(r.mode).toBe(0o640);
  expect(r.uid).toBe(process.getuid!());
  expect(r.fingerprint.size).toBe(7);
  expect(r.fingerprint.mode).toBe(0o640);
  expect(r.fingerprint.sha256).toBe(sha256(Buffer.from('content')));
});

test('a read-only file is refused at once, with how to make it writable', async () => {
  const file = path.join(dir, 'ro.xlsx');
  writeFileSync(file, 'x');
  chmodSync(file, 0o444);
  const e = await accessError(readForUpdate(file));
  expect(e.code).toBe('read-only');
  expect(e.text.ja).toContain('chmod u+w');
  expectNamesUserPath(e, file);
  expect(readFileSync(file, 'utf8')).toBe('x');
  expect(statSync(file).mode & 0o777).toBe(0o444);
});

test('a file with another hard link is refused at once, pointing to --out', async () => {
  const file = path.join(dir, 'a.xlsx');
  writeFileSync(file, 'x');
  linkSync(file, path.join(dir, 'b.xlsx'));
  const e = await accessError(readForUpdate(file));
  expect(e.code).toBe('hard-link');
  expect(e.text.ja).toContain('--out');
  expect(e.text.en).toContain('--out');
  expectNamesUserPath(e, file);
});

test('a missing file and a folder are refused', async () => {
  expect((await accessError(readForUpdate(path.join(dir, 'none.xlsx')))).code).toBe('not-found');
  expect((await accessError(readForUpdate(dir))).code).toBe('is-dir');
});
