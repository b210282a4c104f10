import { readFileSync } from 'fs';
import * as path from 'path';
import { unzipSync, zipSync } from 'fflate';
import { ByteBudget, createZip, openZip, readEntry, streamEntry, ZipError, zipProblemText, ZIP_PROBLEMS, type ZipArchive } from '../../../src/host/file/zip';
import { forgeZip, type DescriptorKind } from './forge';
import { expectBytes, hasPython, pseudoRandomBytes, pythonZip, setU16, str, text, zipErrorOf, type PythonZipOptions } from './helpers';

const FIXTURE = path.join(__dirname, '../../fixtures/welfare-r7.xlsx');

/** Every entry's data, read with readEntry, checked against streamEntry's chunks. */
function readAll(zip: ZipArchive): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const budget = new ByteBudget();
  for (const e of zip.entries) {
    const whole = readEntry(zip, e, budget);
    const chunks: Uint8Array[] = [];
    streamEntry(zip, e, (c) => chunks.push(c), budget);
    expectBytes(Buffer.concat(chunks), whole);
    out.set(e.name, whole);
  }
  return out;
}

const payloads = [
  { name: '[Content_Types].xml', data: text('<Types>' + '<Default Extension="xml"/>'.repeat(40) + '</Types>') },
  { name: 'xl/worksheets/sheet1.xml', data: text('<row><c r="A1"><v>1</v></c></row>'.repeat(3000)) },
  { name: 'xl/media/noise.bin', data: pseudoRandomBytes(70_000, 5) },
  { name: 'empty.txt', data: new Uint8Array(0) },
  { name: 'docs/日本語.txt', data: text('取組実施プロセスシート'.repeat(20)) },
];

describe('round trips', () => {
  test('createZip → openZip: data, methods, directories', () => {
    const zip = openZip(createZip([...payloads.slice(0, 2), { name: 'xl/', data: new Uint8Array(0) }, ...payloads.slice(2)], { comment: 'コメント' }));
    expect(zip.entries.map((e) => e.name)).toEqual([payloads[0].name, payloads[1].name, 'xl/', ...payloads.slice(2).map((p) => p.name)]);
    const data = readAll(zip);
    for (const p of payloads) expectBytes(data.get(p.name), p.data);
    expect(zip.find('xl/worksheets/sheet1.xml')?.method).toBe(8);
    expect(zip.find('xl/media/noise.bin')?.method).toBe(0); // incompressible: stored
    expect(zip.find('xl/')?.isDirectory).toBe(true);
    expect(str(zip.comment)).toBe('コメント');
  });

  const pythonCases: [string, PythonZipOptions, number][] = [
    ['seekable (sizes in the local header)', {}, 0],
    ['streamed: data descriptors with signature, 32-bit', { stream: true }, 16],
    ['streamed with force_zip64: 64-bit descriptors, Zip64 local extras', { stream: true, forceZip64: true }, 24],
    ['force_zip64, seekable', { forceZip64: true }, 0],
    ['Zip64 everywhere: central extras with offsets, Zip64 end records', { zip64Everywhere: true }, 0],
    ['Zip64 everywhere, streamed', { zip64Everywhere: true, stream: true }, 24],
  ];
  // Python's zipfile is an independent writer; where python3 is missing these cases are not generated.
  test.each(hasPython ? pythonCases : [])("Python's zipfile: %s", (_, options, descriptor) => {
    const entries = [...payloads.map((p, i) => ({ ...p, deflate: i !== 0 })), { name: 'folder/', data: new Uint8Array(0) }];
    const zip = openZip(pythonZip(entries, { ...options, comment: 'python' }));
    expect(zip.zip64).toBe(options.zip64Everywhere === true);
    expect(str(zip.comment)).toBe('python');
    const data = readAll(zip);
    for (const p of payloads) expectBytes(data.get(p.name), p.data);
    for (const e of zip.entries) if (!e.isDirectory) expect(e.descriptorLength).toBe(descriptor);
    expect(zip.find(payloads[0].name)?.method).toBe(0);
    expect(zip.find('folder/')?.isDirectory).toBe(true);
  });

  test("fflate's zipSync, deflated and stored", () => {
    const bytes = zipSync({
      'a/b.xml': text('<a>' + 'x'.repeat(5000) + '</a>'),
      'stored.bin': [pseudoRandomBytes(1000, 3), { level: 0 }],
      '名前.txt': text('utf-8 name'),
    });
    const zip = openZip(bytes);
    const data = readAll(zip);
    expect(str(data.get('a/b.xml') as Uint8Array)).toBe('<a>' + 'x'.repeat(5000) + '</a>');
    expectBytes(data.get('stored.bin'), pseudoRandomBytes(1000, 3));
    expect(str(data.get('名前.txt') as Uint8Array)).toBe('utf-8 name');
    expect(zip.find('stored.bin')?.method).toBe(0);
  });

  test.each<[DescriptorKind, boolean, number]>([
    ['signed32', false, 16],
    ['unsigned32', false, 12],
    ['signed64', true, 24],
    ['unsigned64', true, 20],
    ['signed64', false, 24],
    ['unsigned64', false, 20],
  ])('data descriptor %s (Zip64 extra: %s) is measured exactly', (descriptor, zip64, length) => {
    const forged = forgeZip(payloads.map((p) => ({ ...p, descriptor, zip64 })));
    const zip = openZip(forged.zip);
    for (const e of zip.entries) {
      expect(e.descriptorLength).toBe(length);
      expect(e.recordEnd).toBe(forged.ranges[e.index].end);
    }
    const data = readAll(zip);
    for (const p of payloads) expectBytes(data.get(p.name), p.data);
  });

  test('a real .xlsx: every entry reads, CRCs pass, same bytes as fflate', () => {
    const bytes = new Uint8Array(readFileSync(FIXTURE));
    const zip = openZip(bytes);
    const reference = unzipSync(bytes);
    const data = readAll(zip);
    expect([...data.keys()].sort()).toEqual(Object.keys(reference).sort());
    for (const [name, d] of data) expectBytes(d, reference[name]);
    expect(str(data.get('xl/workbook.xml') as Uint8Array)).toContain('<workbook');
  });
});

