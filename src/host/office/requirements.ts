import type { ExcelHost } from './excel-host';
import { OfficeHostError } from './errors';

/**
 * Requirement sets. The adapter needs ExcelApi 1.4 and nothing above it: the *OrNullObject
 * methods (used range, worksheet and setting look-ups that do not throw), workbook settings and
 * named items all arrive in 1.4, and everything else it always uses (values, formulas, protection,
 * activate/select, worksheets.add, clear, number formats) is 1.1–1.2. Later sets are used
 * when present:
 * - 1.7: worksheet activated/added/deleted events, `Workbook.name`, `Range.hyperlink` (report links
 *   without a formula), freeze panes, the workbook's structure protection and a chart's category
 *   names (the consolidation's sheets);
 * - 1.9: cell change events, `getCellProperties` (fills read per cell, to mark and unmark cells),
 *   `getRanges` (several cells selected at once), `pageLayout` (the report printed A4 landscape),
 *   `autoFilter` (filter buttons on the consolidation's header rows);
 * - 1.11: `Excel.run({ delayForCellEdit: true })` (the option is documented without a set; it
 *   shipped with 1.11-era hosts, and older ones are not asked for it);
 * - 1.13: merged areas (`getMergedAreasOrNullObject`), so merged headers read as in the file;
 * - 1.18: text runs (`getCellProperties({ textRuns })` / `setCellProperties`), so appending a line
 *   keeps mixed in-cell formatting.
 */
export const MINIMUM_EXCEL_API = '1.4';

export interface ExcelFeatures {
  /** ExcelApi 1.7. */
  sheetEvents: boolean;
  workbookName: boolean;
  hyperlinks: boolean;
  /** Freeze panes, `Workbook.protection`, `ChartAxis.setCategoryNames`. */
  sheetLayout: boolean;
  /** ExcelApi 1.9. */
  changeEvents: boolean;
  cellProperties: boolean;
  multiSelect: boolean;
  pageLayout: boolean;
  autoFilter: boolean;
  /** ExcelApi 1.11. */
  delayForCellEdit: boolean;
  /** ExcelApi 1.13. */
  mergedAreas: boolean;
  /** ExcelApi 1.18. */
  textRuns: boolean;
}

export function excelFeatures(host: ExcelHost): ExcelFeatures {
  const has = (v: string): boolean => host.isSetSupported('ExcelApi', v);
  const v17 = has('1.7');
  const v19 = has('1.9');
  return {
    sheetEvents: v17,
    workbookName: v17,
    hyperlinks: v17,
    sheetLayout: v17,
    changeEvents: v19,
    cellProperties: v19,
    multiSelect: v19,
    pageLayout: v19,
    autoFilter: v19,
    delayForCellEdit: has('1.11'),
    mergedAreas: has('1.13'),
    textRuns: has('1.18'),
  };
}

/** Throws a bilingual error when the host is older than ExcelApi 1.4. */
export function assertMinimumHost(host: ExcelHost): void {
  if (host.isSetSupported('ExcelApi', MINIMUM_EXCEL_API)) return;
  throw new OfficeHostError(
    'unsupported-host',
    `この Excel では使用できません（Excel JavaScript API ${MINIMUM_EXCEL_API} 以降が必要です）。Microsoft 365 版の Excel、Excel 2019 以降、または Excel on the web で開いてください。`,
    `This version of Excel is not supported: the add-in needs the Excel JavaScript API ${MINIMUM_EXCEL_API} or later. Open the workbook in Excel for Microsoft 365, Excel 2019 or later, or Excel on the web.`,
  );
}
