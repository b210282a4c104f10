import type { SheetTable } from '../../src/core/table';
import { createMemoryWorkbook, MemoryWorkbook } from '../../src/host/memory';
import type { FakeSheetInit } from '../../src/host/fake-excel';

/** A workbook for the pane's tests: the real Office adapter on the fake Excel, with settings. */
export function workbookWith(sheets: (SheetTable | FakeSheetInit)[], settings: Record<string, string> = {}, requirementSets?: string[]): MemoryWorkbook {
  return createMemoryWorkbook(sheets, { settings, requirementSets, fileName: '福祉部_R7.xlsx' });
}
