import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { insertPlainRun } from '../../core/text-runs';

/** One progress cell to change: the text it had and the characters inserted at `at`. */
export interface FileCellChange {
  address: string;
  before: string;
  at: number;
  inserted: string;
}

type RichText = { richText: ExcelJS.RichText[] };

function isRich(v: ExcelJS.CellValue): v is RichText {
  return typeof v === 'object' && v !== null && Array.isArray((v as RichText).richText);
}

/** Why a sheet cannot be written, or undefined. */
export function protectedSheet(ws: ExcelJS.Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  return !!p?.sheet;
}

/**
 * Applies the changes to the worksheet: only the named cells, each checked against the text
 * it had when the change was planned; rich-text cells keep their runs. Throws before changing
 * anything when a cell is not what the plan saw.
 */
export function applyChanges(ws: ExcelJS.Worksheet, changes: readonly FileCellChange[]): void {
  for (const c of changes) {
    const v = ws.getCell(c.address).value;
    const now = v === null || v === undefined ? '' : isRich(v) ? v.richText.map((r) => r.text).join('') : typeof v === 'string' ? v : undefined;
    if (now !== c.before) throw new Error(`${c.address}: the cell changed since it was read`);
  }
  for (const c of changes) {
    const cell = ws.getCell(c.address);
    const v = cell.value;
    if (isRich(v)) cell.value = { richText: insertPlainRun(v.richText, c.at, c.inserted) };
    else cell.value = c.before.slice(0, c.at) + c.inserted + c.before.slice(c.at);
  }
}

/** Writes the workbook to `target` through a temporary file in the same folder and a rename. */
export async function writeWorkbookAtomically(wb: ExcelJS.Workbook, target: string): Promise<void> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await wb.xlsx.writeFile(tmp);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

/** Parts of a package that ExcelJS does not carry through a rewrite. */
const LOSSY_PARTS: [RegExp, string, string][] = [
  [/^xl\/pivotTables\//, 'ピボットテーブル', 'pivot tables'],
  [/^xl\/charts\//, 'グラフ', 'charts'],
  [/^xl\/drawings\/(?!.*vmlDrawing)/, '図形・画像', 'drawings and pictures'],
  [/^xl\/vbaProject\.bin$/, 'マクロ', 'macros'],
  [/^xl\/slicers?\//, 'スライサー', 'slicers'],
  [/^xl\/externalLinks\//, '外部リンク', 'external links'],
];

/** The kinds of content in the package that a rewrite by ExcelJS could lose. */
export function lossyParts(entries: readonly string[]): { ja: string; en: string }[] {
  return LOSSY_PARTS.filter(([re]) => entries.some((e) => re.test(e))).map(([, ja, en]) => ({ ja, en }));
}
