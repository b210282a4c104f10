/**
 * Checks a file's bytes before handing them to ExcelJS: is it a ZIP (an .xlsx), an encrypted
 * or legacy Office file (an OLE compound document), truncated, or too big once unpacked?
 * Reads only the ZIP central directory: nothing is decompressed.
 */
export type ZipProblem = 'not-zip' | 'encrypted-or-xls' | 'truncated' | 'too-large' | 'not-xlsx';

export interface ZipCheck {
  ok: boolean;
  problem?: ZipProblem;
  /** Sum of the entries' uncompressed sizes. */
  unpackedBytes?: number;
  entries?: string[];
}

export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function checkXlsxBytes(buf: Uint8Array, maxUnpacked = MAX_UNPACKED_BYTES): ZipCheck {
  if (buf.length >= 8 && OLE_SIGNATURE.every((b, i) => buf[i] === b)) return { ok: false, problem: 'encrypted-or-xls' };
  if (buf.length < 4 || buf[0] !== 0x50 || buf[1] !== 0x4b) return { ok: false, problem: 'not-zip' };
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  // End of central directory: signature 0x06054b50, within the last 65,557 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, problem: 'truncated' };
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (cdOffset + cdSize > buf.length) return { ok: false, problem: 'truncated' };
  let p = cdOffset;
  let total = 0;
  const entries: string[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || view.getUint32(p, true) !== 0x02014b50) return { ok: false, problem: 'truncated' };
    const flags = view.getUint16(p + 8, true);
    const size = view.getUint32(p + 24, true);
    const localOffset = view.getUint32(p + 42, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const name = new TextDecoder().decode(buf.subarray(p + 46, p + 46 + nameLen));
    if (flags & 1) return { ok: false, problem: 'encrypted-or-xls' };
    if (localOffset + 30 > buf.length) return { ok: false, problem: 'truncated' };
    entries.push(name);
    total += size === 0xffffffff ? Infinity : size;
    p += 46 + nameLen + extraLen + commentLen;
  }
  if (total > maxUnpacked) return { ok: false, problem: 'too-large', unpackedBytes: total, entries };
  if (!entries.some((e) => /^xl\/workbook\.xml$/i.test(e))) return { ok: false, problem: 'not-xlsx', unpackedBytes: total, entries };
  return { ok: true, unpackedBytes: total, entries };
}
