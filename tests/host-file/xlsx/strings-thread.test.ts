import fc from 'fast-check';
import path from 'path';
import { openXlsx, readSheet, XlsxError } from '../../../src/host/file/xlsx';
import { packStrings, unpackStrings } from '../../../src/cli/packed-strings';
import { StringsThread } from '../../../src/cli/strings-thread';
import { buildCli, ROOT } from '../../cli/cli-harness';
import { buildPackage, oneSheet, sst, worksheet, xlsxErrorOf } from './builder';

/**
 * The CLI's side of OpenOptions.sharedStrings (src/cli/strings-thread.ts): the shared strings read in a worker
 * thread, the compiled one (lib/), and handed back as one text in UTF-16 code units.
 */

const WORKER = path.join(ROOT, 'lib', 'src', 'cli', 'shared-strings-worker.js');

/** Any UTF-16 text, lone surrogates included. */
const utf16 = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 12 }).map((units) => String.fromCharCode(...units));

describe('strings packed for the way back', () => {
  test('come back as they were, whatever their code units', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(utf16, fc.string({ unit: 'binary', maxLength: 8 }), fc.constant('')), { maxLength: 30 }), (strings) => {
        const packed = packStrings(strings);
        expect(packed.units.byteLength).toBe(strings.join('').length * 2);
        expect(unpackStrings(packed)).toEqual(strings);
      }),
    );
  });
});

describe('the worker thread', () => {
  beforeAll(() => buildCli(), 120_000);

  const bytes = oneSheet('<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c></row>', { strings: ['零', '\uD83D\uDE00一 \uD800'] });

  test('reads the shared strings of a book as they read in place', () => {
    const thread = new StringsThread(WORKER, 0);
    try {
      const book = openXlsx(bytes, { sharedStrings: thread.elsewhere });
      expect(readSheet(book, 0)).toEqual(readSheet(openXlsx(bytes), 0));
      // One thread for every book: a second one is read by the same worker.
      const other = oneSheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', { strings: ['二冊目'] });
      expect(readSheet(openXlsx(other, { sharedStrings: thread.elsewhere }), 0).rows).toEqual([[{ value: '二冊目' }]]);
    } finally {
      thread.stop();
    }
  });

  test("the worker's failure is the file's failure, as in place", () => {
    const doctype = buildPackage({
      sheets: [{ name: 'S', xml: worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }],
      sharedStrings: '<!DOCTYPE sst [<!ENTITY x "y">]>' + sst(['a']),
    });
    const thread = new StringsThread(WORKER, 0);
    try {
      const e = xlsxErrorOf(() => readSheet(openXlsx(doctype, { sharedStrings: thread.elsewhere }), 0));
      expect(e).toBeInstanceOf(XlsxError);
      expect([e.reason, e.part]).toEqual(['doctype', 'xl/sharedStrings.xml']);
      // The thread goes on serving the next book.
      expect(readSheet(openXlsx(bytes, { sharedStrings: thread.elsewhere }), 0)).toEqual(readSheet(openXlsx(bytes), 0));
    } finally {
      thread.stop();
    }
  });

  test('small parts, a missing script or a failed thread: declined (read in place)', () => {
    expect(new StringsThread(WORKER).elsewhere(bytes, 'xl/sharedStrings.xml', 100)).toBeUndefined();
    expect(new StringsThread(path.join(ROOT, 'lib', 'no-such-worker.js'), 0).elsewhere(bytes, 'xl/sharedStrings.xml', 100)).toBeUndefined();
    const failed = new StringsThread(WORKER, 0);
    failed.stop(true);
    expect(failed.elsewhere(bytes, 'xl/sharedStrings.xml', 100)).toBeUndefined();
    expect(readSheet(openXlsx(bytes, { sharedStrings: failed.elsewhere }), 0)).toEqual(readSheet(openXlsx(bytes), 0));
  });
});
