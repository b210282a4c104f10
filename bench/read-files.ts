/** Reads every .xlsx file of a folder with our reader alone: the yardstick of consolidation's ratio. */
import { promises as fs } from 'fs';
import path from 'path';
import zlib from 'zlib';
import { openXlsx, readSheet } from '../src/host/file/xlsx';
import type { Crc32Function } from '../src/host/file/zip';

const crc32 = (zlib as unknown as { crc32?: Crc32Function }).crc32;

async function main(dir: string): Promise<void> {
  let rows = 0;
  for (const name of (await fs.readdir(dir)).filter((n) => n.endsWith('.xlsx')).sort()) {
    const book = openXlsx(await fs.readFile(path.join(dir, name)), {
      ...(crc32 ? { crc32 } : {}),
      inflate: (d: Uint8Array, max: number) => zlib.inflateRawSync(d, { maxOutputLength: Math.max(1, max) }),
    });
    rows += readSheet(book, book.activeSheet).rows.length;
  }
  process.stdout.write(String(rows));
}

main(process.argv[2]).catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
