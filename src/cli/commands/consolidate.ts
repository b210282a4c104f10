import { promises as fs } from 'fs';
import path from 'path';
import type { Config } from '../../core/config';
import { DEFAULT_CONFIG } from '../../core/config';
import { consolidate, Consolidation, ConsolidationInput, FileSummary, OutTable, toCsv } from '../../core/consolidate';
import { WORDS } from '../../core/consolidate/i18n';
import { Lang } from '../../core/types';
import { parseMonth, parseOptions, UsageError } from '../args';
import { FileAccessError, writeNewFile } from '../files';
import { langFromEnv, parseLang } from '../i18n';
import { CliIo } from '../io';
import { loadConfig } from '../load-config';
import { validateFile } from '../validate-files';
import { consolidatedWorkbook } from '../../host/file/consolidated-workbook';
import { nativeCrc32, nativeDeflate } from '../workbook-file';

const EXIT_OK = 0;
const EXIT_ERRORS = 1;
const EXIT_UNREADABLE = 2;

const OPTIONS = {
  out: { type: 'string' as const },
  month: { type: 'string' as const },
  csv: { type: 'string' as const },
  force: { type: 'boolean' as const },
  lang: { type: 'string' as const },
  config: { type: 'string' as const },
  help: { type: 'boolean' as const, short: 'h' },
};

interface ConsolidateArgs {
  inputs: string[];
  out: string;
  month?: number;
  csv?: string;
  force: boolean;
  lang: Lang;
  config?: string;
}

const usage = (ja: string, en: string) => new UsageError({ ja, en });

export function parseConsolidateArgs(argv: string[], env: NodeJS.ProcessEnv): ConsolidateArgs {
  const { values, positionals } = parseOptions(argv, OPTIONS);
  const str = (k: string) => values[k] as string | undefined;
  const lang = str('lang') !== undefined ? parseLang(str('lang')!) : langFromEnv(env);
  if (!lang) throw usage(`--lang は ja か en です: ${str('lang')}`, `--lang takes ja or en: ${str('lang')}`);
  if (positionals.length === 0) throw usage('集約する .xlsx ファイルかフォルダーを指定してください', 'give the .xlsx files or a folder to consolidate');
  if (str('out') === undefined) throw usage('書き出すブックを --out ファイル で指定してください', 'give the workbook to write with --out FILE');
  let month: number | undefined;
  if (str('month') !== undefined) {
    month = parseMonth(str('month')!);
    if (month === undefined) throw usage(`--month は 1〜12 です: ${str('month')}`, `--month takes 1 to 12: ${str('month')}`);
  }
  const out = str('out')!;
  if (!/\.xlsx$/i.test(out)) throw usage(`--out は .xlsx のファイル名にしてください: ${out}`, `--out must name an .xlsx file: ${out}`);
  return { inputs: positionals, out, month, csv: str('csv'), force: values.force === true, lang, config: str('config') };
}

/**
 * The files named, a folder's .xlsx files (name order, without Excel's `~$` lock files), each
 * once (the same file under two spellings or through a link counts once), never the output itself.
 */
export async function expandInputs(inputs: string[], exclude: string[] = []): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = (await fs.stat(input)).isDirectory();
    } catch {
      // A file that is not there is reported as unreadable with the others.
    }
    if (!isDir) {
      out.push(input);
      continue;
    }
    const names = (await fs.readdir(input))
      .filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('~$') && !n.startsWith('.'))
      .sort((a, b) => a.localeCompare(b, 'ja'));
    for (const n of names) out.push(path.join(input, n));
  }
  const seen = new Set<string>((await Promise.all(exclude.map(realOrResolved))).filter(Boolean));
  const unique: string[] = [];
  for (const f of out) {
    const key = await realOrResolved(f);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(f);
  }
  return unique;
}

