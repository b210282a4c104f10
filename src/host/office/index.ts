/** The Office.js adapter of the workbook port. */
export { createOfficeWorkbook } from './office-workbook';
export type { OfficeWorkbookOptions } from './office-workbook';
export { officeJsHost } from './excel-host';
export type { ExcelHost, ExcelRunFunction, ExcelBatch } from './excel-host';
export { OfficeHostError } from './errors';
export type { OfficeHostErrorCode } from './errors';
export { MINIMUM_EXCEL_API, excelFeatures } from './requirements';
export type { ExcelFeatures } from './requirements';
