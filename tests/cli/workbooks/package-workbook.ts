import ExcelJS from 'exceljs';
import { inflateSync, strFromU8, strToU8, unzipSync, zipSync, Zippable } from 'fflate';
import { deflateSync } from 'zlib';
import { addProgressSheet, soundInitiative } from './progress-sheet';

/**
 * A workbook holding what departments' files hold besides cells, to check that insert-month
 * leaves all of it as it was: print titles, data validations, a note (comment + VML), an image
 * (drawing + media), conditional formatting, a second sheet, furigana (`<rPh>`) in a shared string
 * and a `customXml` part. ExcelJS writes it; fflate adds the furigana and the custom XML.
 */

export const PACKAGE_SHEET = 'R7取組実施プロセスシート';
export const PACKAGE_NAMES = ['窓口サービスの改善', '見守り活動の推進', '居場所づくり'];
/** The progress cells insert-month --month 11 fills (rows 5–7, column M). */
export const PACKAGE_PROGRESS_CELLS = ['M5', 'M6', 'M7'];
export const FURIGANA = { text: '窓口サービスの改善', reading: 'マドグチ' };
export const CUSTOM_XML = 'customXml/item1.xml';
export const WORKSHEET = 'xl/worksheets/sheet1.xml';

/** A 1×1 PNG, built here (signature, IHDR, IDAT, IEND with their CRCs) rather than pasted. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]); // 1×1, 8-bit RGB
  const idat = deflateSync(Buffer.from([0, 0x2e, 0x7d, 0x32])); // filter 0, one teal pixel
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function excelJsPackage(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = addProgressSheet(
    wb,
    PACKAGE_SHEET,
    PACKAGE_NAMES.map((name, i) => ({ initiative: soundInitiative(i + 1, name) })),
  );
  ws.pageSetup.printTitlesRow = '3:4';
  ws.pageSetup.paperSize = 8 as ExcelJS.PaperSize; // A3
  ws.pageSetup.orientation = 'landscape';
  for (const r of [5, 6, 7]) ws.getCell(`L${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"↗,→,↘"'] };
  ws.getCell('H5').note = '担当: 地域福祉課 山田（内線1234）';
  ws.addImage(wb.addImage({ buffer: tinyPng() as unknown as ExcelJS.Buffer, extension: 'png' }), 'P2:Q4');
  ws.addConditionalFormatting({
    ref: 'L5:L7',
    rules: [
      {
        type: 'containsText',
        operator: 'containsText',
        text: '↘',
        priority: 1,
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
      },
    ],
  });
  const other = wb.addWorksheet('参考資料');
  other.getCell('A1').value = '前年度の実績';
  other.getCell('B2').value = 42;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The package as ExcelJS writes it, with furigana on one name and a customXml part related from the workbook. */
export async function packageWorkbook(): Promise<Uint8Array> {
  const entries = unzipSync(await excelJsPackage());
  const files: Zippable = {};
  for (const [name, data] of Object.entries(entries)) if (!name.endsWith('/')) files[name] = data;
  const sst = strFromU8(entries['xl/sharedStrings.xml']);
  const plain = `<si><t>${FURIGANA.text}</t></si>`;
  if (!sst.includes(plain)) throw new Error('the shared string to give furigana is not there');
  files['xl/sharedStrings.xml'] = strToU8(
    sst.replace(plain, `<si><t>${FURIGANA.text}</t><rPh sb="0" eb="2"><t>${FURIGANA.reading}</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>`),
  );
  files[CUSTOM_XML] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<psheet-test xmlns="urn:example:psheet-test"><department>福祉部</department></psheet-test>',
  );
  const rels = strFromU8(entries['xl/_rels/workbook.xml.rels']);
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>',
    ),
  );
  return zipSync(files, { level: 6 });
}

/** Where an entry's data starts in a zip written by fflate (sizes in the local header, no descriptor). */
function localData(zip: Uint8Array, name: string): { start: number; size: number; method: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    const method = view.getUint16(at + 8, true);
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const entry = strFromU8(zip.subarray(at + 30, at + 30 + nameLength));
    const start = at + 30 + nameLength + extraLength;
    if (entry === name) return { start, size, method };
    at = start + size;
  }
  throw new Error(`no local entry ${name}`);
}

/** Is byte `k` of the XML a digit inside an `x14ac:dyDescent="…"` value (row layout only, never read as data)? */
function inDescent(xml: string, k: number): boolean {
  const attr = xml.lastIndexOf('dyDescent="', k);
  return attr >= 0 && attr + 11 <= k && !xml.slice(attr + 11, k + 1).includes('"') && /\d/.test(xml[k]);
}

/**
 * The zip with one bit flipped inside the deflated data of `name`, at a place where the stream still
 * inflates to the same length and only digits of row-height hints (`x14ac:dyDescent`) change, so
 * the XML reads as well as before: only the CRC-32 can tell. Deterministic: the first such place.
 */
export function damagedInside(zip: Uint8Array, name: string): Uint8Array {
  const { start, size, method } = localData(zip, name);
  if (method !== 8) throw new Error(`${name} is not deflated`);
  const original = inflateSync(zip.subarray(start, start + size));
  const xml = strFromU8(original);
  for (let i = 0; i < size; i++) {
    for (let bit = 0; bit < 8; bit++) {
      const copy = zip.slice();
      copy[start + i] ^= 1 << bit;
      let inflated: Uint8Array;
      try {
        inflated = inflateSync(copy.subarray(start, start + size));
      } catch {
        continue;
      }
      if (inflated.length !== original.length) continue;
      const changed: number[] = [];
      original.forEach((b, k) => b !== inflated[k] && changed.push(k));
      if (changed.length > 0 && changed.every((k) => inDescent(xml, k) && /\d/.test(String.fromCharCode(inflated[k])))) return copy;
    }
  }
  throw new Error(`found no place in ${name} to damage quietly`);
}
