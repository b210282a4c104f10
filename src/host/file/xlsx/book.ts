/**
 * Opening a workbook package: the workbook part found through relationships, its sheets, defined names, active tab
 * and date system; shared strings and number formats are read once, when a sheet is first read.
 *
 * Finding the workbook: the package's officeDocument relationship (`_rels/.rels`, transitional or strict type).
 * Without one (no `_rels/.rels`, or no such relationship) the main part named in `[Content_Types].xml`, then
 * `xl/workbook.xml`. Whatever is found must have a SpreadsheetML `<workbook>` root, or the file is 'not-workbook'
 * (a Word or PowerPoint package has an officeDocument too).
 */
// The zip layer's read side only (not its index): a worker thread reading shared strings loads no writer.
import { ByteBudget } from '../zip/budget';
import type { Crc32Function } from '../zip/crc32';
import { openZip } from '../zip/read';
import type { InflateFunction, ZipArchive, ZipEntry } from '../zip/types';
import { XlsxError, asXlsxError } from './errors';
import { findPart, readRelationships, type Relationship } from './part-names';
import { readSheetPart, type SheetRead } from './sheet-read';
import { readSharedStrings } from './strings';
import { readCellFormats } from './styles';
import { NS_CT, NS_DOC_REL, NS_SML, parsePartStream, type XmlTokenizer } from './xml';

export type SheetKind = 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet';

