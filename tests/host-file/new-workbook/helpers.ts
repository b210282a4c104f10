/**
 * Test helpers for the new-workbook writer: ExcelJS as the reader, the package's parts as text, and Python
 * (openpyxl, zipfile) as an independent reader when the machine has it.
 */
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import { ByteBudget, openZip, readEntry } from '../../../src/host/file/zip';

export async function readWithExcelJS(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** Every entry of the package as text, by name, in archive order. */
export function partsOf(bytes: Uint8Array): Map<string, string> {
  const zip = openZip(bytes);
  const budget = new ByteBudget();
  return new Map(zip.entries.map((e) => [e.name, new TextDecoder().decode(readEntry(zip, e, budget))]));
}

/** A part parsed as XML (attributes under `@_`), arrays kept for the elements named in `arrays`. */
export function parseXml(xml: string, arrays: string[] = []): Record<string, unknown> {
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => arrays.includes(name),
  });
  return parser.parse(xml) as Record<string, unknown>;
}

/** A python3 that can import `module`, or undefined. */
export function pythonWith(module: string): string | undefined {
  for (const exe of ['python3', '/usr/bin/python3']) {
    if (spawnSync(exe, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0) return exe;
  }
  return undefined;
}

/** Runs a Python script with `bytes` on stdin and parses the JSON it prints. */
export function runPythonJson<T>(exe: string, script: string, bytes: Uint8Array): T {
  const r = spawnSync(exe, ['-c', script], { input: bytes, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${exe} failed: ${r.stderr.toString()}`);
  return JSON.parse(r.stdout.toString('utf8')) as T;
}

export const FIXED_DATE = new Date(Date.UTC(2025, 9, 1, 9, 30, 0));
