import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { DEFAULT_CONFIG } from '../../core/config';
import { detectHeader } from '../../core/header';
import { DEFAULT_TEMPLATE, insertionRows, planInsertion } from '../../core/insert-month';
import { Lang } from '../../core/types';
import { openWorkbook, UnreadableFileError } from '../../host/file/open-workbook';
import { applyChanges, lossyParts, protectedSheet, writeWorkbookAtomically } from '../../host/file/write-progress';
import { checkXlsxBytes } from '../../host/file/zip-check';
import { parseMonth, parseOptions, UsageError } from '../args';
import { langFromEnv, parseLang } from '../i18n';
import { CliIo } from '../io';
import { pickSheet } from '../pick-sheet';

const EXIT_OK = 0;
const EXIT_REFUSED = 2;

const OPTIONS = {
  month: { type: 'string' as const },
  out: { type: 'string' as const },
  'in-place': { type: 'boolean' as const },
  template: { type: 'string' as const },
  sheet: { type: 'string' as const },
  lang: { type: 'string' as const },
  format: { type: 'string' as const },
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
  template: string;
  sheet?: string;
  lang: Lang;
  format: 'text' | 'json';
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
  if (out !== undefined && path.resolve(out) === path.resolve(positionals[0])) {
    throw usage(
      '--out に元のファイルは指定できません。上書きするときは --in-place を使ってください',
      '--out cannot be the input file: use --in-place to overwrite it',
    );
  }
  const format = (str('format') ?? 'text').toLowerCase();
  if (format !== 'text' && format !== 'json') throw usage(`--format は text か json です: ${format}`, `--format takes text or json: ${format}`);
  return { file: positionals[0], month, out, inPlace, template: str('template') ?? DEFAULT_TEMPLATE, sheet: str('sheet'), lang, format };
}

/** `psheet insert-month FILE --month N (--out F | --in-place) [--template T]`: adds the month's line where it is missing. */
export async function runInsertMonth(argv: string[], io: CliIo): Promise<number> {
  const a = parseInsertArgs(argv, io.env);
  const t = (ja: string, en: string) => (a.lang === 'ja' ? ja : en);
  let wb: ExcelJS.Workbook;
  try {
    wb = await openWorkbook(a.file);
  } catch (e) {
    if (!(e instanceof UnreadableFileError)) throw e;
    io.err(`psheet insert-month: ${a.file}: ${a.lang === 'ja' ? e.ja : e.en}\n`);
    return EXIT_REFUSED;
  }
  let table;
  try {
    table = pickSheet(wb, a.file, DEFAULT_CONFIG, a.sheet);
  } catch (e) {
    if (!(e instanceof UnreadableFileError)) throw e;
    io.err(`psheet insert-month: ${a.file}: ${a.lang === 'ja' ? e.ja : e.en}\n`);
    return EXIT_REFUSED;
  }
  const header = detectHeader(table, DEFAULT_CONFIG);
  if (!header || header.columns.progress === undefined) {
    io.err(`psheet insert-month: ${a.file}: ${t('見出し行または「進捗状況及び課題」列が見つかりません', 'no header row or no 進捗状況及び課題 column')}\n`);
    return EXIT_REFUSED;
  }
  const ws = wb.getWorksheet(table.sheetName)!;
  const plan = planInsertion(insertionRows(table, header), a.month, a.template);
  if (plan.templateError) {
    io.err(`psheet insert-month: ${plan.templateError[a.lang]}\n`);
    return EXIT_REFUSED;
  }
  const who = (x: { no?: number | string; initiative?: string; address: string }) => `No.${x.no ?? '—'} ${x.initiative ?? ''} (${x.address})`;
  const report = () => {
    if (a.format === 'json') {
      io.out(
        JSON.stringify(
          {
            file: a.file,
            sheet: table.sheetName,
            month: a.month,
            written: plan.changes.length > 0 ? (a.inPlace ? a.file : a.out) : null,
            added: plan.changes.map((c) => ({ cell: c.address, row: c.row, no: c.no, initiative: c.initiative, line: c.line })),
            skipped: plan.skipped.map((s) => ({
              cell: s.address,
              row: s.row,
              no: s.no,
              initiative: s.initiative,
              reason: s.reason,
              message: s.message[a.lang],
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
        `${a.file}・シート「${table.sheetName}」: ${a.month}月 の行を ${plan.changes.length} 件追加しました\n`,
        `${a.file}, sheet "${table.sheetName}": added ${plan.changes.length} line(s) for month ${a.month}\n`,
      ),
    );
    for (const c of plan.changes) io.out(`  + ${who(c)}: ${c.line}\n`);
    for (const s of plan.skipped) io.out(`  - ${who(s)}: ${t('追加しません', 'skipped')} — ${s.message[a.lang]}\n`);
  };
  if (plan.changes.length === 0) {
    report();
    if (a.out && !a.inPlace) await fs.copyFile(a.file, a.out);
    return EXIT_OK;
  }
  if (protectedSheet(ws)) {
    io.err(
      `psheet insert-month: ${t(`シート「${ws.name}」は保護されているため、何も書き込みませんでした。保護を解除してからもう一度実行してください`, `sheet "${ws.name}" is protected: nothing was written. Unprotect it and run again`)}\n`,
    );
    return EXIT_REFUSED;
  }
  const lossy = lossyParts(checkXlsxBytes(await fs.readFile(a.file)).entries ?? []);
  if (lossy.length && a.inPlace) {
    const kinds = lossy.map((l) => l[a.lang]).join(a.lang === 'ja' ? '・' : ', ');
    io.err(
      `psheet insert-month: ${t(`このブックには ${kinds} があり、書き換えで失われるおそれがあるため上書きしません。--out で別のファイルに書き出してください`, `the workbook holds ${kinds}, which a rewrite may lose: not overwriting it. Write a new file with --out`)}\n`,
    );
    return EXIT_REFUSED;
  }
  applyChanges(
    ws,
    plan.changes.map((c) => ({ address: c.address, before: c.before, at: c.at, inserted: c.inserted })),
  );
  await writeWorkbookAtomically(wb, a.inPlace ? a.file : a.out!);
  report();
  if (lossy.length) {
    io.err(
      t(
        `注意: 元のブックの ${lossy.map((l) => l.ja).join('・')} は新しいファイルに引き継がれない場合があります\n`,
        `note: the workbook's ${lossy.map((l) => l.en).join(', ')} may not be carried into the new file\n`,
      ),
    );
  }
  return EXIT_OK;
}
