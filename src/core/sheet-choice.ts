/**
 * Which sheet of a workbook to validate (DESIGN.md section 2, "Which sheet"): the active sheet when
 * its header is found there (unless its name marks it as an example and a real sheet has a
 * header: staff save while looking at the example); otherwise the first visible sheet with a header whose name does not
 * mark it as an example, a cover or instructions (記入例, 見本, 表紙, 記入要領 …); otherwise the
 * first sheet with a header at all; otherwise the active sheet (which then reports
 * header-not-found). The other sheets holding a header are named in the report.
 */
export interface SheetCandidate {
  name: string;
  /** Hidden or very hidden: never chosen unless asked for by name. */
  hidden: boolean;
}

export interface SheetChoice {
  index: number;
  /** Other sheets that hold a header (visible ones), in workbook order. */
  otherSheets: string[];
}

const NOT_THE_SHEET = /例|見本|サンプル|表紙|要領|記入方法|説明|注意事項|目次|sample|example|cover|instruction|readme|guide/i;

/** The sheet's name marks it as an example, a cover or instructions. */
export function isExampleName(name: string): boolean {
  return NOT_THE_SHEET.test(name.normalize('NFKC'));
}

/**
 * `hasHeader(i)` is asked lazily, at most once a sheet; `active` is the workbook's active sheet.
 */
export function chooseSheet(sheets: readonly SheetCandidate[], active: number, hasHeader: (index: number) => boolean): SheetChoice {
  const known = new Map<number, boolean>();
  const header = (i: number) => {
    let h = known.get(i);
    if (h === undefined) {
      h = hasHeader(i);
      known.set(i, h);
    }
    return h;
  };
  const visible = sheets.map((s, i) => ({ s, i })).filter(({ s }) => !s.hidden);
  const activeIndex = sheets[active] && !sheets[active].hidden ? active : (visible[0]?.i ?? 0);
  let index: number | undefined;
  const real = () => visible.find(({ s, i }) => !isExampleName(s.name) && header(i))?.i;
  if (sheets[activeIndex] && header(activeIndex)) {
    // Staff often save while looking at the example: an active 記入例 gives way to a real sheet.
    index = isExampleName(sheets[activeIndex].name) ? (real() ?? activeIndex) : activeIndex;
  }
  index ??= real();
  index ??= visible.find(({ i }) => header(i))?.i;
  index ??= activeIndex;
  const otherSheets = visible.filter(({ i }) => i !== index && header(i)).map(({ s }) => s.name);
  return { index, otherSheets };
}

/** A sheet asked for by name: the exact name first, then ignoring case, width and surrounding spaces. */
export function findSheetByName(names: readonly string[], wanted: string): number | undefined {
  const exact = names.indexOf(wanted);
  if (exact >= 0) return exact;
  const n = (s: string) => s.normalize('NFKC').trim().toLowerCase();
  const i = names.findIndex((x) => n(x) === n(wanted));
  return i >= 0 ? i : undefined;
}
