/**
 * # .xlsx layer: read cells, patch cells
 *
 * Runs in Node and in the browser (Uint8Array, TextDecoder/TextEncoder, the zip layer, saxes). Reads only what the
 * cells need; writes by replacing only the edited cells' XML in the worksheet part, every other byte kept.
 *
 * ## Reading
 * ```ts
 * const book = openXlsx(bytes);               // package, workbook part, sheet list; throws XlsxError
 * const sheet = readSheet(book, book.activeSheet); // SheetTable (the engine's) & { protected }
 * ```
 * - The workbook is found through `_rels/.rels` (officeDocument, transitional or strict), else the main content
 *   type in `[Content_Types].xml`, else `xl/workbook.xml`; sheets, shared strings and styles through the workbook's
 *   relationships (by type, never by name). Part lookups ignore case; targets may be relative, absolute or
 *   percent-encoded.
 * - Elements are matched by local name within the SpreadsheetML namespace (transitional or strict), whatever the
 *   prefix (`<x:c>`, `<c>`); other namespaces are skipped with their content (mc:AlternateContent included).
 * - Worksheets are streamed (memory follows the cells, not the XML). Parts nobody needs (drawings, VML, printer
 *   settings, ...) are never opened.
 * - Details of the table (merges, hidden rows, shared formulas, trimming): sheet-read.ts.
 *
 * ## Writing
 * ```ts
 * const out = patchCells(book, sheetIndex, [{ address: 'M9', before: '4月:…', at: 12, inserted: '\n10月:…' }]);
 * ```
 * Only the worksheet part changes, and in it only the edited `<c>` elements (or new `<c>`/`<row>` elements for
 * blank cells): the rest of its text is kept byte for byte, every other entry is copied as is (`rewriteZip`).
 * New text is an inline string; rich text keeps its runs and phonetic runs. See patch.ts for what is refused.
 *
 * ## Errors
 * One type, `XlsxError`: `reason` (XlsxProblem, ZipProblems included), `text` ({ ja, en } for the user: what is
 * wrong, what to do), `part`/`cell`/`sheet` when known, `detail` (English, logs) and `cause` (the XML parser's or
 * the zip layer's error: never shown). Misuse by the caller (a sheet index that does not exist, an edit whose
 * `at` is outside `before`, two edits of one cell) throws RangeError.
 *
 * ## Safety
 * No DTD: a part with `<!DOCTYPE` is refused ('doctype'); only the five predefined entities and character references
 * are known. Unpacked bytes are counted against one budget per book (`budgetBytes`, default 1 GiB); a sheet's table
 * may spread over at most `maxGridSlots` positions (default 20 million) and merges may fill at most 5 million cells
 * ('too-large' beyond): a few bytes of XML cannot make the reader allocate gigabytes.
 *
 * ## Speed
 * Reading is bounded by saxes (about half the time), inflating (fflate) and UTF-8 decoding; the handlers here allocate
 * only the cells they produce. In Node, pass `crc32: zlib.crc32` (Node 20.15+) to verify checksums natively.
 * `OpenOptions.sharedStrings` lets the caller read the shared strings part elsewhere while the first sheet is read
 * (the CLI: in a worker thread, with readSharedStringsOf); t="s" cells then get their text once the sheet is read.
 */
export {
  openXlsx,
  readSheet,
  readSharedStringsOf,
  type XlsxBook,
  type XlsxSheetInfo,
  type DefinedName,
  type OpenOptions,
  type SharedStringsElsewhere,
  type SheetKind,
} from './book';
export { patchCells, MAX_CELL_TEXT, type CellEdit } from './patch';
export { XlsxError, xlsxProblemText, XLSX_PROBLEMS, type XlsxProblem, type XlsxErrorContext } from './errors';
export { MAX_MERGE_FILL, MAX_GRID_SLOTS, type SheetRead } from './sheet-read';
export { MAX_ROWS, MAX_COLS } from './cell-ref';
