/**
 * Damaged and hostile archives: every case must end in a ZipError with a known reason, or in a correct read
 * (the same bytes as the intact archive). Any other exception fails the test (see `outcome`). Seeds are fixed.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { ByteBudget, createZip, openZip, readEntry, ZIP_PROBLEMS, type ZipProblem } from '../../../src/host/file/zip';
import { forgeZip, type ForgeEntry } from './forge';
import { hasPython, outcome, pseudoRandomBytes, pythonZip, setU16, setU32, text, u32 } from './helpers';

/** Opens and reads every entry; the data by name. */
function readEverything(bytes: Uint8Array): Map<string, Uint8Array> {
  const zip = openZip(bytes);
  const budget = new ByteBudget(64 * 1024 * 1024);
  return new Map(zip.entries.map((e) => [e.name, readEntry(zip, e, budget)]));
}

/** The outcome of reading `bytes`; a successful read must give exactly the intact archive's data. */
function judge(bytes: Uint8Array, intact: Map<string, Uint8Array>): 'ok' | ZipProblem {
  let data = new Map<string, Uint8Array>();
  const result = outcome(() => (data = readEverything(bytes)));
  if (result === 'ok') {
    for (const [name, d] of data) {
      expect(intact.has(name)).toBe(true);
      expect(Buffer.from(d).equals(Buffer.from(intact.get(name) as Uint8Array))).toBe(true);
    }
  }
  return result;
}

const payloads: ForgeEntry[] = [
  { name: '[Content_Types].xml', data: text('<Types>' + '<Default Extension="xml"/>'.repeat(20) + '</Types>') },
  { name: 'xl/workbook.xml', data: text('<workbook>' + '<sheet name="進捗"/>'.repeat(30) + '</workbook>') },
  { name: 'xl/raw.bin', data: pseudoRandomBytes(400, 3), method: 0 },
  { name: 'xl/worksheets/sheet1.xml', data: text('<row><c><v>42</v></c></row>'.repeat(60)) },
];

const samples: [string, Uint8Array][] = [
  [
    'createZip',
    createZip(
      payloads.map((p) => ({ name: p.name, data: p.data })),
      { comment: 'note' },
    ),
  ],
  [
    'forged, unsigned 64-bit descriptors, Zip64',
    forgeZip(
      payloads.map((p) => ({ ...p, descriptor: 'unsigned64', zip64: true })),
      { zip64End: true },
    ).zip,
  ],
  ['welfare-r7.xlsx', new Uint8Array(readFileSync(path.join(__dirname, '../../fixtures/welfare-r7.xlsx')))],
];
if (hasPython)
  samples.push([
    'Python, streamed with descriptors',
    pythonZip(
      payloads.map((p) => ({ name: p.name, data: p.data })),
      { stream: true },
    ),
  ]);

