/**
 * The one error type of the .xlsx layer. ZipErrors are wrapped (same reason, same words), XML parser messages stay
 * in `cause`: the user only reads `text`, Japanese and English, saying what is wrong and what to do.
 */
import { ZipError, zipProblemText, type ZipProblem } from '../zip/errors';

/**
 * Why a workbook cannot be read or written.
 * Reading:
 * - every ZipProblem (`not-zip`, `encrypted`, `legacy-office`, `truncated`, `corrupt`, `crc`, `too-large`, `unsupported`);
 * - `not-workbook`: the package has no spreadsheet workbook (no officeDocument relationship, or it is another kind of document);
 * - `sheet-missing`: a sheet the workbook lists has no part in the package;
 * - `malformed`: a part this layer needs is not well-formed XML or contradicts the format (`part`, and `cell` when one cell);
 * - `doctype`: a part carries a document type declaration (refused: entity expansion is a known attack);
 * - `encoding`: a part is not UTF-8 (UTF-16 parts are not supported).
 * Writing (patchCells refuses before writing anything):
 * - `sheet-protected`, `cell-formula`, `cell-not-text`, `cell-merged`, `cell-changed`, `text-too-long`, `address-invalid`.
 */
export type XlsxProblem =
  | ZipProblem
  | 'not-workbook'
  | 'sheet-missing'
  | 'malformed'
  | 'doctype'
  | 'encoding'
  | 'sheet-protected'
  | 'cell-formula'
  | 'cell-not-text'
  | 'cell-merged'
  | 'cell-changed'
  | 'text-too-long'
  | 'address-invalid';

export const XLSX_PROBLEMS: readonly XlsxProblem[] = [
  'not-zip',
  'encrypted',
  'legacy-office',
  'truncated',
  'corrupt',
  'crc',
  'too-large',
  'unsupported',
  'not-workbook',
  'sheet-missing',
  'malformed',
  'doctype',
  'encoding',
  'sheet-protected',
  'cell-formula',
  'cell-not-text',
  'cell-merged',
  'cell-changed',
  'text-too-long',
  'address-invalid',
];

export interface XlsxErrorContext {
  /** The part (zip entry) concerned, e.g. `xl/worksheets/sheet1.xml`. */
  part?: string;
  /** The cell concerned (A1 address). */
  cell?: string;
  /** The sheet concerned (its name). */
  sheet?: string;
  /** For `cell-merged`: the merged area's top-left cell. */
  mergedFrom?: string;
}

export class XlsxError extends Error {
  override readonly name = 'XlsxError';
  readonly part?: string;
  readonly cell?: string;
  readonly sheet?: string;
  readonly mergedFrom?: string;

  /**
   * @param reason what the user is told (see xlsxProblemText)
   * @param detail English technical detail for logs (never the user's message)
   * @param context the part, cell and sheet concerned
   * @param cause the underlying exception (the XML parser's, the ZipError), for debugging only
   */
  constructor(
    readonly reason: XlsxProblem,
    readonly detail: string,
    context: XlsxErrorContext = {},
    cause?: unknown,
  ) {
    super(
      `${reason}${context.part ? `: ${context.part}` : ''}${context.cell ? `!${context.cell}` : ''}: ${detail}`,
      cause === undefined ? undefined : { cause },
    );
    this.part = context.part;
    this.cell = context.cell;
    this.sheet = context.sheet;
    this.mergedFrom = context.mergedFrom;
  }

  /** What to tell the user, Japanese and English. */
  get text(): { ja: string; en: string } {
    return xlsxProblemText(this.reason, this);
  }

  /** The same problem as an XlsxError (ZipError reason, entry and words kept). */
  static fromZip(e: ZipError): XlsxError {
    return new XlsxError(e.reason, e.detail, { part: e.entry }, e);
  }
}

/** Converts a ZipError to an XlsxError; anything else is returned as it is. */
export function asXlsxError(e: unknown): unknown {
  return e instanceof ZipError ? XlsxError.fromZip(e) : e;
}

const ASK_AGAIN_JA = '元のファイルをもう一度受け取ってください。';
const ASK_AGAIN_EN = 'Please ask the sender for the original file again.';
const RESAVE_JA = 'Excel で開き、「名前を付けて保存」で「Excel ブック (*.xlsx)」を選んで保存し直してから、もう一度読み込んでください。';
const RESAVE_EN = 'Open it in Excel, use "Save As" with "Excel Workbook (*.xlsx)", then load the saved file again.';

function cellJa(c: XlsxErrorContext): string {
  return c.sheet ? `シート「${c.sheet}」のセル ${c.cell ?? ''}` : `セル ${c.cell ?? ''}`;
}

function cellEn(c: XlsxErrorContext): string {
  return c.sheet ? `Cell ${c.cell ?? ''} of sheet "${c.sheet}"` : `Cell ${c.cell ?? ''}`;
}

