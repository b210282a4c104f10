/**
 * Test-only builder: .xlsx packages assembled from XML strings with the zip layer's createZip, so a test controls
 * every byte of every part (prefixes, missing `r`, odd targets, BOMs, broken parts).
 */
import { createZip } from '../../../src/host/file/zip';
import { XlsxError, type XlsxProblem } from '../../../src/host/file/xlsx';

export const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const SML_STRICT = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
export const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const DOC_REL_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
export const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';
export const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface SheetSpec {
  name: string;
  /** The worksheet part's whole XML. */
  xml: string | Uint8Array;
  /** Part name in the zip (default xl/worksheets/sheet{n}.xml). */
  part?: string;
  /** The Target written in the workbook's rels (default: relative to the workbook part). */
  target?: string;
  state?: 'hidden' | 'veryHidden';
  /** Relationship kind (default worksheet). */
  kind?: string;
}

export interface PackageSpec {
  sheets: SheetSpec[];
  /** sharedStrings.xml content (omitted: no part, no relationship). */
  sharedStrings?: string | Uint8Array;
  sharedStringsPart?: string;
  styles?: string;
  /** Workbook part name (default xl/workbook.xml). */
  workbookPart?: string;
  /** Markup inside `<workbook>` before `<sheets>` (workbookPr, bookViews). */
  workbookHead?: string;
  /** Markup inside `<workbook>` after `</sheets>` (definedNames). */
  workbookTail?: string;
  /** Whole workbook XML, replacing the generated one. */
  workbookXml?: string;
  strict?: boolean;
  /** `_rels/.rels` content; false: no such part. */
  rootRels?: string | false;
  /** `[Content_Types].xml` content; false: no such part. */
  contentTypes?: string | false;
  /** More parts, e.g. drawings. */
  extraParts?: Record<string, string | Uint8Array>;
  /** More `<Relationship>` elements in the workbook's rels. */
  extraWorkbookRels?: string;
}

const enc = (s: string | Uint8Array): Uint8Array => (typeof s === 'string' ? new TextEncoder().encode(s) : s);

function relTarget(from: string, to: string): string {
  const dir = from.slice(0, from.lastIndexOf('/') + 1);
  return to.startsWith(dir) ? to.slice(dir.length) : '/' + to;
}