describe('lookup and names', () => {
  const zip = openZip(createZip([{ name: 'xl/', data: new Uint8Array(0) }, ...payloads]));

  test('part names are case-insensitive and a leading "/" is optional', () => {
    const e = zip.find('xl/worksheets/sheet1.xml');
    expect(e).toBeDefined();
    expect(zip.find('/XL/Worksheets/Sheet1.XML')).toBe(e);
    expect(zip.find('[content_types].xml')?.name).toBe('[Content_Types].xml');
    expect(zip.find('xl/worksheets/sheet2.xml')).toBeUndefined();
  });

  test('directory entries are listed and yield no data', () => {
    const dir = zip.find('/xl/') as NonNullable<ReturnType<typeof zip.find>>;
    expect(dir.isDirectory).toBe(true);
    expect(readEntry(zip, dir, new ByteBudget())).toHaveLength(0);
    const chunks: Uint8Array[] = [];
    streamEntry(zip, dir, (c) => chunks.push(c), new ByteBudget());
    expect(chunks).toHaveLength(0);
  });

  test('names without flag bit 11 are code page 437; with it, UTF-8; the stored bytes are kept', () => {
    const raw = new Uint8Array([0x8e, 0x82, 0x9b, 0x2e, 0x74, 0x78, 0x74]); // Ä é ¢ .txt in CP437
    const forged = forgeZip([
      { name: 'cp437', rawName: raw, data: text('a') },
      { name: 'ümlaut.txt', data: text('b'), flags: 0x800 },
    ]);
    const zip2 = openZip(forged.zip);
    expect(zip2.entries[0].name).toBe('Äé¢.txt');
    expect(zip2.entries[0].rawName).toEqual(raw);
    expect(zip2.entries[1].name).toBe('ümlaut.txt');
    expect(zip2.find('äé¢.TXT')).toBe(zip2.entries[0]);
  });

  test('an Info-ZIP Unicode Path extra field gives the name when its CRC matches the stored name', () => {
    const raw = new Uint8Array([0x93, 0xfa, 0x96, 0x7b]); // "日本" in Shift_JIS, stored without flag
    const unicode = text('日本.txt');
    const { crc32 } = jest.requireActual<typeof import('zlib')>('zlib');
    const extraFor = (crc: number): Uint8Array => {
      const x = new Uint8Array(4 + 5 + unicode.length);
      setU16(x, 0, 0x7075);
      setU16(x, 2, 5 + unicode.length);
      x[4] = 1;
      new DataView(x.buffer).setUint32(5, crc, true);
      x.set(unicode, 9);
      return x;
    };
    const good = openZip(forgeZip([{ name: 'x', rawName: raw, data: text('a'), centralExtra: extraFor(crc32(raw)) }]).zip);
    expect(good.entries[0].name).toBe('日本.txt');
    const stale = openZip(forgeZip([{ name: 'x', rawName: raw, data: text('a'), centralExtra: extraFor(crc32(raw) ^ 1) }]).zip);
    expect(stale.entries[0].name).not.toBe('日本.txt');
  });
});