async function realOrResolved(p: string): Promise<string> {
  try {
    return await fs.realpath(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * `psheet consolidate FILE…|DIR --out F [--month N] [--csv DIR] [--force]`: reads every department's
 * workbook with the file layer, validates each, and writes one workbook with 全庁集約, 集計 and
 * 点検結果 (and the same tables as CSV). A file that cannot be read is reported and the others are
 * consolidated all the same. Exit 0: every file can be submitted; 1: some file has an error;
 * 2: a file could not be read.
 */
export async function runConsolidate(argv: string[], io: CliIo): Promise<number> {
  const a = parseConsolidateArgs(argv, io.env);
  const t = (ja: string, en: string) => (a.lang === 'ja' ? ja : en);
  const config: Config = a.config !== undefined ? await loadConfig(a.config) : DEFAULT_CONFIG;
  // Every file to write is checked before anything is read or written.
  const targets = [a.out, ...(a.csv !== undefined ? CSV_NAMES(a.lang).map((n) => path.join(a.csv!, n)) : [])];
  for (const target of a.force ? [] : targets) {
    if (await exists(target)) {
      io.err(
        `psheet consolidate: ${t(`${target} は既にあります。上書きするときは --force を付けてください`, `${target} already exists: add --force to replace it`)}\n`,
      );
      return EXIT_UNREADABLE;
    }
  }
  const files = await expandInputs(a.inputs, targets);
  if (files.length === 0) {
    io.err(`psheet consolidate: ${t('集約する .xlsx ファイルがありません', 'no .xlsx file to consolidate')}\n`);
    return EXIT_UNREADABLE;
  }
  const inputs: ConsolidationInput[] = [];
  const skipped: string[] = [];
  for (const [i, file] of files.entries()) {
    const r = await validateFile(file, { month: a.month, lang: a.lang, config });
    if (r.sheets && isConsolidated(r.sheets)) {
      // An earlier run's output in the same folder is not a department's workbook.
      skipped.push(file);
      continue;
    }
    inputs.push({ file: path.basename(file), table: r.table, report: r.report });
    if (io.stderrIsTTY) io.err(progressLine(i + 1, files.length, path.basename(file), r.report, !!r.unreadable, a.lang) + '\n');
  }
  const result = consolidate(inputs, config, { lang: a.lang });
  try {
    await writeNewFile(a.out, consolidatedWorkbook(result, { crc32: nativeCrc32, deflate: nativeDeflate }), { force: a.force });
    if (a.csv !== undefined) await writeCsvs(a.csv, [result.all, result.summary, result.issues], a.force);
  } catch (e) {
    if (e instanceof FileAccessError) {
      io.err(`psheet consolidate: ${e.text[a.lang]}\n`);
      return EXIT_UNREADABLE;
    }
    throw e;
  }
  for (const f of skipped) {
    io.err(
      `psheet consolidate: ${t(`${f} は集約済みのブック（「全庁集約」「集計」のシートがある）なので読み込みませんでした`, `${f} is a consolidated workbook (it has the consolidation's sheets): not read`)}\n`,
    );
  }
  io.out(textReport(result, a, inputs.length));
  if (result.files.some((f) => f.verdict === 'unreadable')) return EXIT_UNREADABLE;
  return result.files.some((f) => f.verdict === 'needs-fix') ? EXIT_ERRORS : EXIT_OK;
}

/** A workbook this command wrote: it holds the 全庁集約 and 集計 sheets (in either language). */
function isConsolidated(sheets: string[]): boolean {
  return Object.values(WORDS).some((w) => sheets.includes(w.sheets.all) && sheets.includes(w.sheets.summary));
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}

/** The CSV files' names: the sheets' names. */
const CSV_NAMES = (lang: Lang) => [WORDS[lang].sheets.all, WORDS[lang].sheets.summary, WORDS[lang].sheets.issues].map((n) => `${n}.csv`);

async function writeCsvs(dir: string, tables: OutTable[], force: boolean): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  for (const table of tables) await writeNewFile(path.join(dir, `${table.name}.csv`), csvBytes(toCsv(table)), { force });
}

/** UTF-8 with a byte-order mark: what Japanese Excel opens as UTF-8. */
function csvBytes(text: string): Uint8Array {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

function progressLine(n: number, total: number, file: string, report: ConsolidationInput['report'], unreadable: boolean, lang: Lang): string {
  const head = `[${n}/${total}] ${file}`;
  if (unreadable) return `${head}: ${lang === 'ja' ? '読めません' : 'unreadable'}`;
  const s = report.summary;
  return lang === 'ja'
    ? `${head}: ${report.dataRows} 取組・エラー ${s.error}・警告 ${s.warning}・情報 ${s.info}`
    : `${head}: ${report.dataRows} initiatives, ${s.error} errors, ${s.warning} warnings, ${s.info} info`;
}

function fileLine(f: FileSummary, reason: string | undefined, lang: Lang): string {
  const name = f.department === f.file ? f.file : `${f.department}（${f.file}）`;
  const nameEn = f.department === f.file ? f.file : `${f.department} (${f.file})`;
  if (lang === 'ja') {
    if (f.verdict === 'unreadable') return `  ${name}: 読めません — ${reason ?? ''}`;
    const counts = `取組 ${f.initiatives}・エラー ${f.error}・警告 ${f.warning}・情報 ${f.info}${f.missing ? `・記入漏れ ${f.missing} 件` : ''}`;
    return `  ${name}: ${f.verdict === 'ready' ? '提出できます' : `要修正: エラー ${f.error} 件`}（${counts}）`;
  }
  if (f.verdict === 'unreadable') return `  ${nameEn}: unreadable — ${reason ?? ''}`;
  const counts = `${f.initiatives} initiatives, ${f.error} errors, ${f.warning} warnings, ${f.info} info${f.missing ? `, ${f.missing} with missing months` : ''}`;
  return `  ${nameEn}: ${f.verdict === 'ready' ? 'ready to submit' : `needs fixing: ${f.error} error(s)`} (${counts})`;
}

function textReport(result: Consolidation, a: ConsolidateArgs, files: number): string {
  const lines: string[] = [];
  const rows = result.all.rows.length;
  lines.push(
    a.lang === 'ja'
      ? `${files} ファイルを集約しました: 取組 ${rows} 件 → ${a.out}（シート「${result.all.name}」「${result.summary.name}」「${result.issues.name}」）`
      : `Consolidated ${files} file(s): ${rows} initiatives → ${a.out} (sheets "${result.all.name}", "${result.summary.name}", "${result.issues.name}")`,
  );
  if (a.csv !== undefined) lines.push(a.lang === 'ja' ? `CSV（UTF-8 BOM 付き）: ${a.csv}` : `CSV (UTF-8 with BOM): ${a.csv}`);
  for (const [i, f] of result.files.entries()) {
    const reason = result.reports[i].issues.find((x) => x.code === 'file-unreadable')?.message;
    lines.push(fileLine(f, reason, a.lang));
  }
  const n = (v: FileSummary['verdict']) => result.files.filter((f) => f.verdict === v).length;
  lines.push(
    a.lang === 'ja'
      ? `提出できます ${n('ready')}・要修正 ${n('needs-fix')}・読めません ${n('unreadable')}`
      : `${n('ready')} ready, ${n('needs-fix')} need fixing, ${n('unreadable')} unreadable`,
  );
  return lines.join('\n') + '\n';
}
