import { spawnSync } from 'child_process';
import { readFileSync, utimesSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { readForUpdate, replaceFile } from '../../../src/cli/files';
import { liveTempFiles } from '../../../src/cli/files/temp-registry';
import { lockPathFor } from '../../../src/cli/files/write-lock';
import { accessError, expectNamesUserPath, makeScratchDir, names } from './helpers';

let dir: string;
let cleanup: () => void;
let book: string;
beforeEach(() => {
  ({ dir, cleanup } = makeScratchDir());
  book = path.join(dir, 'book.xlsx');
  writeFileSync(book, 'v0');
});
afterEach(() => cleanup());

test('two read→replace sequences interleaved: the second to finish fails with "changed", the first one’s lines stay', async () => {
  const a = await readForUpdate(book);
  const b = await readForUpdate(book);
  await replaceFile(a, Buffer.from('v0 + line of run A'));
  const e = await accessError(replaceFile(b, Buffer.from('v0 + line of run B')));
  expect(e.code).toBe('changed');
  expectNamesUserPath(e, book);
  expect(readFileSync(book, 'utf8')).toBe('v0 + line of run A');
  expect(names(dir)).toEqual(['book.xlsx']);
});

test('a run finishing while another holds the lock waits for it, then sees its file and fails', async () => {
  const a = await readForUpdate(book);
  const b = await readForUpdate(book);
  let releaseA!: () => void;
  let aHoldsLock!: () => void;
  const aInLock = new Promise<void>((resolve) => (aHoldsLock = resolve));
  const runA = replaceFile(a, Buffer.from('A'), {
    hooks: {
      beforeRename: () => {
        aHoldsLock();
        return new Promise<void>((resolve) => (releaseA = resolve));
      },
    },
  });
  await aInLock;
  // B has passed its own check of the file (A has not renamed yet) and now needs the lock.
  let bWaiting!: () => void;
  const bWroteTemp = new Promise<void>((resolve) => (bWaiting = resolve));
  const runB = replaceFile(b, Buffer.from('B'), { hooks: { afterTempWritten: () => bWaiting() } });
  await bWroteTemp;
  expect(names(dir)).toHaveLength(4); // the book, A's and B's temporary files, A's lock
  releaseA();
  await runA;
  const e = await accessError(runB);
  expect(e.code).toBe('changed');
  expect(readFileSync(book, 'utf8')).toBe('A');
  expect(names(dir)).toEqual(['book.xlsx']);
  expect(liveTempFiles()).toEqual([]);
});

test('two replacements started together: exactly one is written, the other fails with "changed"', async () => {
  const [a, b] = await Promise.all([readForUpdate(book), readForUpdate(book)]);
  const results = await Promise.allSettled([replaceFile(a, Buffer.from('A')), replaceFile(b, Buffer.from('B'))]);
  const ok = results.filter((r) => r.status === 'fulfilled');
  const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  expect(ok).toHaveLength(1);
  expect(failed).toHaveLength(1);
  expect(failed[0].reason.code).toBe('changed');
  expect(readFileSync(book, 'utf8')).toBe(results[0].status === 'fulfilled' ? 'A' : 'B');
  expect(names(dir)).toEqual(['book.xlsx']);
});

describe('the lock between psheet runs', () => {
  test('a lock held by a live run is waited for, then reported with its path; nothing is written', async () => {
    const lock = lockPathFor(book);
    writeFileSync(lock, `${process.pid} ${os.hostname()}\n`);
    const e = await accessError(replaceFile(await readForUpdate(book), Buffer.from('new'), { lockWaitMs: 60 }));
    expect(e.code).toBe('locked');
    expectNamesUserPath(e, book);
    expect(e.text.ja).toContain(lock);
    expect(readFileSync(book, 'utf8')).toBe('v0');
    // The other run's lock is its own: left in place; our temporary file is gone.
    expect(names(dir)).toEqual(['.~psheet-book.xlsx.lock', 'book.xlsx']);
  });

  test('a lock left by a run that no longer exists is taken over', async () => {
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(child.stdout);
    expect(deadPid).toBeGreaterThan(0);
    writeFileSync(lockPathFor(book), `${deadPid} ${os.hostname()}\n`);
    await replaceFile(await readForUpdate(book), Buffer.from('new'), { lockWaitMs: 60 });
    expect(readFileSync(book, 'utf8')).toBe('new');
    expect(names(dir)).toEqual(['book.xlsx']);
  });

  test('a lock older than any real run is taken over even if its process id is in use', async () => {
    const lock = lockPathFor(book);
    writeFileSync(lock, `${process.pid} ${os.hostname()}\n`);
    const tenMinutesAgo = Date.now() / 1000 - 600;
    utimesSync(lock, tenMinutesAgo, tenMinutesAgo);
    await replaceFile(await readForUpdate(book), Buffer.from('new'), { lockWaitMs: 60 });
    expect(readFileSync(book, 'utf8')).toBe('new');
    expect(names(dir)).toEqual(['book.xlsx']);
  });
});
