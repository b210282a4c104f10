/** Helpers for patch tests: entries' raw records, a part's text, a patch applied and read back. */
import { ByteBudget, openZip, readEntry } from '../../../src/host/file/zip';
import { openXlsx, patchCells, readSheet, type CellEdit, type XlsxBook } from '../../../src/host/file/xlsx';

/** Each entry's local record (header, data, descriptor) exactly as stored, by name. */
export function rawRecords(bytes: Uint8Array): Map<string, Uint8Array> {
  const zip = openZip(bytes);
  return new Map(zip.entries.map((e) => [e.name, bytes.subarray(e.localHeaderOffset, e.recordEnd)]));
}

/** A part's unpacked bytes. */
export function partBytes(bytes: Uint8Array, name: string): Uint8Array {
  const zip = openZip(bytes);
  return readEntry(zip, zip.find(name)!, new ByteBudget());
}

export function partText(bytes: Uint8Array, name: string): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(partBytes(bytes, name));
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Patches sheet `index` and returns the new bytes, the book read from them, and that sheet's table. */
export function patchAndRead(bytes: Uint8Array, edits: CellEdit[], index = 0): { out: Uint8Array; book: XlsxBook; table: ReturnType<typeof readSheet> } {
  const out = patchCells(openXlsx(bytes), index, edits);
  const book = openXlsx(out);
  return { out, book, table: readSheet(book, index) };
}

/** Asserts that every entry but `changed` has the same raw record in both archives. */
export function otherEntriesIdentical(before: Uint8Array, after: Uint8Array, changed: string): void {
  const a = rawRecords(before);
  const b = rawRecords(after);
  expect([...b.keys()]).toEqual([...a.keys()]);
  for (const [name, rec] of a) {
    if (name === changed) continue;
    if (!equalBytes(rec, b.get(name)!)) throw new Error(`entry ${name} changed`);
  }
}