describe.each(samples)('%s', (_, intactBytes) => {
  const intact = readEverything(intactBytes);

  test('truncated anywhere: truncated, corrupt or not-zip, never a read', () => {
    const step = Math.max(1, Math.floor(intactBytes.length / 1500));
    for (let cut = 0; cut < intactBytes.length; cut += step) {
      const result = judge(intactBytes.slice(0, cut), intact);
      expect(['truncated', 'corrupt', 'not-zip']).toContain(result);
    }
  });

  test('one bit flipped anywhere: a ZipError or the same data', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.nat(intactBytes.length - 1), fc.nat(7), (at, bit) => {
        const bytes = intactBytes.slice();
        bytes[at] ^= 1 << bit;
        seen.add(judge(bytes, intact));
      }),
      { seed: 1234, numRuns: 400 },
    );
    expect(seen.size).toBeGreaterThan(1); // damage was detected, with more than one kind of outcome
  });

  test('one bit flipped inside headers and inside compressed data', () => {
    const zip = openZip(intactBytes);
    const regions: [number, number][] = [];
    for (const e of zip.entries) {
      regions.push([e.localHeaderOffset, e.dataOffset]); // local header
      if (e.compressedSize > 0) regions.push([e.dataOffset, e.dataOffset + e.compressedSize]); // data
      regions.push([e.centralOffset, e.centralOffset + e.centralLength]); // central record
    }
    const outcomes = new Map<string, number>();
    fc.assert(
      fc.property(fc.constantFrom(...regions), fc.nat(), fc.nat(7), ([from, to], k, bit) => {
        const bytes = intactBytes.slice();
        bytes[from + (k % (to - from))] ^= 1 << bit;
        const r = judge(bytes, intact);
        outcomes.set(r, (outcomes.get(r) ?? 0) + 1);
      }),
      { seed: 99, numRuns: 400 },
    );
    // Flips in compressed data are caught by inflate or CRC; flips in headers by the structure checks.
    expect(outcomes.get('crc') ?? 0).toBeGreaterThan(0);
    expect(outcomes.get('corrupt') ?? 0).toBeGreaterThan(0);
  });

  test('a few bytes overwritten at random: a ZipError or the same data', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(intactBytes.length - 1), fc.nat(255)), { minLength: 1, maxLength: 4 }), (writes) => {
        const bytes = intactBytes.slice();
        for (const [at, v] of writes) bytes[at] = v;
        judge(bytes, intact);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('archives that lie', () => {
  const intact = readEverything(forgeZip(payloads).zip);
  const lie = (i: number, change: Partial<ForgeEntry>, options = {}): 'ok' | ZipProblem =>
    judge(
      forgeZip(
        payloads.map((p, k) => (k === i ? { ...p, ...change } : p)),
        options,
      ).zip,
      intact,
    );
  const real = (i: number): number => payloads[i].data.length;

  test.each([
    ['declared uncompressed size one byte short', 1, { uncompressedSize: real(1) - 1 }, ['corrupt']],
    ['declared uncompressed size one byte long', 1, { uncompressedSize: real(1) + 1 }, ['corrupt']],
    ['declared uncompressed size zero', 3, { uncompressedSize: 0 }, ['corrupt']],
    ['stored entry with sizes one short', 2, { uncompressedSize: real(2) - 1, compressedSize: real(2) - 1 }, ['crc']],
    ['stored entry with sizes running into the next entry', 2, { uncompressedSize: real(2) + 40, compressedSize: real(2) + 40 }, ['corrupt']],
    ['stored entry whose sizes disagree', 2, { uncompressedSize: real(2) + 1 }, ['corrupt']],
    ['compressed size too small (deflate stream cut)', 3, { compressedSize: 5 }, ['corrupt']],
    ['CRC of other data', 1, { crc: 0x12345678 }, ['crc']],
    ['CRC of other data, stored', 2, { crc: 0 }, ['crc']],
    ['declared size beyond the budget (Zip64, 1 TiB)', 3, { zip64: true, uncompressedSize: 2 ** 40 }, ['too-large']],
    ['declared size beyond 2^53 (Zip64)', 3, { zip64: true, uncompressedSize: 2 ** 62 }, ['too-large']],
    ['compressed size beyond the file (Zip64)', 0, { zip64: true, compressedSize: 2 ** 40 }, ['truncated']],
  ] as [string, number, Partial<ForgeEntry>, ZipProblem[]][])('%s', (_, i, change, reasons) => {
    expect(reasons).toContain(lie(i, change));
  });

  test('entry counts that lie', () => {
    expect(lie(0, {}, { count: payloads.length - 1 })).toBe('corrupt'); // more records than the end record says
    expect(lie(0, {}, { count: payloads.length + 1 })).toBe('corrupt');
    expect(lie(0, {}, { count: 0 })).toBe('corrupt');
    expect(lie(0, {}, { count: 0xfffe })).toBe('corrupt'); // cannot fit in the directory: corrupt, not too-large
    expect(lie(0, {}, { count: payloads.length + 1, zip64End: true })).toBe('corrupt');
    expect(lie(0, {}, { count: payloads.length })).toBe('ok');
  });

  /** The intact forged archive, with positions of its central records. */
  function centralRecords(bytes: Uint8Array): number[] {
    const zip = openZip(bytes);
    return zip.entries.map((e) => e.centralOffset);
  }

  test('an entry renamed in its local header only', () => {
    const { zip } = forgeZip(payloads);
    zip[30] = 0x5f; // first letter of the first local name
    expect(judge(zip, intact)).toBe('corrupt');
  });

  test('an entry whose local header is missing (the offset points at data)', () => {
    const { zip, ranges } = forgeZip(payloads);
    const central = centralRecords(zip);
    setU32(zip, central[1] + 42, ranges[1].start + 40);
    expect(['corrupt', 'truncated']).toContain(judge(zip, intact));
  });

  test('two central records pointing at the same local record', () => {
    const { zip, ranges } = forgeZip(payloads);
    const central = centralRecords(zip);
    setU32(zip, central[1] + 42, ranges[0].start);
    expect(judge(zip, intact)).toBe('corrupt');
  });

  test('an entry whose data overlaps the next local header', () => {
    const { zip } = forgeZip(payloads);
    const central = centralRecords(zip);
    setU32(zip, central[0] + 20, u32(zip, central[0] + 20) + 10); // compressed size
    expect(judge(zip, intact)).toBe('corrupt');
  });

  test('a central directory that points past the file or into the entries', () => {
    const { zip } = forgeZip(payloads);
    const eocd = zip.length - 22;
    const past = zip.slice();
    setU32(past, eocd + 16, zip.length);
    expect(judge(past, intact)).toBe('truncated');
    const into = zip.slice();
    setU32(into, eocd + 16, 10);
    expect(judge(into, intact)).toBe('corrupt');
    const bigger = zip.slice();
    setU32(bigger, eocd + 12, u32(zip, eocd + 12) + 1);
    expect(['corrupt', 'truncated']).toContain(judge(bigger, intact));
  });

  test('a name length that runs past the central directory', () => {
    const { zip } = forgeZip(payloads);
    const central = centralRecords(zip);
    setU16(zip, central[3] + 28, 0xffff);
    expect(judge(zip, intact)).toBe('corrupt');
  });

  test('random bytes, with or without ZIP signatures, never raise anything but a ZipError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.boolean(), fc.boolean(), (body, local, end) => {
        const parts = [local ? [0x50, 0x4b, 3, 4] : [], [...body], end ? [0x50, 0x4b, 5, 6, ...body.slice(0, 18)] : []];
        const bytes = new Uint8Array(parts.flat());
        // outcome() rethrows anything but a ZipError with a known reason; an empty archive can be a valid read.
        expect([...ZIP_PROBLEMS, 'ok']).toContain(outcome(() => readEverything(bytes)));
      }),
      { seed: 5, numRuns: 500 },
    );
  });
});
