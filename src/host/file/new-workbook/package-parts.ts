/**
 * The package around the sheets: content types, relationships, document properties and the workbook part.
 */
import { elementText, attr } from './xml-text';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

/** A sheet as the workbook part lists it. */
export interface WorkbookSheet {
  name: string;
  /** `'name'!$A$2:$P$1501` when the sheet has an autofilter. */
  filterDatabase?: string;
  /** `'name'!$1:$2` when the sheet has header rows. */
  printTitles?: string;
}

export function contentTypesXml(sheetCount: number): string {
  const sheets: string[] = [];
  for (let i = 1; i <= sheetCount; i++) {
    sheets.push(`<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`);
  }
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
    sheets.join('') +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>` +
    '</Types>'
  );
}

export function rootRelsXml(): string {
  return (
    XML_HEAD +
    `<Relationships xmlns="${NS_PACKAGE_RELS}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>'
  );
}

/** W3CDTF as Excel writes it: UTC to the second. */
function w3cdtf(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `creator` has been checked with isXmlText; `created` is a valid date. */
export function coreXml(creator: string, created: Date): string {
  const when = w3cdtf(created);
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${elementText(creator)}</dc:creator><cp:lastModifiedBy>${elementText(creator)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export function appXml(sheetNames: string[]): string {
  return (
    XML_HEAD +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>Process Sheet Checker</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>' +
    `<vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">` +
    sheetNames.map((n) => `<vt:lpstr>${elementText(n)}</vt:lpstr>`).join('') +
    '</vt:vector></TitlesOfParts>' +
    '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>' +
    '</Properties>'
  );
}

/**
 * The workbook part: sheets in order (sheetN.xml is relationship rIdN), then the defined names Excel writes for
 * them — `_xlnm._FilterDatabase` (hidden) for an autofilter and `_xlnm.Print_Titles` for header rows, each local
 * to its sheet, sorted as Excel does (by name ignoring case, then sheet).
 */
export function workbookXml(sheets: WorkbookSheet[]): string {
  const names: { name: string; sheet: number; hidden: boolean; formula: string }[] = [];
  sheets.forEach((s, i) => {
    if (s.filterDatabase) names.push({ name: '_xlnm._FilterDatabase', sheet: i, hidden: true, formula: s.filterDatabase });
    if (s.printTitles) names.push({ name: '_xlnm.Print_Titles', sheet: i, hidden: false, formula: s.printTitles });
  });
  names.sort((a, b) => (a.name === b.name ? a.sheet - b.sheet : a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));
  const defined = names.map(
    (n) => `<definedName name="${n.name}" localSheetId="${n.sheet}"${n.hidden ? ' hidden="1"' : ''}>${elementText(n.formula)}</definedName>`,
  );
  return (
    XML_HEAD +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
    '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>' +
    sheets.map((s, i) => `<sheet name="${attr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    '</sheets>' +
    (defined.length > 0 ? `<definedNames>${defined.join('')}</definedNames>` : '') +
    '</workbook>'
  );
}

export function workbookRelsXml(sheetCount: number): string {
  const rels: string[] = [];
  for (let i = 1; i <= sheetCount; i++) rels.push(`<Relationship Id="rId${i}" Type="${REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`);
  rels.push(`<Relationship Id="rId${sheetCount + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  rels.push(`<Relationship Id="rId${sheetCount + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  return XML_HEAD + `<Relationships xmlns="${NS_PACKAGE_RELS}">` + rels.join('') + '</Relationships>';
}
