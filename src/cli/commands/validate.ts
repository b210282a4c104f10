import { Config, DEFAULT_CONFIG } from '../../core/config';
import { parseValidateArgs } from '../args';
import { formatJson } from '../format/json';
import { formatText } from '../format/text';
import { CliIo, useColor } from '../io';
import { loadConfig } from '../load-config';
import { usageText } from '../usage';
import { validateFiles } from '../validate-files';

import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE_OR_UNREADABLE } from '../exit-codes';

export { EXIT_ERRORS, EXIT_OK, EXIT_USAGE_OR_UNREADABLE };

/**
 * `psheet validate FILE… [--month N] [--sheet NAME] [--format text|json] [--lang ja|en] [--config F]`.
 * Exit 0: no error-severity issue; 1: some; 2: a file could not be read (usage and config
 * errors are thrown and turned into exit 2 by main).
 */
export async function runValidate(argv: string[], io: CliIo): Promise<number> {
  const args = parseValidateArgs(argv, io.env);
  if (args.help) {
    io.out(usageText());
    return EXIT_OK;
  }
  const config: Config = args.config !== undefined ? await loadConfig(args.config) : DEFAULT_CONFIG;
  const { report, unreadable } = await validateFiles(args.files, { month: args.month, sheet: args.sheet, lang: args.lang, config });
  io.out(args.format === 'json' ? formatJson(report) : formatText(report, { lang: args.lang, color: useColor(io) }));
  if (unreadable > 0) return EXIT_USAGE_OR_UNREADABLE;
  return report.valid ? EXIT_OK : EXIT_ERRORS;
}
