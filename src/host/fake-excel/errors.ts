/** Errors shaped like `OfficeExtension.Error`: a message plus a `code` such as `PropertyNotLoaded`. */
export class FakeExcelError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string; [key: string]: unknown };

  constructor(code: string, message: string, debug: Record<string, unknown> = {}) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { ...debug, code, message };
  }
}

export function fakeError(code: string, message: string, debug?: Record<string, unknown>): FakeExcelError {
  return new FakeExcelError(code, message, debug);
}

export function propertyNotLoaded(property: string): FakeExcelError {
  return fakeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** What Excel answers a change to locked cells of a protected sheet (Office.js `AccessDenied`). */
export function accessDenied(errorLocation: string, detail: string): FakeExcelError {
  return fakeError('AccessDenied', 'You cannot perform the requested operation.', { errorLocation, detail });
}

/** What Excel answers an entry it cannot take (an invalid formula, a bad argument). */
export function invalidArgument(errorLocation: string, detail: string): FakeExcelError {
  return fakeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.', { errorLocation, detail });
}