export function buildPackage(spec: PackageSpec): Uint8Array {
  const sml = spec.strict ? SML_STRICT : SML;
  const rel = spec.strict ? DOC_REL_STRICT : DOC_REL;
  const wbPart = spec.workbookPart ?? 'xl/workbook.xml';
  const wbDir = wbPart.slice(0, wbPart.lastIndexOf('/') + 1);
  const relsOf = (p: string): string => `${p.slice(0, p.lastIndexOf('/') + 1)}_rels/${p.slice(p.lastIndexOf('/') + 1)}.rels`;
  const parts: { name: string; data: Uint8Array }[] = [];
  const wbRels: string[] = [];
  const sheetsXml = spec.sheets
    .map((s, i) => {
      const part = s.part ?? `xl/worksheets/sheet${i + 1}.xml`;
      parts.push({ name: part, data: enc(s.xml) });
      wbRels.push(`<Relationship Id="rId${i + 1}" Type="${rel}/${s.kind ?? 'worksheet'}" Target="${s.target ?? relTarget(wbPart, part)}"/>`);
      return `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`;
    })
    .join('');
  if (spec.sharedStrings !== undefined) {
    const part = spec.sharedStringsPart ?? `${wbDir}sharedStrings.xml`;
    parts.push({ name: part, data: enc(spec.sharedStrings) });
    wbRels.push(`<Relationship Id="rIdS" Type="${rel}/sharedStrings" Target="${relTarget(wbPart, part)}"/>`);
  }
  if (spec.styles !== undefined) {
    parts.push({ name: `${wbDir}styles.xml`, data: enc(spec.styles) });
    wbRels.push(`<Relationship Id="rIdY" Type="${rel}/styles" Target="styles.xml"/>`);
  }
  const workbook =
    spec.workbookXml ??
    `${DECL}<workbook xmlns="${sml}" xmlns:r="${rel}">${spec.workbookHead ?? ''}<sheets>${sheetsXml}</sheets>${spec.workbookTail ?? ''}</workbook>`;
  parts.push({ name: wbPart, data: enc(workbook) });
  parts.push({ name: relsOf(wbPart), data: enc(`${DECL}<Relationships xmlns="${PKG_REL}">${wbRels.join('')}${spec.extraWorkbookRels ?? ''}</Relationships>`) });
  if (spec.rootRels !== false) {
    parts.push({
      name: '_rels/.rels',
      data: enc(
        spec.rootRels ?? `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="${wbPart}"/></Relationships>`,
      ),
    });
  }
  if (spec.contentTypes !== false) {
    parts.push({
      name: '[Content_Types].xml',
      data: enc(
        spec.contentTypes ??
          `${DECL}<Types xmlns="${CT}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${wbPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
      ),
    });
  }
  for (const [name, data] of Object.entries(spec.extraParts ?? {})) parts.push({ name, data: enc(data) });
  return createZip(parts);
}

/** A worksheet part: `sheetData` inner XML, with markup before/after sheetData. */
export function worksheet(sheetData: string, opts: { before?: string; after?: string; ns?: string; prefix?: string; decl?: boolean } = {}): string {
  const p = opts.prefix ? `${opts.prefix}:` : '';
  const xmlns = opts.prefix ? `xmlns:${opts.prefix}="${opts.ns ?? SML}"` : `xmlns="${opts.ns ?? SML}"`;
  return `${opts.decl === false ? '' : DECL}<${p}worksheet ${xmlns} xmlns:r="${DOC_REL}">${opts.before ?? ''}<${p}sheetData>${sheetData}</${p}sheetData>${opts.after ?? ''}</${p}worksheet>`;
}

/** A sharedStrings part: each item is a plain string (escaped into `<si><t>`) or `{ xml }`, the `<si>`'s inner XML. */
export function sst(items: (string | { xml: string })[], ns = SML): string {
  const si = items.map((s) => (typeof s === 'string' ? `<si><t xml:space="preserve">${xmlEscape(s)}</t></si>` : `<si>${s.xml}</si>`)).join('');
  return `${DECL}<sst xmlns="${ns}" count="${items.length}" uniqueCount="${items.length}">${si}</sst>`;
}

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A one-sheet package from sheetData XML and optional shared strings. */
export function oneSheet(
  sheetData: string,
  opts: { strings?: (string | { xml: string })[]; before?: string; after?: string; styles?: string } = {},
): Uint8Array {
  return buildPackage({
    sheets: [{ name: 'Sheet1', xml: worksheet(sheetData, { before: opts.before, after: opts.after }) }],
    sharedStrings: opts.strings ? sst(opts.strings) : undefined,
    styles: opts.styles,
  });
}

/** The XlsxError `fn` throws (fails on anything else, or nothing). */
export function xlsxErrorOf(fn: () => unknown): XlsxError {
  try {
    fn();
  } catch (e) {
    if (e instanceof XlsxError) return e;
    throw e;
  }
  throw new Error('expected an XlsxError, nothing was thrown');
}

/** 'ok' or the XlsxError reason; any other exception propagates (fails the test). */
export function outcome(fn: () => unknown): 'ok' | XlsxProblem {
  try {
    fn();
    return 'ok';
  } catch (e) {
    if (e instanceof XlsxError) return e.reason;
    throw e;
  }
}

/** Cell texts of a table as a plain grid (for comparisons). */
export function texts(rows: readonly (readonly ({ value: unknown; error?: string } | null | undefined)[])[]): string[][] {
  return rows.map((r) => Array.from(r, (c) => (c ? (c.error ?? (c.value === null ? '' : String(c.value))) : '')));
}
