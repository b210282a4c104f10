import { FakeExcel, FakeExcelInit, createFakeExcel } from './fake-excel';

/**
 * The demo's sample sheet (src/taskpane/demo/sample-sheet.json, written by
 * scripts/make-demo-sample.ts): one sheet's values as Excel stores them, merged cells holding
 * their value in the top-left cell only, and the merged areas.
 */
export interface DemoSample {
  sheetName: string;
  values: unknown[][];
  merges?: string[];
}

/** A fake Excel host holding the sample as its only (and active) sheet. */
export function createFakeFromSample(sample: DemoSample, options: Omit<FakeExcelInit, 'sheets'> = {}): FakeExcel {
  return createFakeExcel({
    ...options,
    sheets: [{ name: sample.sheetName, values: sample.values, merges: sample.merges ?? [] }],
    active: options.active ?? sample.sheetName,
  });
}