describe('what a file is refused for', () => {
  test('an OLE compound file (.xls, encrypted .xlsx) is legacy-office', () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(zipErrorOf(() => openZip(ole)).reason).toBe('legacy-office');
  });

  test.each([
    ['empty', new Uint8Array(0)],
    ['text', text('name,value\n1,2\n')],
    ['PDF', text('%PDF-1.7\n' + 'x'.repeat(100))],
  ])('%s is not-zip', (_, bytes) => {
    expect(zipErrorOf(() => openZip(bytes)).reason).toBe('not-zip');
  });

  test('a ZIP cut before its end record is truncated', () => {
    const bytes = createZip(payloads);
    expect(zipErrorOf(() => openZip(bytes.subarray(0, bytes.length - 30))).reason).toBe('truncated');
  });

  test('an encrypted entry is listed, and reading it is refused as encrypted', () => {
    const zip = openZip(
      forgeZip([
        { name: 'plain.txt', data: text('ok') },
        { name: 'secret.xml', data: text('<x/>'), flags: 1 },
      ]).zip,
    );
    expect(zip.find('secret.xml')?.encrypted).toBe(true);
    const err = zipErrorOf(() => readEntry(zip, zip.find('secret.xml')!, new ByteBudget()));
    expect(err.reason).toBe('encrypted');
    expect(err.entry).toBe('secret.xml');
    expect(str(readEntry(zip, zip.find('plain.txt')!, new ByteBudget()))).toBe('ok');
  });

  test('compression methods other than stored and deflate are unsupported', () => {
    const bytes = createZip([{ name: 'a.xml', data: text('<a/>'.repeat(100)) }]);
    setU16(bytes, 8, 12); // local header: bzip2
    const cd = bytes.length - 22 - (46 + 'a.xml'.length);
    setU16(bytes, cd + 10, 12); // central record: bzip2
    const zip = openZip(bytes);
    expect(zipErrorOf(() => readEntry(zip, zip.entries[0], new ByteBudget())).reason).toBe('unsupported');
  });

  test('more entries than maxEntries is too-large, before anything is parsed', () => {
    const bytes = createZip(Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, data: text(String(i)) })));
    expect(openZip(bytes, { maxEntries: 30 }).entries).toHaveLength(30);
    expect(zipErrorOf(() => openZip(bytes, { maxEntries: 29 })).reason).toBe('too-large');
  });

  test('two entries whose names differ only in case are corrupt (OPC part names ignore case)', () => {
    const forged = forgeZip([
      { name: 'xl/workbook.xml', data: text('<a/>') },
      { name: 'XL/Workbook.xml', data: text('<b/>') },
    ]);
    expect(zipErrorOf(() => openZip(forged.zip)).reason).toBe('corrupt');
  });

  test('an archive comment that contains an end-record signature does not mislead the search', () => {
    const eocdLike = String.fromCharCode(0x50, 0x4b, 0x05, 0x06) + 'x'.repeat(30);
    const zip = openZip(forgeZip(payloads.slice(0, 2), { comment: eocdLike }).zip);
    expect(str(zip.comment)).toBe(eocdLike);
    expect(zip.entries).toHaveLength(2);
  });
});

describe('messages', () => {
  test.each(ZIP_PROBLEMS)('%s: Japanese and English text that says what to do', (reason) => {
    const t = zipProblemText(reason);
    expect(t.ja).toMatch(/[ぁ-んァ-ン一-龯]/);
    expect(t.ja).toMatch(/ください。$/);
    expect(t.en).toMatch(/[A-Za-z]/);
    expect(t.en).not.toMatch(/[ぁ-んァ-ン一-龯]/);
  });

  test('a CRC mismatch names the part; fflate’s text stays in cause, out of the user text', () => {
    const crcText = zipProblemText('crc', 'xl/worksheets/sheet1.xml');
    expect(crcText.ja).toBe('ファイルが壊れています（「xl/worksheets/sheet1.xml」の検査値が一致しません）。元のファイルをもう一度受け取ってください。');
    expect(crcText.en).toContain('"xl/worksheets/sheet1.xml"');
    const forged = forgeZip([{ name: 'x.xml', data: text('<x/>'.repeat(100)) }]);
    const data = forged.zip;
    data[30 + 'x.xml'.length] = 0xff; // first byte of the deflate stream: an invalid block type
    const zip = openZip(data);
    const err = zipErrorOf(() => readEntry(zip, zip.entries[0], new ByteBudget()));
    expect(err).toBeInstanceOf(ZipError);
    expect(err.reason).toBe('corrupt');
    expect(err.cause).toBeInstanceOf(Error);
    const inner = (err.cause as Error).message;
    expect(err.text.ja).not.toContain(inner);
    expect(err.text.en).not.toContain(inner);
    expect(err.text.ja).toContain('x.xml');
  });
});
