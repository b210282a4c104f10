/**
 * Request and response sizes as Excel on the web counts them (about 5 MB each way), estimated
 * from the cell texts: UTF-8 bytes, so a Japanese character counts three. The adapter sizes its
 * row blocks with it; the fake host measures what travels on its own (the JSON of each sync), so
 * a wrong estimate shows up in tests as a refused sync.
 */

export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of one value as it travels: strings by their UTF-8 length, other scalars as their text. */
export function valueBytes(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'string') return utf8Length(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value).length;
  if (Array.isArray(value)) {
    let n = 0;
    for (const v of value) n += valueBytes(v);
    return n;
  }
  if (typeof value === 'object') {
    let n = 0;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) n += k.length + valueBytes(v);
    return n;
  }
  return String(value).length;
}

/** Whether an error from `context.sync()` says the request or the response was too large. */
export function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}
