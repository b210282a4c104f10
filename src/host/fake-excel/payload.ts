import { fakeError, FakeExcelError } from './errors';

/**
 * How big a sync is, measured the way the host sees it: the UTF-8 bytes of the JSON message a
 * `context.sync()` sends (object paths with their arguments, property sets with their values,
 * method calls with theirs, queries) and of the JSON it returns (the loaded values). The fake
 * measures this itself and never asks the adapter's estimate (`office/payload.ts`), so a wrong
 * estimate shows up as a refused sync, as it would on Excel on the web.
 */

/** Excel on the web refuses requests and responses over about 5 MB. */
export const FAKE_PAYLOAD_LIMIT = 5 * 1024 * 1024;

const SEE_LIMITS = 'See the Resource limits and performance optimization for Office Add-ins article for more information.';

export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** UTF-8 bytes of `value` serialised as JSON (0 for what JSON cannot carry). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : utf8Bytes(text);
}

/** What a queued call puts on the wire. */
export type WireCall =
  /** A new object path: `getRange("A1:B2")`, `worksheets`, `getItem("Sheet1")` … */
  | { kind: 'path'; name: string; args?: unknown[]; parent?: number }
  /** A property set: `values = [[…]]`. */
  | { kind: 'set'; name: string; value: unknown }
  /** A method call: `select()`, `setCellProperties([[…]])`, `add("key", value)` … */
  | { kind: 'call'; name: string; args?: unknown[] }
  /** A load: the selected property paths. */
  | { kind: 'query'; select: string[] };

/** The JSON of one queued call, shaped like the messages Office.js sends (ids, action types, arguments). */
export function wireMessage(call: WireCall, actionId: number, pathId: number): unknown {
  switch (call.kind) {
    case 'path':
      return {
        path: {
          Id: pathId,
          ObjectPathType: call.parent === undefined ? 1 : 3,
          Name: call.name,
          ...(call.parent !== undefined ? { ParentObjectPathId: call.parent } : {}),
          ...(call.args?.length ? { ArgumentInfo: { Arguments: call.args } } : {}),
        },
        action: { Id: actionId, ActionType: 1, Name: '', ObjectPathId: pathId },
      };
    case 'set':
      return { Id: actionId, ActionType: 4, Name: call.name, ObjectPathId: pathId, ArgumentInfo: { Arguments: [call.value] } };
    case 'call':
      return { Id: actionId, ActionType: 3, Name: call.name, ObjectPathId: pathId, ArgumentInfo: { Arguments: call.args ?? [] } };
    case 'query':
      return { Id: actionId, ActionType: 2, Name: '', ObjectPathId: pathId, QueryInfo: { Select: call.select, Expand: [] } };
  }
}

/** Bytes of one call in the request, with the comma that separates it from the next. */
export function wireBytes(call: WireCall, actionId: number, pathId: number): number {
  return jsonBytes(wireMessage(call, actionId, pathId)) + 1;
}

/** Bytes of one result in the response: `{"ActionId":n,"Value":…}` and its comma. */
export function resultBytes(actionId: number, value: unknown): number {
  return jsonBytes({ ActionId: actionId, Value: value ?? null }) + 1;
}

/** The envelopes around the calls and the results. */
export const REQUEST_ENVELOPE_BYTES = jsonBytes({ Actions: [], ObjectPaths: {} });
export const RESPONSE_ENVELOPE_BYTES = jsonBytes({ Results: [] });

export function requestTooLarge(bytes: number, limit: number): FakeExcelError {
  return fakeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit. ${SEE_LIMITS}`, {
    sizes: `request ${bytes} bytes, limit ${limit} bytes`,
  });
}

export function responseTooLarge(bytes: number, limit: number): FakeExcelError {
  return fakeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit. ${SEE_LIMITS}`, {
    sizes: `response ${bytes} bytes, limit ${limit} bytes`,
  });
}
