import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import path from 'path';

/** Helpers for the tests that run the built `psheet` (lib/src/cli/main.js) as a child process. */
export const ROOT = path.join(__dirname, '..', '..');
export const MAIN = path.join(ROOT, 'lib', 'src', 'cli', 'main.js');
export const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'welfare-r7.xlsx');

/**
 * Compiles the CLI once (tsc -p tsconfig.cli.json). Other people's files may have type errors
 * while they work; tsc still emits, so only errors in the CLI's own files fail the build here.
 */
export function buildCli(): void {
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.cli.json'], { cwd: ROOT, encoding: 'utf8' });
  const ownErrors = (r.stdout + r.stderr).split('\n').filter((l) => /^src[\\/](cli|host[\\/]file)[\\/]/.test(l));
  if (ownErrors.length > 0) throw new Error(`the CLI does not compile:\n${ownErrors.join('\n')}`);
  if (!existsSync(MAIN)) throw new Error(`tsc did not write ${MAIN}:\n${r.stdout}${r.stderr}`);
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built command with a clean locale (`LANG` as given, Japanese by default) and no TTY. */
export function psheet(args: string[], lang = 'ja_JP.UTF-8', extraEnv: Record<string, string> = {}): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, LANG: lang };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  delete env.PSHEET_DEBUG;
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd: ROOT, encoding: 'utf8', env, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A Node stack trace line (`    at fn (file:1:2)`). */
export const STACK_LINE = /^\s+at .+[:(]/m;
