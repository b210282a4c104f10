/** Runs `psheet ARGS…` in this process and prints its peak resident memory (MB) on stderr at exit. */
import { main } from '../src/cli/main';
import { processIo } from '../src/cli/io';

process.on('exit', () => process.stderr.write(`\nMAXRSS_MB ${process.resourceUsage().maxRSS / 1024}\n`));
const io = { ...processIo(), out: () => undefined };
main(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
