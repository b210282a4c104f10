import ExcelJS from 'exceljs';
import { CellValue, SheetCell, SheetTable } from '../../src/core/table';

/**
 * A reference reader for tests only: ExcelJS's full object model read into the engine's table
 * (merged cells resolved to their top-left value, rich text flattened, formulas as their cached
 * result). The product reads with its own layer (src/host/file/xlsx); this one is kept to
 * cross-check it on the real fixture.
 */
type Raw = ExcelJS.CellValue;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

/** Plain value of an ExcelJS cell value. */
export function plainValue(v: Raw): { value: CellValue; formula?: string; error?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: excelSerial(v) };
  if (isRecord(v)) {
    if (Array.isArray(v.richText)) return { value: (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('') };
    if ('error' in v && typeof v.error === 'string') return { value: null, error: v.error };
    if ('formula' in v || 'sharedFormula' in v) {
      const inner = plainValue((v.result ?? null) as Raw);
      const formula = String(v.formula ?? v.sharedFormula ?? '');
      return { ...inner, formula };
    }
    if ('text' in v && 'hyperlink' in v) {
      const t = v.text as unknown;
      if (isRecord(t) && Array.isArray(t.richText)) return plainValue(t as unknown as Raw);
      return { value: String(t ?? '') };
    }
  }
  return { value: String(v) };
}

/** Dates as Excel serial numbers (the 1900 date system), the value Office.js would give. */
function excelSerial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}

export function worksheetToTable(ws: ExcelJS.Worksheet): SheetTable {
  const rows: (SheetCell | null)[][] = [];
  const rowCount = ws.rowCount;
  const colCount = ws.columnCount;
  for (let r = 1; r <= rowCount; r++) {
    const row = ws.getRow(r);
    const out: (SheetCell | null)[] = [];
    if (!row.hasValues && row.cellCount === 0) {
      rows.push(out);
      continue;
    }
    for (let c = 1; c <= colCount; c++) {
      const cell = row.getCell(c);
      if (cell.type === ExcelJS.ValueType.Merge && cell.master && cell.master !== cell) {
        const p = plainValue(cell.master.value);
        out.push({ value: p.value, ...(p.error !== undefined ? { error: p.error } : {}), mergedFrom: cell.master.address });
        continue;
      }
      if (cell.value === null || cell.value === undefined) {
        out.push(null);
        continue;
      }
      const p = plainValue(cell.value);
      const sc: SheetCell = { value: p.value };
      if (p.formula !== undefined) sc.formula = p.formula;
      if (p.error !== undefined) sc.error = p.error;
      out.push(sc);
    }
    while (out.length && out[out.length - 1] === null) out.pop();
    rows.push(out);
  }
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return { sheetName: ws.name, rows };
}

export async function exceljsTable(file: string, sheet = 0): Promise<SheetTable> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return worksheetToTable(wb.worksheets[sheet]);
}
