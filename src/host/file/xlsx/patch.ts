/**
 * Writing cells by patching the worksheet's XML text.
 *
 * Only the worksheet part changes, and in it only the spans of the edited `<c>` elements (replaced), plus new
 * `<c>`/`<row>` elements inserted for cells that are not in the XML yet; the rest of the text is kept as it was,
 * BOM included. Every other ZIP entry is copied byte for byte (rewriteZip); sharedStrings.xml is never touched
 * (new text is an inline string).
 *
 * An edited cell keeps its element name as written (`x:c` stays `x:c`) and every attribute but `t` as written
 * (`s`, `cm`, `vm`, `ph`, ...); its value becomes `t="inlineStr"` with an `<is>` (rich-string.ts), followed by the
 * children other than `<v>`/`<f>`/`<is>` it had (extLst).
 *
 * A blank cell with no element gets `<c r="M9" t="inlineStr">` in its row, before the first cell with a greater
 * column (or at the row's end), with the style Excel shows for it: the row's `s` when the row has
 * `customFormat="1"`, else the style of its `<col>`, else none. A missing row gets `<row r="9">`, before the first row
 * with a greater number (or at the end of `<sheetData>`). Both always carry an explicit `r`. Inserting never
 * renumbers what follows: a cell (row) without `r` is the previous one + 1, so there is no gap before it, and a gap —
 * the only place something is inserted — is always followed by an element with an explicit `r`.
 *
 * Refused, before anything is written (XlsxError): a protected sheet; a cell that holds a formula; a cell that holds
 * a number, date, boolean or error; a cell covered by a merge (not its top-left); a cell whose current text is not
 * `before`; a result longer than 32,767 characters; an address that is not a cell of the grid.
 */
import { address, parseAddress } from '../../../core/table';
import { rewriteZip, type DeflateFunction } from '../zip';
import { sheetEntry, sheetInfo, type XlsxBook } from './book';
import { MAX_COLS, MAX_ROWS } from './cell-ref';
import { cellContent } from './cell-value';
import { XlsxError, asXlsxError } from './errors';
import { parseRichString, plainString, renderInlineString, type RichString } from './rich-string';
import { cellKey, locateCells, spanName, type LocatedCell, type SheetLayout } from './sheet-locate';
import { joinStartTag, prefixOf, splitStartTag } from './start-tag';
import { NS_SML, parseText, readPartText, type XmlTokenizer } from './xml';

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_TEXT = 32_767;

/** One cell to change: the plain text it had when read, and `inserted` put at index `at` (UTF-16) of that text. */
export interface CellEdit {
  address: string;
  before: string;
  at: number;
  inserted: string;
}

/** A change to the worksheet's text: [start, end) replaced by `text` (start === end: an insertion). */
export interface Replacement {
  start: number;
  end: number;
  text: string;
}

interface Target {
  edit: CellEdit;
  row: number;
  col: number;
  a1: string;
}

function checkEdits(edits: readonly CellEdit[], sheet: string): Target[] {
  const seen = new Set<number>();
  return edits.map((edit) => {
    const p = parseAddress(edit.address);
    if (!p || p.row < 0 || p.col < 0 || p.row >= MAX_ROWS || p.col >= MAX_COLS) {
      throw new XlsxError('address-invalid', `"${edit.address}" is not a cell of the grid`, { cell: edit.address, sheet });
    }
    const key = cellKey(p.row, p.col);
    if (seen.has(key)) throw new RangeError(`two edits of cell ${edit.address}`);
    seen.add(key);
    if (!Number.isInteger(edit.at) || edit.at < 0 || edit.at > edit.before.length) {
      throw new RangeError(`edit of ${edit.address}: at=${edit.at} is outside its text of ${edit.before.length} characters`);
    }
    return { edit, row: p.row, col: p.col, a1: address(p.row, p.col) };
  });
}

/**
 * The new .xlsx bytes with `edits` applied to sheet `sheetIndex`. Throws XlsxError (nothing written) for the refusals
 * listed above and for unreadable parts; RangeError for a sheet index that does not exist, a sheet that is not a
 * worksheet, two edits of one cell or an `at` outside `before`.
 */
export function patchCells(book: XlsxBook, sheetIndex: number, edits: readonly CellEdit[], options: { deflate?: DeflateFunction } = {}): Uint8Array {
  const info = sheetInfo(book, sheetIndex);
  if (info.kind !== 'worksheet') throw new RangeError(`sheet "${info.name}" is a ${info.kind}: it has no cells`);
  const entry = sheetEntry(book, info);
  const { text, bom } = readPartText(book, entry, entry.name);
  const replacements = planPatch(book, text, entry.name, info.name, edits);
  const patched = applyReplacements(text, replacements);
  const encoded = new TextEncoder().encode(patched);
  let bytes = encoded;
  if (bom) {
    bytes = new Uint8Array(encoded.length + 3);
    bytes.set([0xef, 0xbb, 0xbf]);
    bytes.set(encoded, 3);
  }
  try {
    return rewriteZip(book.zip, new Map([[entry.name, bytes]]), options.deflate ? { deflate: options.deflate } : {});
  } catch (e) {
    throw asXlsxError(e);
  }
}

