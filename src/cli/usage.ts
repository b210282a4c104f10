/** `psheet --help`: the usage in Japanese, then in English. */
const USAGE_JA = `使い方: psheet <コマンド> [オプション]

コマンド:
  psheet validate FILE… [--month N] [--sheet NAME] [--format text|json] [--lang ja|en] [--config F]
      取組実施プロセスシート（.xlsx）を検証し、指摘事項を表示します。
  psheet insert-month FILE --month N (--out F | --in-place) [--template T] [--sheet NAME] [--format text|json]
  psheet consolidate FILE… --out F [--month N]                              （準備中）

validate のオプション:
  --month N       報告月（1〜12、全角数字も可）。省略するとシートの記入内容から推定します
  --sheet NAME    検証するシート名。省略すると見出し行のある最初の表示シート
  --format F      出力形式: text（既定、画面表示用）または json（schemaVersion 1）
  --lang L        言語: ja または en（既定: LANG / LC_ALL が en で始まれば en、それ以外は ja）
  --config F      設定ファイル（JSON: 列名の別名、進捗度の記号、助数詞 など）
  -h, --help      この説明を表示します

終了コード:
  0  エラーなし（提出できます）
  1  エラーあり（要修正）
  2  使い方の誤り、または読み込めないファイルがある（他のファイルは検証・表示されます）`;

const USAGE_EN = `Usage: psheet <command> [options]

Commands:
  psheet validate FILE… [--month N] [--sheet NAME] [--format text|json] [--lang ja|en] [--config F]
      Validate progress sheets (取組実施プロセスシート, .xlsx) and list the issues.
  psheet insert-month FILE --month N (--out F | --in-place) [--template T] [--sheet NAME] [--format text|json]
  psheet consolidate FILE… --out F [--month N]                              (not available yet)

Options of validate:
  --month N       reporting month, 1-12 (full-width digits accepted); inferred from the entries when omitted
  --sheet NAME    the worksheet to validate; default: the first visible sheet with a header row
  --format F      output: text (default, for people) or json (schemaVersion 1)
  --lang L        language: ja or en (default: en if LANG / LC_ALL starts with en, else ja)
  --config F      configuration file (JSON: column aliases, progress symbols, counters, ...)
  -h, --help      show this help

Exit codes:
  0  no error-severity issue (ready to submit)
  1  some error-severity issue (needs fixing)
  2  usage error, or a file could not be read (the other files are still validated and reported)`;

export function usageText(): string {
  return `${USAGE_JA}\n\n${USAGE_EN}\n`;
}