/** Plain words for each problem: what is wrong and what to do. */
export function xlsxProblemText(reason: XlsxProblem, c: XlsxErrorContext = {}): { ja: string; en: string } {
  switch (reason) {
    case 'not-workbook':
      return {
        ja: `Excel のブックではありません（表計算のデータが見つかりません）。${RESAVE_JA}`,
        en: `This is not an Excel workbook (no spreadsheet data was found). ${RESAVE_EN}`,
      };
    case 'sheet-missing':
      return {
        ja: `ブックに${c.sheet ? `シート「${c.sheet}」の` : 'シートの'}中身がありません（ファイルが壊れています）。Excel で開けるなら保存し直してから、開けなければ${ASK_AGAIN_JA}`,
        en: `The workbook lacks the contents of ${c.sheet ? `sheet "${c.sheet}"` : 'a sheet'} (the file is damaged). If Excel opens it, save it again and reload it; otherwise: ${ASK_AGAIN_EN}`,
      };
    case 'malformed':
      return {
        ja: `ファイルが壊れています（${c.part ? `「${c.part}」` : 'ブックの中身'}${c.cell ? `のセル ${c.cell}` : ''}が正しく読めません）。Excel で開けるなら保存し直してから、開けなければ${ASK_AGAIN_JA}`,
        en: `The file is damaged (${c.part ? `"${c.part}"` : 'the workbook'}${c.cell ? `, cell ${c.cell},` : ''} cannot be read correctly). If Excel opens it, save it again and reload it; otherwise: ${ASK_AGAIN_EN}`,
      };
    case 'doctype':
      return {
        ja: `ファイルに安全でない可能性のある定義（DOCTYPE）が含まれているため読み込みません${c.part ? `（「${c.part}」）` : ''}。Excel で作られたファイルではない可能性があります。送り主に確認してください。`,
        en: `The file contains a definition that may be unsafe (a DOCTYPE${c.part ? ` in "${c.part}"` : ''}), so it is not read. It was probably not made by Excel: please check with the sender.`,
      };
    case 'encoding':
      return {
        ja: `ファイルの文字コードに対応していません${c.part ? `（「${c.part}」）` : ''}。${RESAVE_JA}`,
        en: `The file's text encoding is not supported${c.part ? ` ("${c.part}")` : ''}. ${RESAVE_EN}`,
      };
    case 'sheet-protected':
      return {
        ja: `シート${c.sheet ? `「${c.sheet}」` : ''}は保護されているため書き込みません。Excel で「校閲」→「シート保護の解除」を行ってから、もう一度実行してください。`,
        en: `Sheet${c.sheet ? ` "${c.sheet}"` : ''} is protected, so nothing was written. Unprotect it in Excel (Review → Unprotect Sheet), then run again.`,
      };
    case 'cell-formula':
      return {
        ja: `${cellJa(c)}は数式のため書き込みません（何も変更していません）。数式でないセルに記入してください。`,
        en: `${cellEn(c)} holds a formula, so nothing was written. Write in a cell that holds no formula.`,
      };
    case 'cell-not-text':
      return {
        ja: `${cellJa(c)}は文字列ではない値（数値・日付・真偽値・エラー）のため書き込みません（何も変更していません）。セルの内容を確認してください。`,
        en: `${cellEn(c)} holds a value that is not text (a number, date, boolean or error), so nothing was written. Check the cell.`,
      };
    case 'cell-merged':
      return {
        ja: `${cellJa(c)}は結合されたセルの一部のため書き込みません（何も変更していません）。${c.mergedFrom ? `結合範囲の左上のセル ${c.mergedFrom} に記入してください。` : '結合範囲の左上のセルに記入してください。'}`,
        en: `${cellEn(c)} is inside a merged area, so nothing was written. Write in the area's top-left cell${c.mergedFrom ? ` ${c.mergedFrom}` : ''}.`,
      };
    case 'cell-changed':
      return {
        ja: `${cellJa(c)}の内容が読み込んだときから変わっているため書き込みません（何も変更していません）。ファイルをもう一度読み込んでからやり直してください。`,
        en: `${cellEn(c)} has changed since the file was read, so nothing was written. Load the file again and retry.`,
      };
    case 'text-too-long':
      return {
        ja: `${cellJa(c)}の文字数が Excel の上限（32,767 文字）を超えるため書き込みません（何も変更していません）。セルの文章を短くしてから、もう一度実行してください。`,
        en: `${cellEn(c)} would exceed Excel's limit of 32,767 characters, so nothing was written. Shorten the cell's text, then run again.`,
      };
    case 'address-invalid':
      return {
        ja: `セル番地「${c.cell ?? ''}」はシートの範囲外か正しくありません（何も変更していません）。`,
        en: `The cell address "${c.cell ?? ''}" is not valid or lies outside the sheet, so nothing was written.`,
      };
    default:
      return zipProblemText(reason, c.part);
  }
}
