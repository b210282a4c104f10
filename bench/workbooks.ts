import { promises as fs } from 'fs';
import path from 'path';
import { SheetTable } from '../src/core/table';
import { NewCell, writeWorkbook } from '../src/host/file/new-workbook';
import { syntheticSheet } from './synthetic';

/** A synthetic sheet as an .xlsx file (written by our own writer: fast, shared strings as Excel writes them). */
export function workbookBytes(table: SheetTable): Uint8Array {
  const rows: NewCell[][] = table.rows.map((r) => (r ?? []).map((c) => (c ? (c.value as NewCell) : null)));
  return writeWorkbook([{ name: 'R7取組実施プロセスシート', rows, columns: Array.from({ length: 14 }, () => ({ width: 20, wrap: true })) }], {
    created: new Date('2025-11-01T00:00:00Z'),
  });
}

export async function writeSynthetic(file: string, rows: number, seed = 7): Promise<void> {
  await fs.writeFile(file, workbookBytes(syntheticSheet(rows, seed)));
}

/** `count` department files of `rows` initiatives each, one department a file. */
export async function writeDepartments(dir: string, count: number, rows: number): Promise<string[]> {
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const table = syntheticSheet(rows, 100 + i);
    const dept = `部署${String(i + 1).padStart(2, '0')}`;
    for (const r of table.rows.slice(2)) if (r[1]) r[1] = { value: dept };
    const file = path.join(dir, `dept-${String(i + 1).padStart(2, '0')}.xlsx`);
    await fs.writeFile(file, workbookBytes(table));
    files.push(file);
  }
  return files;
}
