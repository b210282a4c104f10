import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import { checkXlsxBytes, ZipProblem } from './zip-check';

/** Why a file could not be read, in both languages, with what to do. */
export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: ZipProblem | 'missing' | 'corrupt' | 'sheet-not-found',
    readonly ja: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'UnreadableFileError';
  }
}

const REASONS: Record<ZipProblem, [string, string]> = {
  'not-zip': ['.xlsx 形式ではありません。Excel で「.xlsx」形式で保存し直してください', 'not an .xlsx file: save it from Excel as .xlsx'],
  'encrypted-or-xls': [
    'パスワードで保護されているか、古い .xls 形式です。保護を解除し .xlsx で保存し直してください',
    'encrypted, or a legacy .xls file: remove the password and save it as .xlsx',
  ],
  truncated: [
    'ファイルが途中で切れているか壊れています。元のファイルをもう一度コピーしてください',
    'the file is truncated or corrupt: copy the original again',
  ],
  'too-large': ['展開後のサイズが 50 MB を超えています', 'over 50 MB once unpacked'],
  'not-xlsx': ['Excel のブックではありません（xl/workbook.xml がありません）', 'not an Excel workbook (no xl/workbook.xml)'],
};

/** Reads and checks a workbook file; throws UnreadableFileError with a clear reason. */
export async function openWorkbook(file: string, maxUnpacked?: number): Promise<ExcelJS.Workbook> {
  let buf: Buffer;
  try {
    buf = await fs.readFile(file);
  } catch {
    throw new UnreadableFileError(file, 'missing', 'ファイルが見つからないか、開けません', 'file not found or not readable');
  }
  const check = checkXlsxBytes(buf, maxUnpacked);
  if (!check.ok) {
    const [ja, en] = REASONS[check.problem!];
    throw new UnreadableFileError(file, check.problem!, ja, en);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new UnreadableFileError(file, 'corrupt', `ブックを読み込めません（${detail}）`, `cannot load the workbook (${detail})`);
  }
  return wb;
}
