/**
 * Deflate bombs: a small entry that inflates to hundreds of megabytes must be stopped by the ByteBudget or by
 * its declared size, with memory that stays far below what the bomb would unpack to.
 */
import * as zlib from 'zlib';
import { Deflate } from 'fflate';
import { ByteBudget, openZip, readEntry, streamEntry, type ZipArchive } from '../../../src/host/file/zip';
import { forgeZip } from './forge';
import { zipErrorOf } from './helpers';

const MB = 1024 * 1024;

/**
 * A raw deflate stream of `n` zero bytes, written by hand as one fixed-Huffman block: a literal 0, then
 * back-references (length 258, distance 1) 13 bits each, then literals for the rest (~160:1).
 */
function zerosDeflated(n: number): Uint8Array {
  const repeats = Math.floor((n - 1) / 258);
  const tail = n - 1 - repeats * 258;
  const bits = 3 + 8 + 13 * repeats + 8 * tail + 7;
  const out = new Uint8Array(Math.ceil(bits / 8));
  let pos = 0;
  const raw = (value: number, count: number): void => {
    for (let i = 0; i < count; i++, pos++) if ((value >>> i) & 1) out[pos >>> 3] |= 1 << (pos & 7);
  };
  const huffman = (code: number, length: number): void => {
    for (let i = length - 1; i >= 0; i--, pos++) if ((code >>> i) & 1) out[pos >>> 3] |= 1 << (pos & 7);
  };
  raw(1, 1); // BFINAL
  raw(1, 2); // BTYPE 01: fixed Huffman codes
  huffman(0x30, 8); // literal 0
  for (let i = 0; i < repeats; i++) {
    huffman(0xc5, 8); // length symbol 285: 258
    huffman(0, 5); // distance code 0: 1
  }
  for (let i = 0; i < tail; i++) huffman(0x30, 8);
  huffman(0, 7); // end of block
  return out;
}

function zerosCrc(n: number): number {
  const chunk = new Uint8Array(MB);
  let crc = 0;
  for (let left = n; left > 0; left -= MB) crc = zlib.crc32(left >= MB ? chunk : chunk.subarray(0, left), crc);
  return crc;
}

function bombArchive(entries: { name: string; real: number; declared?: number }[]): ZipArchive {
  return openZip(
    forgeZip(
      entries.map(({ name, real, declared }) => ({
        name,
        data: new Uint8Array(0),
        body: zerosDeflated(real),
        crc: zerosCrc(real),
        uncompressedSize: declared ?? real,
        zip64: true,
      })),
    ).zip,
  );
}

/** Highest ArrayBuffer memory seen while streaming, above what it was before. */
function streamedPeak(zip: ZipArchive, name: string, budget: ByteBudget): { growth: number; produced: number; error: unknown } {
  const before = process.memoryUsage().arrayBuffers;
  let peak = before;
  let produced = 0;
  let error: unknown;
  try {
    streamEntry(
      zip,
      zip.find(name)!,
      (chunk) => {
        produced += chunk.length;
        peak = Math.max(peak, process.memoryUsage().arrayBuffers);
      },
      budget,
    );
  } catch (e) {
    error = e;
  }
  return { growth: peak - before, produced, error };
}

describe('deflate bombs', () => {
  const real = 200 * MB;
  const honest = bombArchive([{ name: 'xl/worksheets/sheet1.xml', real }]);
  const entry = honest.find('xl/worksheets/sheet1.xml')!;

  test('the hand-made stream really is a bomb: ~1.3 MB that inflates to 200 MB', () => {
    expect(entry.compressedSize).toBeLessThan(1.5 * MB);
    expect(entry.uncompressedSize).toBe(real);
  });

  test('a 20 MB budget refuses it as too-large before inflating anything', () => {
    const before = process.memoryUsage();
    const err = zipErrorOf(() => readEntry(honest, entry, new ByteBudget(20 * MB)));
    expect(err.reason).toBe('too-large');
    expect(err.entry).toBe('xl/worksheets/sheet1.xml');
    const after = process.memoryUsage();
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(100 * MB);
    expect(after.rss - before.rss).toBeLessThan(100 * MB);
    expect(streamedPeak(honest, entry.name, new ByteBudget(20 * MB)).produced).toBe(0);
  });

  test('a bomb that declares 10 MB is stopped as soon as it passes 10 MB, with little memory', () => {
    const liar = bombArchive([{ name: 'bomb.xml', real, declared: 10 * MB }]);
    const { growth, produced, error } = streamedPeak(liar, 'bomb.xml', new ByteBudget());
    expect(error).toMatchObject({ reason: 'corrupt', entry: 'bomb.xml' });
    expect(produced).toBeLessThanOrEqual(10 * MB);
    expect(growth).toBeLessThan(100 * MB);
    const before = process.memoryUsage();
    expect(zipErrorOf(() => readEntry(liar, liar.find('bomb.xml')!, new ByteBudget())).reason).toBe('corrupt');
    expect(process.memoryUsage().rss - before.rss).toBeLessThan(100 * MB);
  });

  test('streamed within a large budget, 200 MB go through without being held', () => {
    const budget = new ByteBudget(256 * MB);
    const { growth, produced, error } = streamedPeak(honest, entry.name, budget);
    expect(error).toBeUndefined();
    expect(produced).toBe(real);
    expect(budget.used).toBe(real);
    expect(growth).toBeLessThan(100 * MB);
  });

  test('a bomb made by fflate (dynamic blocks, ~1000:1) that lies about its size is stopped the same way', () => {
    const parts: Uint8Array[] = [];
    const deflater = new Deflate({ level: 9 }, (chunk) => parts.push(chunk));
    const zeros = new Uint8Array(MB);
    for (let i = 0; i < 40; i++) deflater.push(zeros, i === 39);
    const body = new Uint8Array(Buffer.concat(parts));
    expect(body.length).toBeLessThan(60 * 1024);
    const zip = openZip(forgeZip([{ name: 'x.xml', data: new Uint8Array(0), body, crc: zerosCrc(40 * MB), uncompressedSize: 5 * MB }]).zip);
    const { growth, produced, error } = streamedPeak(zip, 'x.xml', new ByteBudget(20 * MB));
    expect(error).toMatchObject({ reason: 'corrupt' });
    expect(produced).toBeLessThanOrEqual(5 * MB);
    expect(growth).toBeLessThan(100 * MB);
  });

  test('one budget for all the entries of a file: the third 8 MB entry of a 20 MB budget is too-large', () => {
    const zip = bombArchive([
      { name: 'a.xml', real: 8 * MB },
      { name: 'b.xml', real: 8 * MB },
      { name: 'c.xml', real: 8 * MB },
    ]);
    const budget = new ByteBudget(20 * MB);
    expect(readEntry(zip, zip.entries[0], budget)).toHaveLength(8 * MB);
    streamEntry(zip, zip.entries[1], () => undefined, budget);
    expect(budget.remaining).toBe(4 * MB);
    expect(zipErrorOf(() => readEntry(zip, zip.entries[2], budget)).reason).toBe('too-large');
  });
});
