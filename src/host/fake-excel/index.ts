/** The fake Excel host: tests, the in-memory workbook and the task pane's demo mode. */
export { createFakeExcel, FakeExcel } from './fake-excel';
export type { FakeChange, FakeExcelInit, FakePayload, FakeRun, FakeSheetInit, FakeSheetView, FakeCellView, FakeChartView } from './fake-excel';
export type { ChartData, ChartSeriesData } from './chart';
export type { FakeEvent } from './context';
export type { FakeTextRun, FontProps, FakePageLayout } from './workbook-state';
export type { FakeEventArgs, FakeEventType, FakeEventHandler } from './events';
export { FakeExcelError } from './errors';
export { FAKE_PAYLOAD_LIMIT } from './payload';
export { createFakeFromSample } from './sample';
export type { DemoSample } from './sample';
