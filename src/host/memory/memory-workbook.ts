import { SheetCell, SheetTable, address } from '../../core/table';
import { FakeExcel, FakeExcelInit, FakeSheetInit, createFakeExcel } from '../fake-excel/fake-excel';
import { DemoSample, createFakeFromSample } from '../fake-excel/sample';
import { createOfficeWorkbook, OfficeWorkbookOptions } from '../office/office-workbook';
import type { WorkbookPort } from '../port';

/**
 * The in-memory workbook: the Office adapter running on the fake Excel host. Core-level tests
 * and the task pane's demo mode get the same port, batching and refusals as in Excel, and the
 * fake to look at (values, selection, sync counts).
 */

export interface MemoryWorkbook {
  port: WorkbookPort;
  fake: FakeExcel;
}

export interface MemoryWorkbookOptions extends Omit<FakeExcelInit, 'sheets'> {
  adapter?: OfficeWorkbookOptions;
}

function isTable(sheet: FakeSheetInit | SheetTable): sheet is SheetTable {
  return Array.isArray((sheet as SheetTable).rows);
}

/** A sheet of the fake host from an engine table: values, formulas, errors, and merges rebuilt from `mergedFrom`. */
export function sheetFromTable(table: SheetTable): FakeSheetInit {
  const values: unknown[][] = [];
  const formulas: (string | null)[][] = [];
  const extents = new Map<string, { r1: number; c1: number }>();
  table.rows.forEach((row, r) => {
    values[r] = [];
    formulas[r] = [];
    (row ?? []).forEach((cell: SheetCell | null | undefined, c) => {
      if (!cell) return;
      if (cell.mergedFrom) {
        const e = extents.get(cell.mergedFrom);
        extents.set(cell.mergedFrom, { r1: Math.max(e?.r1 ?? r, r), c1: Math.max(e?.c1 ?? c, c) });
        return;
      }
      values[r][c] = cell.error !== undefined ? cell.error : cell.value;
      if (cell.formula !== undefined) formulas[r][c] = `=${cell.formula}`;
    });
  });
  const merges = [...extents].map(([from, e]) => `${from}:${address(e.r1, e.c1)}`);
  return { name: table.sheetName, values, formulas, merges };
}

/** A port over a fake host holding `sheets` (fake-host sheet descriptions or engine tables). */
export function createMemoryWorkbook(sheets: (FakeSheetInit | SheetTable)[], options: MemoryWorkbookOptions = {}): MemoryWorkbook {
  const { adapter, ...init } = options;
  const fake = createFakeExcel({ ...init, sheets: sheets.map((s) => (isTable(s) ? sheetFromTable(s) : s)) });
  return { port: createOfficeWorkbook(fake.host, adapter), fake };
}

/** The demo's workbook: the sample sheet on a fake host. */
export function createDemoWorkbook(sample: DemoSample, options: MemoryWorkbookOptions = {}): MemoryWorkbook {
  const { adapter, ...init } = options;
  const fake = createFakeFromSample(sample, init);
  return { port: createOfficeWorkbook(fake.host, adapter), fake };
}
