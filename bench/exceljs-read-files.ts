/** Reads every .xlsx file of a folder with ExcelJS alone: the yardstick of consolidation's ratio (as for validation). */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';

async function main(dir: string): Promise<void> {
  let rows = 0;
  for (const name of (await fs.readdir(dir)).filter((n) => n.endsWith('.xlsx')).sort()) {
    const wb = await new ExcelJS.Workbook().xlsx.readFile(path.join(dir, name));
    rows += wb.worksheets[0]?.rowCount ?? 0;
  }
  process.stdout.write(String(rows));
}

main(process.argv[2]).catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
