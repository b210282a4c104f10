/** `psheet --help`: the usage in Japanese, then in English. */
const USAGE_JA = `使い方: psheet <コマンド> [オプション]

コマンド:
  psheet validate FILE… [--month N] [--sheet NAME] [--format text|json] [--lang ja|en] [--config F]
      取組実施プロセスシート（.xlsx）を点検し、指摘事項を表示します。
  psheet insert-month FILE --month N (--out F [--force] | --in-place) [--template T] [--sheet NAME]
                    [--include-hidden] [--format text|json] [--config F]
      進捗状況の各セルに、その月の記入欄（例「11月:」）がなければ追加します。
  psheet consolidate FILE…|DIR --out F [--month N] [--csv DIR] [--force] [--config F]
      各部のブックを1つのブック（全庁集約・集計・点検結果）にまとめます。

validate のオプション:
  --month N       報告月（1〜12、全角数字も可）。省略するとシートの記入内容から推定します
  --sheet NAME    点検するシート名。省略すると、見出し行があればアクティブなシート、
                  なければ見出し行のある最初のシート（記入例・表紙などは除く）
  --format F      出力形式: text（既定、画面表示用）または json（schemaVersion 1）
  --lang L        言語: ja または en（既定: LANG / LC_ALL が en で始まれば en、それ以外は ja）
  --config F      設定ファイル（JSON: 列名の別名、進捗度の記号、助数詞 など）
  -h, --help      この説明を表示します

insert-month / consolidate のオプション:
  --out F           書き出すファイル（既にあれば --force がない限り書きません）
  --in-place        元のファイルを書き換えます（同じフォルダーの一時ファイル経由。読んだ後に
                    変更されていたら書きません）
  --include-hidden  非表示の行にも追加します（既定では終了した取組とみなして追加しません）
  --csv DIR         3つの表を UTF-8（BOM 付き）の CSV でも書き出します

終了コード:
  0  エラーなし（提出できます）
  1  エラーあり（要修正）
  2  使い方の誤り、または読み込めないファイルがある（他のファイルは点検・表示されます）`;

const USAGE_EN = `Usage: psheet <command> [options]

Commands:
  psheet validate FILE… [--month N] [--sheet NAME] [--format text|json] [--lang ja|en] [--config F]
      Validate progress sheets (取組実施プロセスシート, .xlsx) and list the issues.
  psheet insert-month FILE --month N (--out F [--force] | --in-place) [--template T] [--sheet NAME]
                    [--include-hidden] [--format text|json] [--config F]
      Add the month's line (e.g. "11月:") to every progress cell that lacks one.
  psheet consolidate FILE…|DIR --out F [--month N] [--csv DIR] [--force] [--config F]
      Consolidate department workbooks into one (全庁集約, 集計, 点検結果).

Options of validate:
  --month N       reporting month, 1-12 (full-width digits accepted); inferred from the entries when omitted
  --sheet NAME    the worksheet to validate; default: the active sheet when it has a header row,
                  else the first sheet with one that is not an example or a cover
  --format F      output: text (default, for people) or json (schemaVersion 1)
  --lang L        language: ja or en (default: en if LANG / LC_ALL starts with en, else ja)
  --config F      configuration file (JSON: column aliases, progress symbols, counters, ...)
  -h, --help      show this help

Options of insert-month / consolidate:
  --out F           the file to write (an existing one is replaced only with --force)
  --in-place        rewrite the file itself (through a temporary file in the same folder; refused
                    if the file changed after it was read)
  --include-hidden  add lines to hidden rows too (by default they are taken for finished initiatives)
  --csv DIR         also write the three tables as CSV in UTF-8 with a byte-order mark

Exit codes:
  0  no error-severity issue (ready to submit)
  1  some error-severity issue (needs fixing)
  2  usage error, or a file could not be read (the other files are still validated and reported)`;

export function usageText(): string {
  return `${USAGE_JA}\n\n${USAGE_EN}\n`;
}