/** Applies non-overlapping replacements (in any order) to `text`. */
export function applyReplacements(text: string, replacements: readonly Replacement[]): string {
  const sorted = [...replacements].sort((x, y) => x.start - y.start || x.end - y.end);
  let out = '';
  let at = 0;
  for (const r of sorted) {
    if (r.start < at) throw new RangeError('overlapping replacements');
    out += text.slice(at, r.start) + r.text;
    at = r.end;
  }
  return out + text.slice(at);
}

/** The replacements that apply `edits` to a worksheet's text (exported for tests: they check nothing else changes). */
export function planPatch(book: XlsxBook, text: string, part: string, sheet: string, edits: readonly CellEdit[]): Replacement[] {
  const targets = checkEdits(edits, sheet);
  const layout = locateCells(text, part, new Set(targets.map((t) => t.row)), new Set(targets.map((t) => cellKey(t.row, t.col))));
  if (layout.protected) throw new XlsxError('sheet-protected', 'the sheet is protected', { part, sheet });
  if (!layout.sheetData) throw new XlsxError('malformed', 'the worksheet has no sheetData', { part, sheet });
  for (const t of targets) {
    const m = layout.merges.find((a) => t.row >= a.top && t.row <= a.bottom && t.col >= a.left && t.col <= a.right && !(t.row === a.top && t.col === a.left));
    if (m) throw new XlsxError('cell-merged', 'the cell is covered by a merged area', { part, sheet, cell: t.a1, mergedFrom: address(m.top, m.left) });
  }
  const shared = sharedRichStrings(book, layout, targets);
  const replacements: Replacement[] = [];
  const newCells: { target: Target; xml: string }[] = [];
  for (const t of targets) {
    const cell = layout.cells.get(cellKey(t.row, t.col));
    const rs = currentString(book, text, part, sheet, t, cell, shared);
    if (rs.text !== t.edit.before) throw new XlsxError('cell-changed', 'the cell no longer holds the text it was read with', { part, sheet, cell: t.a1 });
    if (rs.text.length + t.edit.inserted.length > MAX_CELL_TEXT) {
      throw new XlsxError('text-too-long', `${rs.text.length + t.edit.inserted.length} characters`, { part, sheet, cell: t.a1 });
    }
    if (cell) {
      const tag = splitStartTag(text.slice(cell.start, cell.openEnd));
      const p = prefixOf(tag.name);
      const open = joinStartTag(
        tag.name,
        tag.attributes.filter((a) => a.name !== 't'),
        ' t="inlineStr"',
      );
      const xml = open + renderInlineString(rs, t.edit.at, t.edit.inserted, p) + cell.kept.join('') + `</${tag.name}>`;
      replacements.push({ start: cell.start, end: cell.end, text: xml });
    } else {
      const p = prefixOf(spanName(text, layout.sheetData));
      const style = newCellStyle(text, layout, t);
      const xml = `<${p}c r="${t.a1}"${style === undefined ? '' : ` s="${style}"`} t="inlineStr">${renderInlineString(rs, t.edit.at, t.edit.inserted, p)}</${p}c>`;
      newCells.push({ target: t, xml });
    }
  }
  replacements.push(...insertions(text, layout, newCells));
  return replacements;
}

/** The string a target cell holds now; refusals for formulas and values that are not text. */
function currentString(
  book: XlsxBook,
  text: string,
  part: string,
  sheet: string,
  t: Target,
  cell: LocatedCell | undefined,
  shared: { count: number; strings: Map<number, RichString> },
): RichString {
  if (!cell) return plainString('');
  if (cell.hasFormula) throw new XlsxError('cell-formula', 'the cell holds a formula', { part, sheet, cell: t.a1 });
  let inline: RichString | undefined;
  if (cell.t === 'inlineStr' && cell.inline) inline = parseRichString(text.slice(cell.inline[0], cell.inline[1]), part);
  const sharedTexts: string[] = [];
  let sharedIndex = -1;
  if (cell.t === 's' && cell.v !== undefined && cell.v.trim() !== '') {
    sharedIndex = Number(cell.v);
    sharedTexts.length = shared.count;
    const s = shared.strings.get(sharedIndex);
    if (s) sharedTexts[sharedIndex] = s.text;
  }
  const content = cellContent(cell.t, cell.v, inline?.text, sharedTexts, book.date1904);
  if (content.problem) throw new XlsxError('malformed', content.problem, { part, sheet, cell: t.a1 });
  if (content.value === null && content.error === undefined) return plainString('');
  if (!content.text || typeof content.value !== 'string')
    throw new XlsxError('cell-not-text', 'the cell holds a value that is not text', { part, sheet, cell: t.a1 });
  if (inline) return inline;
  if (sharedIndex >= 0) return shared.strings.get(sharedIndex)!;
  return plainString(content.value);
}

