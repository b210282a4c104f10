/** The in-memory workbook port (the Office adapter on the fake Excel host). */
export { createMemoryWorkbook, createDemoWorkbook, sheetFromTable } from './memory-workbook';
export type { MemoryWorkbook, MemoryWorkbookOptions } from './memory-workbook';
