import { ChildProcess, spawn } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import { constants } from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import { makeScratchDir, names } from './helpers';

const FIXTURE = path.join(__dirname, 'fixtures', 'replace-then-wait.ts');
/** tsx's loader by absolute URL, so the child does not depend on its working folder. */
const TSX = pathToFileURL(require.resolve('tsx')).href;

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeScratchDir()));
afterEach(() => cleanup());

/** Starts the fixture under tsx and resolves once it has stopped in the middle of a replacement. */
function startReplace(file: string, step: 'temp' | 'in-lock'): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', TSX, FIXTURE, file, step], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('READY')) resolve(child);
    });
    child.stderr!.on('data', (d) => (err += d));
    child.on('exit', (code, signal) => reject(new Error(`child ended before READY (${code ?? signal}): ${out}${err}`)));
  });
}

function ended(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
}

test.each<[NodeJS.Signals, 'temp' | 'in-lock', string[]]>([
  ['SIGTERM', 'temp', ['.~psheet-book.xlsx-*.tmp', 'book.xlsx']],
  ['SIGINT', 'in-lock', ['.~psheet-book.xlsx-*.tmp', '.~psheet-book.xlsx.lock', 'book.xlsx']],
  ['SIGHUP', 'temp', ['.~psheet-book.xlsx-*.tmp', 'book.xlsx']],
])(
  '%s while the replacement is at step "%s": the temporary files are removed, the original is untouched, the process dies of the signal',
  async (signal, step, during) => {
    const book = path.join(dir, 'book.xlsx');
    writeFileSync(book, 'original content');
    const child = await startReplace(book, step);
    try {
      expect(names(dir).map((n) => n.replace(/-[0-9a-f]{12}\.tmp$/, '-*.tmp'))).toEqual(during);
      child.kill(signal);
      const { code, signal: died } = await ended(child);
      // Killed by the re-raised signal (the shell shows 128 + its number), or exited with that code.
      expect(died === signal || code === 128 + constants.signals[signal]).toBe(true);
      expect(names(dir)).toEqual(['book.xlsx']);
      expect(readFileSync(book, 'utf8')).toBe('original content');
    } finally {
      child.kill('SIGKILL');
    }
  },
  20_000,
);
