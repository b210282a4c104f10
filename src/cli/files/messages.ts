import path from 'path';
import type { Bilingual } from '../i18n';

/** Reading a file, or writing one (creating it, or replacing it through a temporary file). */
export type FileOp = 'read' | 'write';

const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);

/** The folder of the user's path, as the user would name it. */
const folderOf = (p: string) => path.dirname(p);

/**
 * The user-facing texts of file problems, Japanese first. Each names the path the user gave,
 * says what happened in plain words and what to do.
 */
export const fileTexts = {
  notFound: (p: string): Bilingual => ({
    ja: `「${p}」が見つかりません。ファイル名とフォルダーを確かめてください`,
    en: `"${p}" was not found: check the file name and the folder`,
  }),
  danglingLink: (p: string): Bilingual => ({
    ja: `「${p}」はリンク（シンボリックリンク）ですが、リンク先のファイルが見つかりません。リンク先を確かめてください`,
    en: `"${p}" is a symbolic link whose target does not exist: check where the link points`,
  }),
  noDir: (p: string): Bilingual => ({
    ja: `「${p}」を作成できません: フォルダー「${folderOf(p)}」がありません。パスを確かめるか、先にフォルダーを作成してください`,
    en: `cannot create "${p}": the folder "${folderOf(p)}" does not exist; check the path or create the folder first`,
  }),
  notAFolder: (p: string): Bilingual => ({
    ja: `「${p}」のパスの途中に、フォルダーではなくファイルがあります。パスを確かめてください`,
    en: `part of the path "${p}" is a file, not a folder: check the path`,
  }),
  isDir: (p: string): Bilingual => ({
    ja: `「${p}」はフォルダーです。ファイルを指定してください`,
    en: `"${p}" is a folder: give a file`,
  }),
  notFile: (p: string): Bilingual => ({
    ja: `「${p}」は通常のファイルではありません（デバイス、パイプなど）。.xlsx ファイルを指定してください`,
    en: `"${p}" is not a regular file (a device, a pipe or a socket): give an .xlsx file`,
  }),
  exists: (p: string): Bilingual => ({
    ja: `「${p}」は既にあります。上書きするときは --force を付けてください`,
    en: `"${p}" already exists: add --force to overwrite it`,
  }),
  denied: (p: string, op: FileOp): Bilingual =>
    op === 'read'
      ? {
          ja: `「${p}」を読む権限がありません。ファイルのアクセス権を確かめてください`,
          en: `no permission to read "${p}": check the file's permissions`,
        }
      : {
          ja: `「${p}」に書き込む権限がありません（フォルダー「${folderOf(p)}」への書き込み権限も必要です）。アクセス権を確かめるか、書き込めるフォルダーに --out で保存してください`,
          en: `no permission to write "${p}" (writing also needs permission on the folder "${folderOf(p)}"): check the permissions, or save with --out into a folder you can write`,
        },
  readOnly: (p: string, platform: NodeJS.Platform): Bilingual =>
    platform === 'win32'
      ? {
          ja: `「${p}」は読み取り専用です。書き換えるときは、ファイルのプロパティで「読み取り専用」のチェックを外してください。または --out で別のファイルに保存してください`,
          en: `"${p}" is read-only: to change it, clear "Read-only" in the file's Properties; or save to another file with --out`,
        }
      : {
          ja: `「${p}」は読み取り専用です。書き換えるときは chmod u+w "${p}" で書き込みを許可してください。または --out で別のファイルに保存してください`,
          en: `"${p}" is read-only: to change it, allow writing with chmod u+w "${p}"; or save to another file with --out`,
        },
  readOnlyFs: (p: string): Bilingual => ({
    ja: `「${p}」は書き込めないドライブ（読み取り専用のメディアなど）にあります。書き込めるフォルダーにコピーしてから実行するか、--out で保存先を指定してください`,
    en: `"${p}" is on a drive that cannot be written (read-only media): copy it to a folder you can write first, or choose where to save with --out`,
  }),
  hardLink: (p: string, links: number): Bilingual => ({
    ja: `「${p}」には同じ内容を指す別の名前（ハードリンク）が ${links - 1} 個あります。上書きするとリンクが切れ、別の名前のほうには古い内容が残るため、書き換えません。--out で別のファイルに保存してください`,
    en: `"${p}" has ${links - 1} other name(s) (hard links) for the same data; overwriting it would break the link and leave the old content under the other name(s), so it is not changed: save to another file with --out`,
  }),
  changed: (p: string): Bilingual => ({
    ja: `「${p}」は読み込んだ後に、ほかのプログラムまたは別の psheet によって変更されました。何も書き込んでいません。もう一度実行してください`,
    en: `"${p}" was changed by someone else since it was read: nothing was written; run again`,
  }),
  changedWhileRead: (p: string): Bilingual => ({
    ja: `「${p}」は読み込んでいる間に変更されました。ほかのプログラムが保存を終えてから、もう一度実行してください`,
    en: `"${p}" changed while it was being read: run again once the other program has finished saving it`,
  }),
  busy: (p: string): Bilingual => ({
    ja: `「${p}」はほかのプログラム（Excel など）で開かれています。Excel でファイルを閉じてから、もう一度実行してください`,
    en: `"${p}" is open in another program (Excel?): close it there and run again`,
  }),
  busyOrDenied: (p: string): Bilingual => ({
    ja: `「${p}」に書き込めません。Excel などで開いているときは閉じてから、もう一度実行してください。開いていないときは、ファイルとフォルダーのアクセス権を確かめてください`,
    en: `cannot write "${p}": if it is open in Excel or another program, close it there and run again; otherwise check the permissions of the file and its folder`,
  }),
  diskFull: (p: string): Bilingual => ({
    ja: `ディスクがいっぱい（または使用量の上限）のため「${p}」を書き込めませんでした。何も書き込んでいません。空き容量を増やしてから、もう一度実行してください`,
    en: `the disk is full (or over quota), so "${p}" could not be written: nothing was written; free some space and run again`,
  }),
  crossDevice: (p: string): Bilingual => ({
    ja: `「${p}」を置き換えられません（一時ファイルと別のドライブとして扱われました）。何も書き込んでいません。--out で別のファイルに保存してください`,
    en: `cannot replace "${p}" (its folder behaves as another drive than the temporary file): nothing was written; save to another file with --out`,
  }),
  nameTooLong: (p: string): Bilingual => ({
    ja: `「${p}」のパスまたはファイル名が長すぎます。短いフォルダー名・ファイル名にしてください`,
    en: `the path or file name "${p}" is too long: use a shorter folder or file name`,
  }),
  loop: (p: string): Bilingual => ({
    ja: `「${p}」のリンク（シンボリックリンク）が循環しているか、たどるリンクが多すぎます。リンク先を確かめてください`,
    en: `the symbolic links of "${p}" form a loop or are nested too deep: check where they point`,
  }),
  tooLarge: (p: string, size: number, max: number): Bilingual => ({
    ja: `「${p}」は大きすぎます（${mb(size)} MB 以上、上限 ${mb(max)} MB）。正しいファイルか確かめてください`,
    en: `"${p}" is too large (at least ${mb(size)} MB, the limit is ${mb(max)} MB): check that it is the right file`,
  }),
  locked: (p: string, lockFile: string): Bilingual => ({
    ja: `「${p}」には別の psheet が書き込み中です。しばらくしてから、もう一度実行してください。ほかの psheet が動いていないのにこの表示が続くときは、ロックファイル「${lockFile}」を削除してください`,
    en: `another psheet is writing "${p}": run again in a moment. If no other psheet is running and this persists, delete the lock file "${lockFile}"`,
  }),
  unconfirmed: (p: string, code: string): Bilingual => ({
    ja: `「${p}」は書き込みましたが、ディスクへの保存を確認できませんでした（${code}）。ディスクの状態を確かめ、ファイルを開いて内容を確認してください`,
    en: `"${p}" was written, but the system could not confirm it reached the disk (${code}): check the disk and open the file to check its content`,
  }),
  io: (p: string, op: FileOp, code: string): Bilingual =>
    op === 'read'
      ? {
          ja: `「${p}」を読み込めませんでした（${code}）。もう一度実行してください。繰り返すときはディスクやネットワークの状態を確かめてください`,
          en: `could not read "${p}" (${code}): run again; if it happens again, check the disk or the network`,
        }
      : {
          ja: `「${p}」を書き込めませんでした（${code}）。何も書き込んでいません。もう一度実行してください。繰り返すときはディスクやネットワークの状態を確かめてください`,
          en: `could not write "${p}" (${code}): nothing was written; run again, and if it happens again, check the disk or the network`,
        },
};
