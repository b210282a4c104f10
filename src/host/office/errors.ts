/**
 * Errors the Office adapter raises, each with a Japanese and an English text the task pane can
 * show as they are.
 */
export type OfficeHostErrorCode = 'unsupported-host' | 'sheet-not-found' | 'bad-address' | 'duplicate-address' | 'payload-too-large';

export class OfficeHostError extends Error {
  constructor(
    readonly code: OfficeHostErrorCode,
    readonly ja: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'OfficeHostError';
  }
}

export function sheetNotFound(sheet: string): OfficeHostError {
  return new OfficeHostError(
    'sheet-not-found',
    `シート「${sheet}」が見つかりません。名前が変更または削除されていないか確認してください。`,
    `The sheet "${sheet}" was not found: it may have been renamed or deleted.`,
  );
}

export function badAddress(address: string): OfficeHostError {
  return new OfficeHostError('bad-address', `セル番地「${address}」が正しくありません。`, `"${address}" is not a valid cell address.`);
}

export function duplicateAddress(address: string): OfficeHostError {
  return new OfficeHostError('duplicate-address', `セル ${address} への変更が重複しています。`, `The cell ${address} is changed twice in one write.`);
}

export function payloadTooLarge(detail: string): OfficeHostError {
  return new OfficeHostError(
    'payload-too-large',
    `データが大きすぎて Excel とやり取りできません（${detail}）。`,
    `The data is too large to exchange with Excel (${detail}).`,
  );
}

/** Whether an Office.js error has the given code (`ItemNotFound`, `AccessDenied` …). */
export function hasCode(error: unknown, code: string): boolean {
  return (error as { code?: unknown } | null)?.code === code;
}
