/** Where a command writes and what it may know of its terminal; tests and the benchmark pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** stdout is a terminal (colours are used only then, and only without NO_COLOR). */
  stdoutIsTTY: boolean;
  /** stderr is a terminal: long commands print a progress line per file there, only then. */
  stderrIsTTY?: boolean;
}

export function processIo(): CliIo {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  };
}

/** Colours per https://no-color.org: off when NO_COLOR is set to anything but an empty string. */
export function useColor(io: CliIo): boolean {
  return io.stdoutIsTTY && !io.env.NO_COLOR;
}
