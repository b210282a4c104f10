import zlib from 'zlib';
import type { Config } from '../core/config';
import { detectHeader } from '../core/header';
import { chooseSheet, findSheetByName } from '../core/sheet-choice';
import type { Crc32Function, DeflateFunction, InflateFunction } from '../host/file/zip';
import { openXlsx, readSheet, XlsxBook, XlsxError } from '../host/file/xlsx';
import type { SheetRead } from '../host/file/xlsx';
import { FileAccessError, readInput } from './files';
import { Bilingual, both } from './i18n';

/**
 * The CLI's edge of the file layer: a file's bytes (Node's fs only here), the workbook opened with
 * our own reader, and the sheet to work on chosen as DESIGN.md section 2 says.
 */

/** Why a file could not be read (or the sheet asked for is not in it): said in both languages. */
export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    readonly text: Bilingual,
    readonly reason: string,
  ) {
    super(text.en);
    this.name = 'UnreadableFileError';
  }
  get ja(): string {
    return this.text.ja;
  }
  get en(): string {
    return this.text.en;
  }
}

/** Node's native CRC-32 where it exists (Node 20.15+), else the zip layer's own. */
export const nativeCrc32 = (zlib as unknown as { crc32?: Crc32Function }).crc32;

/** Node's native raw inflate, capped at the size the zip declares (it throws past it). */
export const nativeInflate: InflateFunction = (data, maxOutput) => zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxOutput) });

/** Node's native raw deflate: about 3× fflate's for the parts the CLI writes. */
export const nativeDeflate: DeflateFunction = (data, level) => zlib.deflateRawSync(data, { level });

/** Turns the file layer's errors into UnreadableFileError; anything else is rethrown. */
export function asUnreadable(file: string, e: unknown): UnreadableFileError {
  if (e instanceof UnreadableFileError) return e;
  if (e instanceof XlsxError) return new UnreadableFileError(file, e.text, e.reason);
  if (e instanceof FileAccessError) return new UnreadableFileError(file, e.text, e.code);
  throw e;
}

/** Opens a workbook file: bytes, then the package; throws UnreadableFileError. */
export function openBookBytes(file: string, bytes: Uint8Array): XlsxBook {
  try {
    return openXlsx(bytes, { ...(nativeCrc32 ? { crc32: nativeCrc32 } : {}), inflate: nativeInflate });
  } catch (e) {
    throw asUnreadable(file, e);
  }
}

export async function openBookFile(file: string): Promise<XlsxBook> {
  let bytes: Uint8Array;
  try {
    bytes = await readInput(file);
  } catch (e) {
    throw asUnreadable(file, e);
  }
  return openBookBytes(file, bytes);
}

export interface ChosenSheet {
  index: number;
  table: SheetRead;
  /** Other sheets holding a header, named in the report. */
  otherSheets: string[];
}

/**
 * The sheet to validate or change: the one named with `--sheet` (hidden or not), else the active
 * sheet when its header is found there, else the first sheet with a header that is not an example
 * or a cover (sheet-choice.ts). Throws UnreadableFileError for a name that is not there.
 */
export function chooseBookSheet(book: XlsxBook, file: string, config: Config, name?: string): ChosenSheet {
  const read = new Map<number, SheetRead>();
  const table = (i: number) => {
    let t = read.get(i);
    if (!t) {
      try {
        t = readSheet(book, i);
      } catch (e) {
        throw asUnreadable(file, e);
      }
      read.set(i, t);
    }
    return t;
  };
  const cells = book.sheets.map((s, i) => ({ i, s })).filter(({ s }) => s.kind === 'worksheet');
  if (cells.length === 0)
    throw new UnreadableFileError(
      file,
      both((s) => s.noWorksheets),
      'no-worksheet',
    );
  const hasHeader = (i: number) => book.sheets[i].kind === 'worksheet' && detectHeader(table(i), config) !== undefined;
  if (name !== undefined) {
    const i = findSheetByName(
      book.sheets.map((s) => s.name),
      name,
    );
    if (i === undefined) {
      const names = book.sheets.map((s) => s.name);
      throw new UnreadableFileError(
        file,
        both((s) => s.sheetNotFound(name, names)),
        'sheet-not-found',
      );
    }
    return { index: i, table: table(i), otherSheets: [] };
  }
  const candidates = book.sheets.map((s) => ({ name: s.name, hidden: s.state !== 'visible' || s.kind !== 'worksheet' }));
  const choice = chooseSheet(candidates, book.activeSheet, hasHeader);
  return { index: choice.index, table: table(choice.index), otherSheets: choice.otherSheets };
}
