/**
 * The native inflate the CLI passes (Node's zlib.inflateRawSync, capped at the declared size): the
 * same checks and the same answers as the default fflate path.
 */
import * as zlib from 'zlib';
import { ByteBudget, openZip, readEntry, type InflateFunction, type ZipOptions } from '../../../src/host/file/zip';
import { forgeZip } from './forge';
import { outcome, pseudoRandomBytes, text } from './helpers';

const native: InflateFunction = (data, max) => zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, max) });
let calls = 0;
const counted: InflateFunction = (data, max) => {
  calls++;
  return native(data, max);
};

function read(bytes: Uint8Array, options: ZipOptions, budget = 64 * 1024 * 1024): Uint8Array {
  const zip = openZip(bytes, options);
  return readEntry(zip, zip.entries[0], new ByteBudget(budget));
}

describe('a native inflate', () => {
  const data = text('4月:説明会を開催\n'.repeat(5000));

  test('is used, and reads what fflate reads', () => {
    const zip = forgeZip([{ name: 'xl/worksheets/sheet1.xml', data }]).zip;
    calls = 0;
    expect(read(zip, { inflate: counted })).toEqual(read(zip, {}));
    expect(calls).toBe(1);
  });

  test.each<[string, Parameters<typeof forgeZip>[0][0], string]>([
    ['a declared size smaller than the data: stopped at the declared size', { name: 'a.xml', data, uncompressedSize: 100 }, 'corrupt'],
    ['a declared size larger than the data', { name: 'a.xml', data, uncompressedSize: data.length + 10 }, 'corrupt'],
    ['a CRC that does not match', { name: 'a.xml', data, crc: 12345 }, 'crc'],
    ['data that is not deflate', { name: 'a.xml', data, body: pseudoRandomBytes(4000, 3) }, 'corrupt'],
  ])('%s: the same answer as the default path', (_n, entry, problem) => {
    const zip = forgeZip([entry]).zip;
    expect(outcome(() => read(zip, { inflate: native }))).toBe(problem);
    expect(outcome(() => read(zip, {}))).toBe(problem);
  });

  test('a bomb that declares its size is refused by the budget before anything is inflated', () => {
    const big = new Uint8Array(40 * 1024 * 1024);
    const zip = forgeZip([{ name: 'bomb.xml', data: big, body: zlib.deflateRawSync(big, { level: 9 }) }]).zip;
    calls = 0;
    expect(outcome(() => read(zip, { inflate: counted }, 20 * 1024 * 1024))).toBe('too-large');
    expect(calls).toBe(0);
  });

  test('a bomb that lies about its size stops at the declared size, with little memory', () => {
    const big = new Uint8Array(200 * 1024 * 1024);
    const body = zlib.deflateRawSync(big, { level: 9 });
    const zip = forgeZip([{ name: 'bomb.xml', data: new Uint8Array(1000), body, crc: 0 }]).zip;
    const before = process.memoryUsage().arrayBuffers;
    expect(outcome(() => read(zip, { inflate: native }))).toBe('corrupt');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(50 * 1024 * 1024);
  });
});