/** The `<si>` of every shared string a target cell uses, parsed; and how many strings the part holds. */
function sharedRichStrings(book: XlsxBook, layout: SheetLayout, targets: readonly Target[]): { count: number; strings: Map<number, RichString> } {
  const wanted = new Set<number>();
  for (const t of targets) {
    const cell = layout.cells.get(cellKey(t.row, t.col));
    if (cell?.t === 's' && cell.v !== undefined && /^\s*\d+\s*$/.test(cell.v) && !cell.hasFormula) wanted.add(Number(cell.v));
  }
  const strings = new Map<number, RichString>();
  if (wanted.size === 0) return { count: 0, strings };
  const entry = book.sharedStringsPart ? book.zip.find(book.sharedStringsPart) : undefined;
  if (!entry || entry.isDirectory) return { count: 0, strings };
  const part = entry.name;
  const { text } = readPartText(book, entry, part);
  let tok: XmlTokenizer | undefined;
  let depth = 0;
  let count = 0;
  let start = -1;
  parseText(
    text,
    part,
    {
      open(ns, local) {
        depth++;
        if (depth === 2 && ns === NS_SML && local === 'si' && wanted.has(count)) start = text.lastIndexOf('<', tok!.position - 1);
      },
      close(ns, local) {
        if (depth-- === 2 && ns === NS_SML && local === 'si') {
          if (start >= 0) strings.set(count, parseRichString(text.slice(start, tok!.position), part));
          start = -1;
          count++;
        }
      },
      text() {},
    },
    (t) => (tok = t),
  );
  return { count, strings };
}

/** The style a blank cell shows: its row's when the row has customFormat, else its column's. */
function newCellStyle(text: string, layout: SheetLayout, t: Target): string | undefined {
  const row = layout.rows.get(t.row);
  if (row) {
    const attrs = splitStartTag(text.slice(row.start, row.openEnd)).attributes;
    const custom = attrs.find((a) => a.name === 'customFormat');
    const s = attrs.find((a) => a.name === 's');
    if (s && custom && (custom.value === '1' || custom.value === 'true')) return s.value;
  }
  for (const c of layout.columnStyles) if (t.col >= c.min && t.col <= c.max) return c.style;
  return undefined;
}

/** Insertions of new cells into existing rows, and of new rows into sheetData. */
function insertions(text: string, layout: SheetLayout, newCells: { target: Target; xml: string }[]): Replacement[] {
  const out: Replacement[] = [];
  const sheetData = layout.sheetData!;
  const p = prefixOf(spanName(text, sheetData));
  const byRow = new Map<number, { target: Target; xml: string }[]>();
  for (const c of newCells) {
    const list = byRow.get(c.target.row) ?? [];
    list.push(c);
    byRow.set(c.target.row, list);
  }
  const newRows: { index: number; xml: string; at: number }[] = [];
  for (const [rowIndex, cells] of byRow) {
    cells.sort((x, y) => x.target.col - y.target.col);
    const row = layout.rows.get(rowIndex);
    if (row) {
      if (row.selfClosing) {
        const tag = splitStartTag(text.slice(row.start, row.openEnd));
        out.push({ start: row.start, end: row.end, text: joinStartTag(tag.name, tag.attributes) + cells.map((c) => c.xml).join('') + `</${tag.name}>` });
        continue;
      }
      // Cells grouped by the element they go before (or the row's end tag).
      const groups = new Map<number, string>();
      for (const c of cells) {
        const next = row.cells.find((x) => x.col > c.target.col);
        const at = next ? next.start : row.closeStart;
        groups.set(at, (groups.get(at) ?? '') + c.xml);
      }
      for (const [at, xml] of groups) out.push({ start: at, end: at, text: xml });
    } else {
      const i = layout.rowIndex.findIndex((r) => r > rowIndex);
      const at = i >= 0 ? layout.rowStart[i] : sheetData.closeStart;
      newRows.push({ index: rowIndex, at, xml: `<${p}row r="${rowIndex + 1}">${cells.map((c) => c.xml).join('')}</${p}row>` });
    }
  }
  newRows.sort((x, y) => x.index - y.index);
  if (sheetData.selfClosing) {
    if (newRows.length > 0) {
      const tag = splitStartTag(text.slice(sheetData.start, sheetData.openEnd));
      out.push({
        start: sheetData.start,
        end: sheetData.end,
        text: joinStartTag(tag.name, tag.attributes) + newRows.map((r) => r.xml).join('') + `</${tag.name}>`,
      });
    }
    return out;
  }
  const groups = new Map<number, string>();
  for (const r of newRows) groups.set(r.at, (groups.get(r.at) ?? '') + r.xml);
  for (const [at, xml] of groups) out.push({ start: at, end: at, text: xml });
  return out;
}
