/**
 * # New workbooks: write a fresh .xlsx
 *
 * A small, exact SpreadsheetML writer for reports such as `psheet consolidate` (全庁集約 / 集計 / 検証結果).
 * Pure TypeScript on the zip layer (TextEncoder, Uint8Array, fflate): runs in Node and in the browser, and costs
 * a fraction of ExcelJS (no library to load, strings joined once per part).
 *
 * ```ts
 * const bytes = writeWorkbook([
 *   { name: '全庁集約', headerRows: 1, autoFilter: true, columns: [{ width: 12 }, { width: 60, wrap: true }],
 *     page: { paper: 'A3', orientation: 'landscape', fitToWidth: true },
 *     rows: [['部署', '取組内容'], ['総務課', '=これは文字列'], [{ value: 45292, numFmt: 'yyyy/m/d' }, { text: '行へ', link: "#'検証結果'!A2" }]] },
 * ], { created: new Date() });
 * ```
 *
 * ## What is written
 * `[Content_Types].xml`, `_rels/.rels`, `docProps/core.xml` + `app.xml`, `xl/workbook.xml` (sheets; defined names
 * `_xlnm._FilterDatabase` (hidden) and `_xlnm.Print_Titles` per sheet), `xl/_rels/workbook.xml.rels`,
 * `xl/styles.xml` (three fonts, two fills, one border, only the cell formats used; custom number formats from id
 * 164), `xl/sharedStrings.xml` (each text once, `count`/`uniqueCount` exact), `xl/worksheets/sheetN.xml` (and its
 * rels for external hyperlinks).
 *
 * ## Cells
 * - Strings are always shared-string cells: text starting with `=`, `+`, `-` or `@` stays text (no formula is
 *   ever written). Control characters, CR and lone surrogates are written `_xHHHH_`, a literal `_xHHHH_` as
 *   `_x005F_xHHHH_`: reading back gives exactly the original string. More than 32,767 characters throws.
 * - Numbers must be finite (`String(n)`, the shortest round trip). `{ value, numFmt }` adds a number format
 *   (dates are serial numbers with a date format). `{ error: '#N/A' }` is an error cell. `{ text, link }` is a
 *   hyperlink: `#'sheet'!A1` inside the workbook, or an http(s)/mailto/file URL.
 * - null/undefined: no cell (header and emphasis rows still get their fill across the used columns).
 *
 * ## Layout
 * Header rows: bold, light blue fill, thin borders, wrapped, frozen, printed on every page; autofilter from the
 * last header row over the used columns and rows. Emphasis rows: light grey fill. Columns: width (character
 * widths) and wrap. Page: A3/A4, orientation, fit to one page wide. Everything is aligned to the top.
 *
 * ## Speed
 * The parts are deflated at level 1 by default (`level` to change it): 1,500 rows of Japanese text make ~6 MB of
 * XML, and deflating dominates the cost (level 6 takes two to three times as long for a ~20% smaller file). In Node, pass
 * `crc32: zlib.crc32` to save a few more milliseconds.
 *
 * Output is deterministic: entries are stamped 1980-01-01 and `created` (default now) is the only clock read.
 * Caller bugs (bad names, over-long text, NaN, unknown error values, bad links, layout that does not fit the rows)
 * throw RangeError/TypeError in English.
 */
export { writeWorkbook } from './write-workbook';
export type { NewCell, NewColumn, NewPage, NewSheet, WriteWorkbookOptions } from './types';
export { MAX_CELL_TEXT } from './xml-text';
export { MAX_SHEET_NAME } from './sheet-names';
