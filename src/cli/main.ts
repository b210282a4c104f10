#!/usr/bin/env node
import { langHint, UsageError } from './args';
import { EXIT_USAGE_OR_UNREADABLE } from './exit-codes';
import { strings } from './i18n';
import { CliIo, processIo } from './io';
import { CliConfigError } from './load-config';
import { startEarlyForBigFiles } from './strings-worker-spawn';
import { usageText } from './usage';

type Command = (argv: string[], io: CliIo) => Promise<number>;

/** Commands by name, each loaded only when it runs (start-up is most of a typical run). */
const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./commands/validate')).runValidate,
  'insert-month': async () => (await import('./commands/insert-month')).runInsertMonth,
  consolidate: async () => (await import('./commands/consolidate')).runConsolidate,
};

const HELP = new Set(['-h', '--help', 'help']);

/** Runs `psheet` with the arguments after the program name; resolves to the exit code, never throws. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const lang = langHint(argv, io.env);
  const s = strings(lang);
  if (name === undefined) {
    io.err(usageText());
    return EXIT_USAGE_OR_UNREADABLE;
  }
  if (HELP.has(name)) {
    io.out(usageText());
    return 0;
  }
  if (!Object.prototype.hasOwnProperty.call(COMMANDS, name)) {
    io.err(`psheet: ${s.unknownCommand(name)}\n\n${usageText()}`);
    return EXIT_USAGE_OR_UNREADABLE;
  }
  try {
    const command = await COMMANDS[name]();
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`psheet ${name}: ${e.text[lang]}\n${s.usageHint}\n`);
    } else if (e instanceof CliConfigError) {
      io.err(`psheet ${name}: ${e.text[lang]}\n`);
    } else {
      const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
      io.err(`psheet ${name}: ${s.internalError(detail)}\n`);
      if (io.env.PSHEET_DEBUG && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
    }
    return EXIT_USAGE_OR_UNREADABLE;
  }
}

if (require.main === module) {
  // A closed pipe (`psheet validate … | head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  const argv = process.argv.slice(2);
  // Before the command's modules load: the strings thread of a big workbook starts meanwhile.
  startEarlyForBigFiles(argv[0] ?? '', argv.slice(1));
  main(argv, processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = EXIT_USAGE_OR_UNREADABLE;
    },
  );
}
