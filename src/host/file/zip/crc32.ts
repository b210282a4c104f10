/**
 * CRC-32 as used by ZIP (reflected polynomial 0xEDB88320, initial value and final XOR 0xFFFFFFFF).
 *
 * The default implementation is table driven, slicing by 8: eight 256-entry tables let the main loop
 * consume eight bytes per step. It is incremental: `crc32(b, crc32(a))` equals `crc32(a + b)`.
 *
 * A caller may use a native implementation instead (Node 20.15+ has `zlib.crc32(data, value)`, which has
 * the same contract): pass it as `crc32` in `ZipOptions`. The browser build keeps this one.
 */

/** Computes the CRC-32 of `data`, continuing from `previous` (the CRC of the bytes before; 0 to start). Unsigned result. */
export type Crc32Function = (data: Uint8Array, previous?: number) => number;

const POLYNOMIAL = 0xedb88320;

/** TABLES[k * 256 + b]: the CRC contribution of byte b followed by k zero bytes. */
const TABLES = buildTables();

function buildTables(): Int32Array {
  const t = new Int32Array(8 * 256);
  for (let b = 0; b < 256; b++) {
    let c = b;
    for (let bit = 0; bit < 8; bit++) c = c & 1 ? (c >>> 1) ^ POLYNOMIAL : c >>> 1;
    t[b] = c;
  }
  for (let k = 1; k < 8; k++) {
    for (let b = 0; b < 256; b++) {
      const prev = t[(k - 1) * 256 + b];
      t[k * 256 + b] = (prev >>> 8) ^ t[prev & 0xff];
    }
  }
  return t;
}

/** The default CRC-32: pure TypeScript, runs anywhere. */
export const crc32: Crc32Function = (data, previous = 0) => {
  const t = TABLES;
  let c = ~previous | 0;
  let i = 0;
  const n = data.length;
  const end8 = n - (n & 7);
  while (i < end8) {
    const lo = c ^ (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24));
    c =
      t[1792 + (lo & 0xff)] ^
      t[1536 + ((lo >>> 8) & 0xff)] ^
      t[1280 + ((lo >>> 16) & 0xff)] ^
      t[1024 + (lo >>> 24)] ^
      t[768 + data[i + 4]] ^
      t[512 + data[i + 5]] ^
      t[256 + data[i + 6]] ^
      t[data[i + 7]];
    i += 8;
  }
  while (i < n) c = (c >>> 8) ^ t[(c ^ data[i++]) & 0xff];
  return ~c >>> 0;
};
