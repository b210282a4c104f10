/**
 * Strings handed from a worker thread to the main thread as one text in UTF-16 code units and where each ends:
 * taken apart on the main thread, they cost its garbage collector one large string and small slices of it, where
 * tens of thousands of strings copied one by one (a message's structured clone) would each be moved.
 */
export interface PackedStrings {
  /** Every string, one after another, as UTF-16 code units (little-endian). */
  units: Uint8Array;
  /** Where each string ends, in code units. */
  ends: Int32Array;
}

/** Packs strings for the way back (the buffers are the caller's to transfer). */
export function packStrings(strings: readonly string[]): PackedStrings {
  const ends = new Int32Array(strings.length);
  let at = 0;
  for (let i = 0; i < strings.length; i++) {
    at += strings[i].length;
    ends[i] = at;
  }
  // Buffer.alloc gives the text a memory of its own (never the shared pool), so that it can be transferred; the
  // strings are written one by one (joined first, they would be held twice over).
  const units = Buffer.alloc(at * 2);
  let offset = 0;
  for (let i = 0; i < strings.length; i++) offset += units.write(strings[i], offset, 'utf16le');
  return { units, ends };
}

/** The strings packed by packStrings: slices of one text. */
export function unpackStrings(packed: PackedStrings): string[] {
  const { units, ends } = packed;
  const text = Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
  const out: string[] = new Array(ends.length);
  let from = 0;
  for (let i = 0; i < ends.length; i++) {
    out[i] = text.slice(from, ends[i]);
    from = ends[i];
  }
  return out;
}
