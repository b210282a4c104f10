/**
 * What the adapter needs from Office: `Excel.run` and the requirement-set check. Injected, so
 * the same adapter runs on Excel and on the fake host (tests, demo).
 */

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

/**
 * The forms of `Excel.run` the adapter calls; `Excel.run` itself satisfies it. The context form
 * runs a batch on a context used before: event handlers are removed only through the context
 * that added them.
 */
export interface ExcelRunFunction {
  <T>(batch: ExcelBatch<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: ExcelBatch<T>): Promise<T>;
  <T>(context: Excel.RequestContext, batch: ExcelBatch<T>): Promise<T>;
}

export interface ExcelHost {
  run: ExcelRunFunction;
  /** `Office.context.requirements.isSetSupported`. */
  isSetSupported(name: string, minVersion?: string): boolean;
}

/**
 * The real host, from the `Excel` and `Office` globals of office.js. Call it only once Office is
 * ready (inside Office.onReady): outside Office the globals do not exist.
 */
export function officeJsHost(): ExcelHost {
  return {
    run: Excel.run as ExcelRunFunction,
    isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
  };
}
