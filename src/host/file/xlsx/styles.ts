/**
 * Number formats from styles.xml: only `cellXfs` (a cell's `s` → numFmtId) and custom `numFmts` codes are read.
 * Built-in ids have no code in the file; the table below gives the codes ECMA-376 (Part 1, 18.8.30) lists,
 * with the Japanese locale's ids 27-36 and 50-58.
 */
import type { ZipEntry } from '../zip';
import { NS_SML, parsePartStream, type PartSource } from './xml';

const BUILT_IN: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  27: '[$-411]ge.m.d',
  28: '[$-411]ggge"年"m"月"d"日"',
  29: '[$-411]ggge"年"m"月"d"日"',
  30: 'm/d/yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"時"mm"分"',
  33: 'h"時"mm"分"ss"秒"',
  34: 'yyyy"年"m"月"',
  35: 'm"月"d"日"',
  36: '[$-411]ge.m.d',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: '[$-411]ge.m.d',
  51: '[$-411]ggge"年"m"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: '[$-411]ggge"年"m"月"d"日"',
  55: 'yyyy"年"m"月"',
  56: 'm"月"d"日"',
  57: '[$-411]ge.m.d',
  58: '[$-411]ggge"年"m"月"d"日"',
};

/** The code of a built-in number format id, or undefined (General, or an id this table does not know). */
export function builtInNumFmt(id: number): string | undefined {
  return BUILT_IN[id];
}

/**
 * For each cellXfs index, the number format code when it is not General (undefined otherwise).
 * A code that reads "General" (any case) counts as General.
 */
export function readCellFormats(src: PartSource, entry: ZipEntry, part: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  let inNumFmts = false;
  parsePartStream(src, entry, part, {
    open(ns, local, a) {
      if (ns !== NS_SML) return;
      if (local === 'cellXfs') inCellXfs = true;
      else if (local === 'numFmts') inNumFmts = true;
      else if (local === 'xf' && inCellXfs) xfIds.push(Number(a.numFmtId ?? 0));
      else if (local === 'numFmt' && inNumFmts && a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(Number(a.numFmtId), a.formatCode);
    },
    close(ns, local) {
      if (ns !== NS_SML) return;
      if (local === 'cellXfs') inCellXfs = false;
      else if (local === 'numFmts') inNumFmts = false;
    },
    text() {},
  });
  return xfIds.map((id) => {
    const code = custom.get(id) ?? BUILT_IN[id];
    return code === undefined || code.toLowerCase() === 'general' ? undefined : code;
  });
}
