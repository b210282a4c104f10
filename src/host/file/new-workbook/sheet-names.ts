/**
 * Sheet names: Excel's rules, checked before anything is written (a bad name is the caller's bug), and the
 * quoted form formulas and defined names use.
 */
import { isXmlText } from './xml-text';

/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME = 31;

/** The problem with `name`, or undefined when Excel accepts it. */
function nameProblem(name: string): string | undefined {
  if (name.length === 0) return 'is empty';
  if (name.length > MAX_SHEET_NAME) return `has ${name.length} characters (at most ${MAX_SHEET_NAME})`;
  const bad = /[[\]:*?/\\]/.exec(name);
  if (bad) return `contains "${bad[0]}" (none of []:*?/\\ is allowed)`;
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe (')";
  if (!isXmlText(name) || /[\t\n\r]/.test(name)) return 'contains a control character';
  return undefined;
}

/** Throws a RangeError naming the first invalid or duplicate (ignoring case) sheet name. */
export function checkSheetNames(names: string[]): void {
  if (names.length === 0) throw new RangeError('a workbook needs at least one sheet');
  const seen = new Map<string, string>();
  for (const name of names) {
    const problem = nameProblem(name);
    if (problem) throw new RangeError(`sheet name "${name}" ${problem}`);
    const key = name.toLowerCase();
    const other = seen.get(key);
    if (other !== undefined) throw new RangeError(`sheet names "${other}" and "${name}" are the same ignoring case`);
    seen.set(key, name);
  }
}

/** The name as a formula or defined name refers to it: always quoted, apostrophes doubled (`'全庁集約'`). */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
