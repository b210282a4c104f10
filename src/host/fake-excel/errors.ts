/** Errors shaped like `OfficeExtension.Error`: a message plus a `code` such as `PropertyNotLoaded`. */
export class FakeExcelError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };

  constructor(code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message };
  }
}

export function fakeError(code: string, message: string): FakeExcelError {
  return new FakeExcelError(code, message);
}

export function propertyNotLoaded(property: string): FakeExcelError {
  return fakeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
