import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { workbookBytes } from '../../bench/workbooks';
import { syntheticSheet } from '../../bench/synthetic';
import { WORKER_FROM_BYTES } from '../../src/cli/strings-thread';
import { BIG_FILE_BYTES, wantsEarlyWorker } from '../../src/cli/strings-worker-spawn';
import { DEFAULT_CONFIG } from '../../src/core/config';
import type { Report } from '../../src/core/types';
import { readDepartmentFile } from '../../src/host/file/department-file';
import { openXlsx } from '../../src/host/file/xlsx';
import { buildCli, psheet } from './cli-harness';

/**
 * A big workbook through the compiled `psheet`: its shared strings read by the worker thread, started before the
 * command's modules load. The report must be the one a read in place gives (the TypeScript sources, here, have no
 * compiled worker and read everything in place).
 */

let tmp: string;
let big: string;
let bytes: Uint8Array;

beforeAll(async () => {
  buildCli();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'psheet-big-'));
  big = path.join(tmp, 'big.xlsx');
  bytes = workbookBytes(syntheticSheet(4_000, 11));
  await fs.writeFile(big, bytes);
}, 180_000);

afterAll(async () => {
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

test('the workbook is big enough for both: the early start and the worker', () => {
  expect(bytes.length).toBeGreaterThanOrEqual(BIG_FILE_BYTES);
  const book = openXlsx(bytes);
  expect(book.zip.find(book.sharedStringsPart!)!.uncompressedSize).toBeGreaterThanOrEqual(WORKER_FROM_BYTES);
});

test('which commands start the worker early', () => {
  expect(wantsEarlyWorker('validate', ['--month', '10', big])).toBe(true);
  expect(wantsEarlyWorker('consolidate', [big, '--out', path.join(tmp, 'out.xlsx')])).toBe(true);
  // insert-month reads one small sheet and writes: no worker; options and files that are not there never count.
  expect(wantsEarlyWorker('insert-month', [big])).toBe(false);
  expect(wantsEarlyWorker('validate', ['--month', '10', path.join(tmp, 'missing.xlsx')])).toBe(false);
  expect(wantsEarlyWorker('validate', [`--sheet=${big}`])).toBe(false);
});

test('psheet validate of it gives the report of a read in place', () => {
  const run = psheet(['validate', big, '--month', '10', '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(1);
  const report = JSON.parse(run.stdout) as Report;
  const inPlace = readDepartmentFile(big, bytes, { month: 10, lang: 'ja', config: DEFAULT_CONFIG });
  expect(inPlace.unreadable).toBeUndefined();
  expect(report.files).toEqual([JSON.parse(JSON.stringify(inPlace.report))]);
  expect(report.files[0].issues.length).toBeGreaterThan(100);
});
