/**
 * fflate, loaded when it is first needed: the CLI passes Node's native zlib and never needs it, and its module costs
 * about 10 ms to load (in the main thread and again in the strings worker). A bundler still bundles it (a plain
 * `require` of a package), so the pane's file layer has it at hand synchronously as before.
 */
import type * as Fflate from 'fflate';

let loaded: typeof Fflate | undefined;

export function fflate(): typeof Fflate {
  return (loaded ??= require('fflate') as typeof Fflate);
}
