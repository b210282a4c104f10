import { readFileSync } from 'fs';
import * as path from 'path';
import { ByteBudget, createZip, openZip, readEntry, rewriteZip, type ZipArchive, type ZipEntry } from '../../../src/host/file/zip';
import { forgeZip, type DescriptorKind } from './forge';
import { expectBytes, hasPython, pseudoRandomBytes, pythonTestzip, pythonZip, str, text, u16, u32, zipErrorOf, type PythonZipOptions } from './helpers';

const FIXTURE = path.join(__dirname, '../../fixtures/welfare-r7.xlsx');

const localRecord = (zip: ZipArchive, e: ZipEntry): Uint8Array => zip.bytes.subarray(e.localHeaderOffset, e.recordEnd);

/** A central record with its local header offset zeroed, wherever it lives (32-bit field or Zip64 extra). */
function centralWithoutOffset(zip: ZipArchive, e: ZipEntry): Uint8Array {
  const c = zip.bytes.slice(e.centralOffset, e.centralOffset + e.centralLength);
  if (u32(c, 42) !== 0xffffffff) {
    c.fill(0, 42, 46);
    return c;
  }
  let p = 46 + u16(c, 28);
  const end = p + u16(c, 30);
  while (p < end && u16(c, p) !== 1) p += 4 + u16(c, p + 2);
  const at = p + 4 + (u32(c, 24) === 0xffffffff ? 8 : 0) + (u32(c, 20) === 0xffffffff ? 8 : 0);
  c.fill(0, at, at + 8);
  return c;
}

/**
 * The rewrite contract: same names in the same order; entries not replaced have identical local records
 * (header, data, descriptor) and identical central records but for the offset; replaced ones read back as given.
 */
function checkRewrite(before: ZipArchive, replace: Map<string, Uint8Array>): ZipArchive {
  const after = openZip(rewriteZip(before, replace), { maxEntries: 100_000 });
  expect(after.entries.slice(0, before.entries.length).map((e) => e.name)).toEqual(before.entries.map((e) => e.name));
  const replacedKeys = new Set([...replace.keys()].map((k) => k.replace(/^\/+/, '').toLowerCase()));
  const budget = new ByteBudget();
  for (const old of before.entries) {
    const now = after.entries[old.index];
    if (replacedKeys.has(old.name.toLowerCase())) {
      const data = [...replace].find(([k]) => k.replace(/^\/+/, '').toLowerCase() === old.name.toLowerCase())?.[1] as Uint8Array;
      expectBytes(readEntry(after, now, budget), data);
      expect(now.rawName).toEqual(old.rawName);
      expect([now.dosTime, now.dosDate, now.comment]).toEqual([old.dosTime, old.dosDate, old.comment]);
      expect(u32(after.bytes, now.centralOffset + 38)).toBe(u32(before.bytes, old.centralOffset + 38)); // external attributes
      expect(now.flags & 8).toBe(0);
      expect(now.descriptorLength).toBe(0);
    } else {
      expectBytes(localRecord(after, now), localRecord(before, old));
      expectBytes(centralWithoutOffset(after, now), centralWithoutOffset(before, old));
      readEntry(after, now, budget); // still verifies (CRC, sizes)
    }
  }
  expectBytes(after.comment, before.comment);
  if (hasPython) {
    // Python's zipfile checks every CRC of the rewritten archive independently.
    const verdict = pythonTestzip(after.bytes);
    expect(verdict.bad).toBeNull();
    expect(verdict.names).toEqual(after.entries.map((e) => e.name));
  }
  return after;
}

