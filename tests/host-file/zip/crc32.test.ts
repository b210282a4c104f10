import * as zlib from 'zlib';
import fc from 'fast-check';
import { crc32, createZip, openZip, readEntry, ByteBudget } from '../../../src/host/file/zip';
import { pseudoRandomBytes, text } from './helpers';

/** Bit-at-a-time CRC-32, straight from the definition: the reference the table-driven one must match. */
function bitwiseCrc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

describe('crc32', () => {
  test.each<[string, number]>([
    ['', 0],
    ['a', 0xe8b7be43],
    ['abc', 0x352441c2],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('known vector %j', (s, expected) => {
    expect(crc32(text(s))).toBe(expected);
  });

  test('every length 0..64 and unaligned views match the bitwise definition', () => {
    const data = pseudoRandomBytes(200, 7);
    for (let n = 0; n <= 64; n++) {
      for (const start of [0, 1, 3, 7]) {
        const view = data.subarray(start, start + n);
        expect(crc32(view)).toBe(bitwiseCrc32(view));
      }
    }
  });

  test('incremental: crc32(b, crc32(a)) equals crc32(a + b), at any split', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), (bytes, cut) => {
        const at = bytes.length === 0 ? 0 : cut % (bytes.length + 1);
        expect(crc32(bytes.subarray(at), crc32(bytes.subarray(0, at)))).toBe(crc32(bytes));
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  test("agrees with Node's zlib.crc32 on a megabyte, continuing from a previous value", () => {
    const big = pseudoRandomBytes(1 << 20, 99);
    expect(crc32(big)).toBe(zlib.crc32(big));
    expect(crc32(big, 0x12345678)).toBe(zlib.crc32(big, 0x12345678));
  });

  test('an injected implementation is the one used to verify entries', () => {
    const zip = createZip([{ name: 'a.txt', data: text('hello '.repeat(100)) }]);
    let calls = 0;
    const counting = (data: Uint8Array, previous?: number): number => {
      calls++;
      return zlib.crc32(data, previous);
    };
    const archive = openZip(zip, { crc32: counting });
    expect(archive.crc32).toBe(counting);
    expect(readEntry(archive, archive.entries[0], new ByteBudget())).toEqual(text('hello '.repeat(100)));
    expect(calls).toBeGreaterThan(0);
    // A wrong implementation makes the check fail: proof that it is consulted.
    const wrong = openZip(zip, { crc32: () => 1 });
    expect(() => readEntry(wrong, wrong.entries[0], new ByteBudget())).toThrow(expect.objectContaining({ reason: 'crc' }));
  });
});
