/** A bare ExcelJS full read of a file: the yardstick of `cli_validate_10k_vs_exceljs_read`. */
import ExcelJS from 'exceljs';

new ExcelJS.Workbook().xlsx.readFile(process.argv[2]).then(
  (wb) => process.stdout.write(String(wb.worksheets[0]?.rowCount ?? 0)),
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
