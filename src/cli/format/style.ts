/** ANSI styles, or plain text when colours are off. */
export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

const COLOURED: Style = {
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  cyan: sgr(36, 39),
  green: sgr(32, 39),
  bold: sgr(1, 22),
  dim: sgr(2, 22),
};

const id = (s: string) => s;
const PLAIN: Style = { red: id, yellow: id, cyan: id, green: id, bold: id, dim: id };

export function style(color: boolean): Style {
  return color ? COLOURED : PLAIN;
}