describe('rewriteZip', () => {
  const fixture = openZip(new Uint8Array(readFileSync(FIXTURE)));
  const sheet = readEntry(fixture, fixture.find('xl/worksheets/sheet1.xml')!, new ByteBudget());

  test('a real .xlsx: one part replaced, the others byte for byte', () => {
    const longer = text(str(sheet).replace('</sheetData>', '<row r="999"><c r="A999" t="inlineStr"><is><t>追記</t></is></c></row></sheetData>'));
    const after = checkRewrite(fixture, new Map([['/XL/Worksheets/Sheet1.xml', longer]]));
    const e = after.find('xl/worksheets/sheet1.xml')!;
    expect(e.name).toBe('xl/worksheets/sheet1.xml'); // the original spelling, not the key's
    expect(e.index).toBe(fixture.find('xl/worksheets/sheet1.xml')!.index);
    expect(e.method).toBe(8);
    expect(e.compressedSize).toBeLessThan(longer.length);
  });

  test('nothing replaced: the archive comes back identical', () => {
    expectBytes(rewriteZip(fixture, new Map()), fixture.bytes);
  });

  test('replacing the first entry moves every other one; several replaced at once', () => {
    const first = fixture.entries.reduce((a, b) => (a.localHeaderOffset < b.localHeaderOffset ? a : b));
    checkRewrite(
      fixture,
      new Map([
        [first.name, text('x'.repeat(50_000))],
        ['xl/styles.xml', text('<styleSheet/>')],
      ]),
    );
  });

  test('data that deflate cannot shrink is stored', () => {
    const noise = pseudoRandomBytes(20_000, 11);
    const after = checkRewrite(fixture, new Map([['docProps/app.xml', noise]]));
    expect(after.find('docProps/app.xml')?.method).toBe(0);
  });

  test('a name not in the archive is added at the end', () => {
    const after = checkRewrite(fixture, new Map([['/xl/sharedStrings.xml', text('<sst/>')]]));
    const added = after.entries[after.entries.length - 1];
    expect(added.name).toBe('xl/sharedStrings.xml');
    expect(str(readEntry(after, added, new ByteBudget()))).toBe('<sst/>');
    expect(after.entries).toHaveLength(fixture.entries.length + 1);
  });

  const payloads = [
    { name: 'a.xml', data: text('<a>' + 'alpha '.repeat(500) + '</a>') },
    { name: 'dir/', data: new Uint8Array(0) },
    { name: 'b.bin', data: pseudoRandomBytes(3000, 9) },
    { name: 'c.xml', data: text('<c>' + 'gamma '.repeat(800) + '</c>') },
    { name: 'd.txt', data: text('last') },
  ];
  const newB = text('<b>' + 'replaced '.repeat(2000) + '</b>');

  const pythonCases: [string, PythonZipOptions][] = [
    ['streamed, 32-bit descriptors', { stream: true }],
    ['streamed with force_zip64, 64-bit descriptors', { stream: true, forceZip64: true }],
    ['Zip64 everywhere: offsets in central Zip64 extras, Zip64 end records', { zip64Everywhere: true }],
    ['Zip64 everywhere, streamed', { zip64Everywhere: true, stream: true }],
  ];
  test.each(hasPython ? pythonCases : [])("an archive by Python's zipfile, %s", (_, options) => {
    const before = openZip(pythonZip(payloads, { ...options, comment: 'kept comment' }));
    const after = checkRewrite(before, new Map([['B.BIN', newB]]));
    expect(str(after.comment)).toBe('kept comment');
    // Entries after the replaced one moved: their offsets (32-bit field or Zip64 extra) were rewritten.
    expect(after.find('c.xml')!.localHeaderOffset).not.toBe(before.find('c.xml')!.localHeaderOffset);
  });

  test.each<DescriptorKind>(['signed32', 'unsigned32', 'signed64', 'unsigned64'])('forged archive with %s descriptors and Zip64 extras', (descriptor) => {
    const forged = forgeZip(
      payloads.map((p) => ({ ...p, descriptor: p.name.endsWith('/') ? 'none' : descriptor, zip64: true })),
      { zip64End: true, comment: 'forged' },
    );
    const before = openZip(forged.zip);
    const after = checkRewrite(before, new Map([['b.bin', newB]]));
    expect(after.find('d.txt')!.descriptorLength).toBe(before.find('d.txt')!.descriptorLength);
  });

  test('callers cannot give data to a directory or name one part twice', () => {
    const zip = openZip(createZip(payloads));
    expect(() => rewriteZip(zip, new Map([['dir/', text('x')]]))).toThrow(RangeError);
    expect(() =>
      rewriteZip(
        zip,
        new Map([
          ['a.xml', text('1')],
          ['/A.XML', text('2')],
        ]),
      ),
    ).toThrow(RangeError);
  });
});

describe('createZip', () => {
  test('65,535 entries or more: Zip64 end records, read back by openZip (and Python)', () => {
    const n = 65_600;
    const entries: { name: string; data: Uint8Array }[] = Array.from({ length: n }, (_, i) => ({ name: `f/${i}`, data: new Uint8Array(0) }));
    entries[n - 1] = { name: 'f/last.txt', data: text('the last one') };
    const bytes = createZip(entries);
    expect(zipErrorOf(() => openZip(bytes)).reason).toBe('too-large'); // default maxEntries: 10,000
    const zip = openZip(bytes, { maxEntries: 100_000 });
    expect(zip.zip64).toBe(true);
    expect(zip.entries).toHaveLength(n);
    expect(str(readEntry(zip, zip.find('F/LAST.TXT')!, new ByteBudget()))).toBe('the last one');
    const rewritten = openZip(rewriteZip(zip, new Map([['f/0', text('first')]])), { maxEntries: 100_000 });
    expect(rewritten.zip64).toBe(true);
    expect(str(readEntry(rewritten, rewritten.entries[0], new ByteBudget()))).toBe('first');
    if (hasPython) expect(pythonTestzip(rewritten.bytes).names).toHaveLength(n);
  });

  test('entries with the same part name are refused', () => {
    expect(() =>
      createZip([
        { name: 'a.xml', data: text('1') },
        { name: 'A.xml', data: text('2') },
      ]),
    ).toThrow(RangeError);
  });

  test('the modification time is stamped as MS-DOS time; the default is 1980-01-01', () => {
    const zip = openZip(
      createZip([
        { name: 'a', data: text('a') },
        { name: 'b', data: text('b') },
      ]),
    );
    expect([zip.entries[0].dosDate, zip.entries[0].dosTime]).toEqual([(1 << 5) | 1, 0]);
    const stamped = openZip(createZip([{ name: 'a', data: text('a') }], { modified: new Date(2025, 3, 1, 9, 30, 10) }));
    expect(stamped.entries[0].dosDate).toBe(((2025 - 1980) << 9) | (4 << 5) | 1);
    expect(stamped.entries[0].dosTime).toBe((9 << 11) | (30 << 5) | 5);
    if (hasPython) expect(pythonTestzip(stamped.bytes).bad).toBeNull();
  });
});
