/**
 * The one error type of the ZIP layer, and the words a user reads for each kind of problem.
 * fflate's own messages ("invalid block type", ...) never reach the user: they stay in `cause`.
 */

/**
 * What went wrong with a ZIP file.
 * - `not-zip`: not a ZIP at all (no ZIP signature, no end-of-central-directory record).
 * - `encrypted`: an entry is encrypted (flag bit 0, strong encryption or an encrypted central directory).
 * - `legacy-office`: an OLE compound file: an old .xls, or an .xlsx protected by a password (Office stores those as OLE).
 * - `truncated`: the file ends before a structure or an entry's data it announces.
 * - `corrupt`: structures contradict each other or the compressed data is invalid.
 * - `crc`: an entry's data does not match its CRC-32.
 * - `too-large`: more entries than allowed, or more unpacked bytes than the budget allows.
 * - `unsupported`: valid ZIP features this layer does not handle (compression other than stored/deflate, multi-disk archives).
 */
export type ZipProblem = 'not-zip' | 'encrypted' | 'legacy-office' | 'truncated' | 'corrupt' | 'crc' | 'too-large' | 'unsupported';

export const ZIP_PROBLEMS: readonly ZipProblem[] = ['not-zip', 'encrypted', 'legacy-office', 'truncated', 'corrupt', 'crc', 'too-large', 'unsupported'];

export class ZipError extends Error {
  override readonly name = 'ZipError';
  /**
   * @param reason the kind of problem (what the user is told: see zipProblemText)
   * @param detail English technical detail for logs and developers (never shown as the user's message)
   * @param entry the entry's name when the problem concerns one entry
   * @param cause the underlying exception (e.g. fflate's), for debugging only
   */
  constructor(
    readonly reason: ZipProblem,
    readonly detail: string,
    readonly entry?: string,
    cause?: unknown,
  ) {
    super(entry === undefined ? `${reason}: ${detail}` : `${reason}: ${entry}: ${detail}`, cause === undefined ? undefined : { cause });
  }

  /** What to tell the user, Japanese and English. */
  get text(): { ja: string; en: string } {
    return zipProblemText(this.reason, this.entry);
  }
}

/**
 * Plain words for a clerk: what is wrong with the file and what to do.
 * `entry` (a part name inside the package) is quoted when given, for the problems that concern one entry.
 */
export function zipProblemText(reason: ZipProblem, entry?: string): { ja: string; en: string } {
  const jaIn = entry ? `「${entry}」の` : '';
  const enIn = entry ? ` in "${entry}"` : '';
  const askAgainJa = '元のファイルをもう一度受け取ってください。';
  const askAgainEn = 'Please ask the sender for the original file again.';
  const resaveJa = 'Excel で開き、「名前を付けて保存」で「Excel ブック (*.xlsx)」を選んで保存し直してから、もう一度読み込んでください。';
  const resaveEn = 'Open it in Excel, use "Save As" with "Excel Workbook (*.xlsx)", then load the saved file again.';
  switch (reason) {
    case 'not-zip':
      return {
        ja: `Excel ブック（.xlsx）のファイルではありません。${resaveJa}`,
        en: `This file is not an Excel workbook (.xlsx). ${resaveEn}`,
      };
    case 'encrypted':
      return {
        ja: `ファイルがパスワードで保護（暗号化）されているため読めません。Excel でパスワードを解除して保存し直してから、もう一度読み込んでください。`,
        en: 'The file is protected with a password (encrypted) and cannot be read. Remove the password in Excel, save, and load it again.',
      };
    case 'legacy-office':
      return {
        ja: `古い形式の Excel ファイル（.xls）か、パスワードで保護されたファイルです。Excel で開き、パスワードがあれば解除して、「名前を付けて保存」で「Excel ブック (*.xlsx)」を選んで保存し直してください。`,
        en: 'This is an old-format Excel file (.xls) or a password-protected file. Open it in Excel, remove any password, and save it again as "Excel Workbook (*.xlsx)".',
      };
    case 'truncated':
      return {
        ja: `ファイルが途中で切れています（送信やダウンロードが最後まで終わっていない可能性があります）。${askAgainJa}`,
        en: `The file is cut off (the transfer or download may not have finished). ${askAgainEn}`,
      };
    case 'corrupt':
      return {
        ja: `ファイルが壊れています${entry ? `（${jaIn}中身が読めません）` : ''}。${askAgainJa}`,
        en: `The file is damaged${entry ? ` (the contents of "${entry}" cannot be read)` : ''}. ${askAgainEn}`,
      };
    case 'crc':
      return {
        ja: `ファイルが壊れています（${jaIn}検査値が一致しません）。${askAgainJa}`,
        en: `The file is damaged (a checksum does not match${enIn}). ${askAgainEn}`,
      };
    case 'too-large':
      return {
        ja: `ファイルの中身が大きすぎるため読み込めません。不要なシート・行・画像を削除して保存し直すか、シートを分けてから、もう一度読み込んでください。`,
        en: 'The file is too large once unpacked to be read. Delete unneeded sheets, rows or pictures (or split the workbook), save, and load it again.',
      };
    case 'unsupported':
      return {
        ja: `このファイルは対応していない方式で保存されています。${resaveJa}`,
        en: `This file is stored in a way this tool does not support. ${resaveEn}`,
      };
  }
}
