/**
 * Test helpers for the ZIP layer: Python's zipfile as an independent writer and checker (when python3 is on
 * the machine), error capture, and small byte utilities.
 */
import { spawnSync } from 'child_process';
import { ZipError, ZIP_PROBLEMS, type ZipProblem } from '../../../src/host/file/zip';

export const hasPython = spawnSync('python3', ['-c', 'import zipfile'], { stdio: 'ignore' }).status === 0;

/**
 * Runs a Python script with `zipfile`, `io`, `sys` imported and returns what it writes to `sys.stdout.buffer`.
 * Stdout is a pipe: a ZipFile written straight to it is not seekable, so Python streams with data descriptors.
 */
export function runPython(script: string, input?: Uint8Array): Uint8Array {
  const r = spawnSync('python3', ['-c', `import zipfile, io, sys\n${script}`], { input, maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr.toString()}`);
  return new Uint8Array(r.stdout);
}

/** Python's verdict on an archive: testzip() (null when every CRC passes) and the names it lists. */
export function pythonTestzip(zip: Uint8Array): { bad: string | null; names: string[] } {
  const out = runPython(
    'import json\nz = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))\nsys.stdout.buffer.write(json.dumps({"bad": z.testzip(), "names": z.namelist()}).encode())',
    zip,
  );
  return JSON.parse(new TextDecoder().decode(out)) as { bad: string | null; names: string[] };
}

/** 'ok', or the reason of the ZipError thrown; any other exception fails the test. */
export function outcome(fn: () => unknown): 'ok' | ZipProblem {
  try {
    fn();
    return 'ok';
  } catch (e) {
    if (e instanceof ZipError && ZIP_PROBLEMS.includes(e.reason)) return e.reason;
    throw e;
  }
}

/** The ZipError `fn` throws (fails if it throws anything else or nothing). */
export function zipErrorOf(fn: () => unknown): ZipError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ZipError) return e;
    throw e;
  }
  throw new Error('expected a ZipError, nothing was thrown');
}

export const text = (s: string): Uint8Array => new TextEncoder().encode(s);
export const str = (b: Uint8Array): string => new TextDecoder().decode(b);

/** Deterministic pseudo-random bytes (xorshift), compressible when `alphabet` is small. */
export function pseudoRandomBytes(length: number, seed: number, alphabet = 256): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed | 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = (x >>> 0) % alphabet;
  }
  return out;
}

export function u16(b: Uint8Array, p: number): number {
  return b[p] | (b[p + 1] << 8);
}

export function u32(b: Uint8Array, p: number): number {
  return (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;
}

export function setU32(b: Uint8Array, p: number, v: number): void {
  new DataView(b.buffer, b.byteOffset, b.byteLength).setUint32(p, v >>> 0, true);
}

export function setU16(b: Uint8Array, p: number, v: number): void {
  new DataView(b.buffer, b.byteOffset, b.byteLength).setUint16(p, v, true);
}

export interface PythonEntry {
  name: string;
  data: Uint8Array;
  deflate?: boolean;
}

export interface PythonZipOptions {
  /** Write to a pipe (not seekable): Python then follows each entry's data with a data descriptor. */
  stream?: boolean;
  /** `force_zip64=True` on every entry: Zip64 extra fields in local headers (and 64-bit descriptors when streaming). */
  forceZip64?: boolean;
  /** Lower zipfile's Zip64 thresholds, so that central records keep sizes and offsets in Zip64 extras and Zip64 end records are written. */
  zip64Everywhere?: boolean;
  comment?: string;
}

/** An archive written by Python's zipfile, entries in the given order. Directories: names ending "/", no data. */
export function pythonZip(entries: PythonEntry[], options: PythonZipOptions = {}): Uint8Array {
  const total = entries.reduce((n, e) => n + e.data.length, 0);
  const input = new Uint8Array(total);
  let p = 0;
  for (const e of entries) (input.set(e.data, p), (p += e.data.length));
  const spec = JSON.stringify(entries.map((e) => [e.name, e.data.length, e.deflate ?? true]));
  const script = `
import json
spec = json.loads(${JSON.stringify(spec)})
payload = sys.stdin.buffer.read()
if ${options.zip64Everywhere ? 'True' : 'False'}:
    zipfile.ZIP64_LIMIT = 16
    zipfile.ZIP_FILECOUNT_LIMIT = 1
target = sys.stdout.buffer if ${options.stream ? 'True' : 'False'} else io.BytesIO()
with zipfile.ZipFile(target, 'w') as z:
    at = 0
    for name, size, deflate in spec:
        data = payload[at:at + size]
        at += size
        if name.endswith('/'):
            z.mkdir(name[:-1])
            continue
        info = zipfile.ZipInfo(name, date_time=(2024, 4, 1, 9, 30, 0))
        info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
        with z.open(info, 'w', force_zip64=${options.forceZip64 || options.zip64Everywhere ? 'True' : 'False'}) as f:
            f.write(data)
    z.comment = ${JSON.stringify(options.comment ?? '')}.encode()
if target is not sys.stdout.buffer:
    sys.stdout.buffer.write(target.getvalue())
`;
  return runPython(script, input);
}

/** Byte equality without jest's slow element-by-element diff; on a mismatch, reports the first differing position. */
export function expectBytes(actual: Uint8Array | undefined, expected: Uint8Array): void {
  expect(actual).toBeInstanceOf(Uint8Array);
  const a = actual as Uint8Array;
  if (a.length === expected.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(expected.buffer, expected.byteOffset, expected.length)))
    return;
  let i = 0;
  while (i < a.length && i < expected.length && a[i] === expected[i]) i++;
  expect({ length: a.length, firstDifference: i }).toEqual({ length: expected.length, firstDifference: -1 });
}