export interface XlsxSheetInfo {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** Resolved part name, e.g. `xl/worksheets/sheet1.xml` ('' when the workbook's relationships do not lead to a part). */
  part: string;
  /** From the relationship type: only worksheets hold cells (others read as empty tables). */
  kind: SheetKind;
}

export interface DefinedName {
  name: string;
  localSheetId?: number;
  value: string;
  hidden?: boolean;
}

export interface XlsxBook {
  readonly zip: ZipArchive;
  readonly budget: ByteBudget;
  /** In workbook order. */
  readonly sheets: XlsxSheetInfo[];
  /** Index into sheets, from `<bookViews><workbookView activeTab>`; 0 by default. */
  readonly activeSheet: number;
  readonly definedNames: DefinedName[];
  readonly date1904: boolean;
  /** The workbook part's name (e.g. `xl/workbook.xml`). */
  readonly workbookPart: string;
  /** The shared strings part, when the workbook has one. */
  readonly sharedStringsPart?: string;
  /** The styles part, when the workbook has one. */
  readonly stylesPart?: string;
}

export interface OpenOptions {
  /** Most unpacked bytes all reads of this file may produce (default: the zip layer's, 1 GiB). */
  budgetBytes?: number;
  crc32?: Crc32Function;
  /** A native raw inflate passed to the zip layer (the CLI passes Node's). */
  inflate?: InflateFunction;
  /** Most grid positions one sheet's table may spread over (default MAX_GRID_SLOTS, 20 million). */
  maxGridSlots?: number;
  /**
   * Has the shared strings read elsewhere while the first sheet is read here (the CLI hands them to a worker
   * thread: two parts parsed at once). See SharedStringsElsewhere.
   */
  sharedStrings?: SharedStringsElsewhere;
}

/**
 * Starts reading a book's shared strings part somewhere else, or declines (undefined: they are read here, as
 * without it). `bytes` is the whole file as opened and `part` the part's name; `size`, what the part declares it
 * unpacks to, is counted against the book's ByteBudget once the reading is started. The function returned hands the
 * strings over when the sheet needs them, waiting for them if it must, and throws what reading them threw (an
 * XlsxError for a damaged part): the reading elsewhere must be this layer's own (readSharedStringsOf on the same
 * bytes), with its checks.
 */
export type SharedStringsElsewhere = (bytes: Uint8Array, part: string, size: number) => (() => string[]) | undefined;

const MAIN_CONTENT_TYPE = /\.(sheet|template)\.main\+xml$|\.(sheet|template|addin)\.macroEnabled\.main\+xml$/i;

interface Lazy {
  maxGridSlots?: number;
  elsewhere?: SharedStringsElsewhere;
  shared?: string[];
  /** The shared strings being read elsewhere: hands them over (see SharedStringsElsewhere). */
  coming?: () => string[];
  formats?: (string | undefined)[];
}
const lazy = new WeakMap<XlsxBook, Lazy>();

/** Opens a workbook; throws XlsxError (ZipErrors are converted). Only the package structure and the workbook part are read. */
export function openXlsx(bytes: Uint8Array, options: OpenOptions = {}): XlsxBook {
  let zip: ZipArchive;
  try {
    zip = openZip(bytes, { crc32: options.crc32, inflate: options.inflate });
  } catch (e) {
    throw asXlsxError(e);
  }
  const budget = new ByteBudget(options.budgetBytes);
  const src = { zip, budget };
  const workbookPart = locateWorkbook(src);
  if (!workbookPart) throw new XlsxError('not-workbook', 'no officeDocument relationship, main content type or xl/workbook.xml');
  const wb = readWorkbookPart(src, workbookPart);
  const rels = readRelationships(src, workbookPart.name) ?? [];
  const byId = new Map<string, Relationship>();
  for (const r of rels) byId.set(r.id, r);
  const sheets = wb.sheets.map((s): XlsxSheetInfo => {
    const rel = s.rid === undefined ? undefined : byId.get(s.rid);
    const found = rel ? findPart(zip, rel.targets) : undefined;
    const kind: SheetKind =
      rel?.kind === 'chartsheet'
        ? 'chartsheet'
        : rel?.kind === 'dialogsheet'
          ? 'dialogsheet'
          : /macrosheet/i.test(rel?.kind ?? '')
            ? 'macrosheet'
            : 'worksheet';
    return { name: s.name, state: s.state, part: found ? found.name : (rel?.targets[0] ?? ''), kind };
  });
  const partOfKind = (kind: string): string | undefined => {
    const rel = rels.find((r) => r.kind === kind);
    return rel ? (findPart(zip, rel.targets)?.name ?? rel.targets[0]) : undefined;
  };
  const book: XlsxBook = {
    zip,
    budget,
    sheets,
    activeSheet: wb.activeTab >= 0 && wb.activeTab < sheets.length ? wb.activeTab : 0,
    definedNames: wb.definedNames,
    date1904: wb.date1904,
    workbookPart: workbookPart.name,
    sharedStringsPart: partOfKind('sharedStrings'),
    stylesPart: partOfKind('styles'),
  };
  lazy.set(book, { maxGridSlots: options.maxGridSlots, elsewhere: options.sharedStrings });
  return book;
}

function locateWorkbook(src: { zip: ZipArchive; budget: ByteBudget }): { name: string } | undefined {
  const zip = src.zip;
  const rels = readRelationships(src, '');
  const office = rels?.find((r) => r.kind === 'officeDocument');
  if (office) {
    const found = findPart(zip, office.targets);
    if (found) return found;
  }
  const ct = zip.find('[Content_Types].xml');
  if (ct && !ct.isDirectory) {
    let main: string | undefined;
    parsePartStream(src, ct, ct.name, {
      open(ns, local, a) {
        if (main === undefined && ns === NS_CT && local === 'Override' && MAIN_CONTENT_TYPE.test(a.ContentType ?? '')) main = a.PartName;
      },
      close() {},
      text() {},
    });
    const found = main ? findPart(zip, [main]) : undefined;
    if (found) return found;
  }
  return findPart(zip, ['xl/workbook.xml']);
}

interface WorkbookPart {
  sheets: { name: string; state: XlsxSheetInfo['state']; rid?: string }[];
  activeTab: number;
  definedNames: DefinedName[];
  date1904: boolean;
}

function readWorkbookPart(src: { zip: ZipArchive; budget: ByteBudget }, part: { name: string }): WorkbookPart {
  const entry = src.zip.find(part.name)!;
  const out: WorkbookPart = { sheets: [], activeTab: 0, definedNames: [], date1904: false };
  let depth = 0;
  let foreign = 0;
  let rootOk = false;
  let sawView = false;
  let name: DefinedName | undefined;
  let tokenizer: XmlTokenizer | undefined;
  const refuse = (): never => {
    throw new XlsxError('not-workbook', `the officeDocument part ${part.name} is not a SpreadsheetML workbook`, { part: part.name });
  };
  parsePartStream(
    src,
    entry,
    part.name,
    {
      open(ns, local, a) {
        depth++;
        if (depth === 1) {
          if (ns !== NS_SML || local !== 'workbook') refuse();
          rootOk = true;
          return;
        }
        if (foreign > 0 || ns !== NS_SML) {
          foreign++;
          return;
        }
        if (local === 'sheet' && depth === 3) {
          let rid: string | undefined;
          for (const key in a) {
            const q = tokenizer!.attribute(key);
            if (q.ns === NS_DOC_REL && q.local === 'id') rid = a[key];
          }
          const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
          out.sheets.push({ name: a.name ?? '', state, rid });
        } else if (local === 'workbookView' && depth === 3 && !sawView) {
          sawView = true;
          const tab = Number(a.activeTab ?? 0);
          out.activeTab = Number.isInteger(tab) ? tab : 0;
        } else if (local === 'workbookPr' && depth === 2) {
          out.date1904 = a.date1904 === '1' || a.date1904 === 'true';
        } else if (local === 'definedName' && depth === 3) {
          name = { name: a.name ?? '', value: '' };
          if (a.localSheetId !== undefined && /^\d+$/.test(a.localSheetId)) name.localSheetId = Number(a.localSheetId);
          if (a.hidden === '1' || a.hidden === 'true') name.hidden = true;
        }
      },
      close(ns, local) {
        depth--;
        if (foreign > 0) {
          foreign--;
          return;
        }
        if (name && local === 'definedName') {
          out.definedNames.push(name);
          name = undefined;
        }
      },
      text(t) {
        if (name && foreign === 0) name.value += t;
      },
    },
    (t) => (tokenizer = t),
  );
  if (!rootOk) refuse();
  return out;
}

/** Shared strings of the book (read once). */
export function sharedStringsOf(book: XlsxBook): string[] {
  const cache = lazy.get(book) ?? {};
  if (!cache.shared) {
    if (cache.coming) {
      const coming = cache.coming;
      cache.coming = undefined;
      cache.shared = coming();
    } else {
      const entry = sharedStringsEntry(book);
      cache.shared = entry ? readSharedStrings(book, entry, entry.name) : [];
    }
    lazy.set(book, cache);
  }
  return cache.shared;
}

function sharedStringsEntry(book: XlsxBook): ZipEntry | undefined {
  const entry = book.sharedStringsPart ? book.zip.find(book.sharedStringsPart) : undefined;
  return entry && !entry.isDirectory ? entry : undefined;
}

/**
 * The shared strings for the sheet about to be read: the strings, or a function handing them over once they have
 * been read elsewhere (started here, the first time, when the book was opened with OpenOptions.sharedStrings).
 */
function sharedStringsFor(book: XlsxBook): string[] | (() => string[]) {
  const cache = lazy.get(book) ?? {};
  if (!cache.shared && !cache.coming && cache.elsewhere) {
    const entry = sharedStringsEntry(book);
    if (entry) {
      try {
        book.budget.require(entry.uncompressedSize, entry.name);
        const coming = cache.elsewhere(book.zip.bytes, entry.name, entry.uncompressedSize);
        if (coming) {
          // Read elsewhere, the part is checked against this declared size: counted here now.
          book.budget.take(entry.uncompressedSize, entry.name);
          cache.coming = coming;
        }
      } catch (e) {
        throw asXlsxError(e);
      }
      lazy.set(book, cache);
    }
  }
  return cache.coming ? () => sharedStringsOf(book) : sharedStringsOf(book);
}

/**
 * Reads the shared strings part of a file elsewhere (a worker thread): the file's bytes as opened, the part's name,
 * and the size it was counted for. The same checks as reading it in place (sizes, CRC-32, budget, XML, no DTD).
 */
export function readSharedStringsOf(bytes: Uint8Array, part: string, size: number, options: Pick<OpenOptions, 'crc32' | 'inflate'> = {}): string[] {
  let zip: ZipArchive;
  try {
    zip = openZip(bytes, { crc32: options.crc32, inflate: options.inflate });
  } catch (e) {
    throw asXlsxError(e);
  }
  const entry = zip.find(part);
  if (!entry || entry.isDirectory || entry.uncompressedSize !== size)
    throw new XlsxError('malformed', `no shared strings part ${part} of ${size} bytes`, { part });
  return readSharedStrings({ zip, budget: new ByteBudget(size) }, entry, entry.name);
}

/** Number format codes per cellXfs index (read once). */
export function cellFormatsOf(book: XlsxBook): (string | undefined)[] {
  const cache = lazy.get(book) ?? {};
  if (!cache.formats) {
    const entry = book.stylesPart ? book.zip.find(book.stylesPart) : undefined;
    cache.formats = entry && !entry.isDirectory ? readCellFormats(book, entry, entry.name) : [];
    lazy.set(book, cache);
  }
  return cache.formats;
}

/** The sheet's info, or a RangeError for an index that is not a sheet of the book. */
export function sheetInfo(book: XlsxBook, index: number): XlsxSheetInfo {
  const info = book.sheets[index];
  if (!Number.isInteger(index) || !info) throw new RangeError(`no sheet at index ${index} (the book has ${book.sheets.length})`);
  return info;
}

/** The zip entry of a worksheet part, or XlsxError 'sheet-missing'. */
export function sheetEntry(book: XlsxBook, info: XlsxSheetInfo): ZipEntry {
  const entry = info.part ? book.zip.find(info.part) : undefined;
  if (!entry || entry.isDirectory) throw new XlsxError('sheet-missing', `no part for sheet "${info.name}"`, { part: info.part || undefined, sheet: info.name });
  return entry;
}

/** Reads one sheet into the engine's table (non-worksheets, e.g. chart sheets, read as empty tables). */
export function readSheet(book: XlsxBook, index: number): SheetRead {
  const info = sheetInfo(book, index);
  if (info.kind !== 'worksheet') return { sheetName: info.name, rows: [], protected: false };
  const entry = sheetEntry(book, info);
  return readSheetPart(book, entry, entry.name, {
    sheetName: info.name,
    shared: sharedStringsFor(book),
    formats: cellFormatsOf(book),
    date1904: book.date1904,
    maxGridSlots: lazy.get(book)?.maxGridSlots,
  });
}
