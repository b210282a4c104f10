import { realpathSync } from 'fs';
import path from 'path';
import type { Config } from '../../core/config';
import { DEFAULT_CONFIG } from '../../core/config';
import { detectHeader } from '../../core/header';
import { DEFAULT_TEMPLATE, InsertionPlan, insertionRows, planInsertion } from '../../core/insert-month';
import { Lang } from '../../core/types';
import { chooseBookSheet, UnreadableFile } from '../../host/file/department-file';
import { openXlsx, patchCells, XlsxError } from '../../host/file/xlsx';
import { parseMonth, parseOptions, UsageError } from '../args';
import { FileAccessError, readForUpdate, readInput, ReadForUpdate, replaceFile, writeNewFile } from '../files';
import { langFromEnv, parseLang } from '../i18n';
import { CliIo } from '../io';
import { loadConfig } from '../load-config';
import { nativeDeflate, OPEN_OPTIONS } from '../workbook-file';

const EXIT_OK = 0;
const EXIT_REFUSED = 2;

const OPTIONS = {
  month: { type: 'string' as const },
  out: { type: 'string' as const },
  'in-place': { type: 'boolean' as const },
  force: { type: 'boolean' as const },
  'include-hidden': { type: 'boolean' as const },
  template: { type: 'string' as const },
  sheet: { type: 'string' as const },
  lang: { type: 'string' as const },
  format: { type: 'string' as const },
  config: { type: 'string' as const },
  help: { type: 'boolean' as const, short: 'h' },
};

function usage(ja: string, en: string): UsageError {
  return new UsageError({ ja, en });
}

interface InsertArgs {
  file: string;
  month: number;
  out?: string;
  inPlace: boolean;
  force: boolean;
  includeHidden: boolean;
  template: string;
  sheet?: string;
  lang: Lang;
  format: 'text' | 'json';
  config?: string;
}

/** The two paths name the same file (through symlinks, `./` or `..` too). */
function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

export function parseInsertArgs(argv: string[], env: NodeJS.ProcessEnv): InsertArgs {
  const { values, positionals } = parseOptions(argv, OPTIONS);
  const str = (k: string) => values[k] as string | undefined;
  const lang = str('lang') !== undefined ? parseLang(str('lang')!) : langFromEnv(env);
  if (!lang) throw usage(`--lang は ja か en です: ${str('lang')}`, `--lang takes ja or en: ${str('lang')}`);
  if (positionals.length !== 1) throw usage('ファイルを1つ指定してください', 'give exactly one file');
  if (str('month') === undefined) throw usage('--month で追加する月（1〜12）を指定してください', 'give the month to add with --month (1-12)');
  const month = parseMonth(str('month')!);
  if (month === undefined) throw usage(`--month は 1〜12 です: ${str('month')}`, `--month takes 1 to 12: ${str('month')}`);
  const inPlace = values['in-place'] === true;
  const out = str('out');
  if (!inPlace && out === undefined)
    throw usage('書き込み先を --out ファイル か --in-place で指定してください', 'choose where to write: --out FILE or --in-place');
  if (inPlace && out !== undefined) throw usage('--out と --in-place は同時に使えません', '--out and --in-place cannot be used together');
  if (out !== undefined && sameFile(out, positionals[0])) {
    throw usage(
      '--out に元のファイルは指定できません。上書きするときは --in-place を使ってください',
      '--out cannot be the input file: use --in-place to overwrite it',
    );
  }
  const format = (str('format') ?? 'text').toLowerCase();
  if (format !== 'text' && format !== 'json') throw usage(`--format は text か json です: ${format}`, `--format takes text or json: ${format}`);
  return {
    file: positionals[0],
    month,
    out,
    inPlace,
    force: values.force === true,
    includeHidden: values['include-hidden'] === true,
    template: str('template') ?? DEFAULT_TEMPLATE,
    sheet: str('sheet'),
    lang,
    format,
    config: str('config'),
  };
}

/**
 * `psheet insert-month FILE --month N (--out F | --in-place) [--template T]`: adds the month's line
 * where it is missing. Only the named cells' XML changes; every other part of the package is
 * copied byte for byte (src/host/file/xlsx/patch.ts), so nothing a department put in its
 * workbook can be lost. `--in-place` goes through a temporary file in the same folder
 * (src/cli/files/replace.ts); `--out` never replaces an existing file without `--force`.
 */
