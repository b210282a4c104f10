/**
 * writeWorkbook: a new .xlsx package from plain sheets.
 */
import { createZip } from '../zip';
import { appXml, contentTypesXml, coreXml, rootRelsXml, workbookRelsXml, workbookXml } from './package-parts';
import { SharedStrings } from './shared-strings';
import { checkSheetNames } from './sheet-names';
import { StyleSheet } from './styles';
import type { NewSheet, WriteWorkbookOptions } from './types';
import { writeWorksheet } from './worksheet';
import { isXmlText } from './xml-text';

const DEFAULT_CREATOR = 'Process Sheet Checker';
/** Deflate level: fast (see WriteWorkbookOptions.level). */
const DEFAULT_LEVEL = 1;

/**
 * The bytes of a new .xlsx workbook holding `sheets` in order (the first one selected). Same input, same bytes
 * (entries are stamped 1980-01-01; pass `created` for reproducible document properties).
 * Throws RangeError/TypeError for a caller bug: a bad or duplicate sheet name, text over 32,767 characters,
 * a number that is not finite, an unknown error value, a link that is neither `#place` nor a URL, layout options
 * that do not fit the rows.
 */
export function writeWorkbook(sheets: NewSheet[], options: WriteWorkbookOptions = {}): Uint8Array {
  checkSheetNames(sheets.map((s) => s.name));
  const creator = options.creator ?? DEFAULT_CREATOR;
  if (!isXmlText(creator)) throw new RangeError('creator holds control characters');
  const created = options.created ?? new Date();
  if (Number.isNaN(created.getTime())) throw new RangeError('created is not a valid date');

  const strings = new SharedStrings();
  const styles = new StyleSheet();
  const written = sheets.map((s, i) => writeWorksheet(s, i, strings, styles));

  const utf8 = new TextEncoder();
  const entries: { name: string; data: Uint8Array }[] = [];
  const add = (name: string, xml: string): void => {
    entries.push({ name, data: utf8.encode(xml) });
  };
  add('[Content_Types].xml', contentTypesXml(sheets.length));
  add('_rels/.rels', rootRelsXml());
  add('docProps/core.xml', coreXml(creator, created));
  add('docProps/app.xml', appXml(sheets.map((s) => s.name)));
  add('xl/workbook.xml', workbookXml(sheets.map((s, i) => ({ name: s.name, filterDatabase: written[i].filterDatabase, printTitles: written[i].printTitles }))));
  add('xl/_rels/workbook.xml.rels', workbookRelsXml(sheets.length));
  add('xl/styles.xml', styles.toXml());
  add('xl/sharedStrings.xml', strings.toXml());
  written.forEach((w, i) => {
    add(`xl/worksheets/sheet${i + 1}.xml`, w.xml);
    if (w.rels) add(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, w.rels);
  });
  return createZip(entries, { level: options.level ?? DEFAULT_LEVEL, crc32: options.crc32, deflate: options.deflate });
}