export async function runInsertMonth(argv: string[], io: CliIo): Promise<number> {
  const a = parseInsertArgs(argv, io.env);
  const t = (ja: string, en: string) => (a.lang === 'ja' ? ja : en);
  const fail = (text: { ja: string; en: string }, withFile = true) => {
    io.err(`psheet insert-month: ${withFile ? `${a.file}: ` : ''}${text[a.lang]}\n`);
    return EXIT_REFUSED;
  };
  const config: Config = a.config !== undefined ? await loadConfig(a.config) : DEFAULT_CONFIG;

  let original: ReadForUpdate | undefined;
  let bytes: Uint8Array;
  try {
    if (a.inPlace) {
      original = await readForUpdate(a.file);
      bytes = original.bytes;
    } else bytes = await readInput(a.file);
  } catch (e) {
    if (e instanceof FileAccessError) return fail(e.text, false);
    throw e;
  }

  let book;
  let chosen;
  try {
    book = openXlsx(bytes, OPEN_OPTIONS);
    chosen = chooseBookSheet(book, config, a.sheet);
  } catch (e) {
    if (e instanceof UnreadableFile || e instanceof XlsxError) return fail(e.text);
    throw e;
  }
  const table = chosen.table;
  const header = detectHeader(table, config);
  if (!header || header.columns.progress === undefined) {
    return fail({
      ja: `シート「${table.sheetName}」に見出し行または「進捗状況及び課題」列が見つかりません`,
      en: `no header row or no 進捗状況及び課題 column in sheet "${table.sheetName}"`,
    });
  }
  const plan = planInsertion(insertionRows(table, header, { config }), a.month, a.template, { includeHidden: a.includeHidden });
  if (plan.templateError) return fail(plan.templateError, false);

  let written: string | null = null;
  if (plan.changes.length > 0) {
    if (table.protected) {
      return fail({
        ja: `シート「${table.sheetName}」は保護されているため、何も書き込みませんでした。保護を解除してからもう一度実行してください`,
        en: `sheet "${table.sheetName}" is protected: nothing was written. Unprotect it and run again`,
      });
    }
    let out: Uint8Array;
    try {
      out = patchCells(
        book,
        chosen.index,
        plan.changes.map((c) => ({ address: c.address, before: c.before, at: c.at, inserted: c.inserted })),
        { deflate: nativeDeflate },
      );
    } catch (e) {
      if (e instanceof XlsxError) return fail(e.text);
      throw e;
    }
    try {
      if (original) await replaceFile(original, out);
      else await writeNewFile(a.out!, out, { force: a.force });
    } catch (e) {
      if (e instanceof FileAccessError) return fail(e.text, false);
      throw e;
    }
    written = a.inPlace ? a.file : a.out!;
  } else if (a.out !== undefined) {
    // Nothing to add: the new file is the same workbook, byte for byte.
    try {
      await writeNewFile(a.out, bytes, { force: a.force });
    } catch (e) {
      if (e instanceof FileAccessError) return fail(e.text, false);
      throw e;
    }
    written = a.out;
  }
  report(io, a, table.sheetName, plan, written, t);
  return EXIT_OK;
}

function report(io: CliIo, a: InsertArgs, sheet: string, plan: InsertionPlan, written: string | null, t: (ja: string, en: string) => string): void {
  const who = (x: { no?: number | string; initiative?: string; address: string }) => `No.${x.no ?? '—'} ${x.initiative ?? ''} (${x.address})`;
  if (a.format === 'json') {
    io.out(
      JSON.stringify(
        {
          file: a.file,
          sheet,
          month: a.month,
          written: plan.changes.length > 0 ? written : null,
          added: plan.changes.map((c) => ({ cell: c.address, row: c.row, no: c.no, initiative: c.initiative, line: c.line })),
          skipped: plan.skipped.map((s) => ({
            cell: s.address,
            row: s.row,
            no: s.no,
            initiative: s.initiative,
            reason: s.reason,
            message: skipMessage(s, a.lang),
          })),
        },
        null,
        2,
      ) + '\n',
    );
    return;
  }
  io.out(
    t(
      `${a.file}・シート「${sheet}」: ${a.month}月 の行を ${plan.changes.length} 件追加しました${written && plan.changes.length ? `（${written}）` : ''}\n`,
      `${a.file}, sheet "${sheet}": added ${plan.changes.length} line(s) for month ${a.month}${written && plan.changes.length ? ` (${written})` : ''}\n`,
    ),
  );
  for (const c of plan.changes) io.out(`  + ${who(c)}: ${c.line}\n`);
  for (const s of plan.skipped) io.out(`  - ${who(s)}: ${t('追加しません', 'skipped')} — ${skipMessage(s, a.lang)}\n`);
}

/** A skip's message as the CLI says it: hidden rows name the option that includes them. */
function skipMessage(s: InsertionPlan['skipped'][number], lang: Lang): string {
  if (s.reason !== 'hidden') return s.message[lang];
  return lang === 'ja' ? `${s.message.ja}。含めるときは --include-hidden を付けてください` : `${s.message.en}; add --include-hidden to include it`;
}
