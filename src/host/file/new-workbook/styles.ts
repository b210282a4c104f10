/**
 * The style sheet (`xl/styles.xml`): a fixed handful of fonts, fills and borders, and only the cell formats
 * (cellXfs) the cells use, each written once. Index 0 is the default every unstyled cell gets.
 *
 * Every format aligns text to the top (rows grow with wrapped text; short neighbours stay level with its first
 * line), except the header, which is centred vertically, bold, filled, bordered and wrapped.
 */
import { attr, isXmlText } from './xml-text';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Font of the default style: what Japanese Excel uses for new workbooks. */
const FONT_NAME = '游ゴシック';
const FONT_TAIL = `<sz val="11"/><name val="${FONT_NAME}"/><family val="3"/><charset val="128"/>`;

export const FONT = { normal: 0, bold: 1, link: 2 } as const;
const FONTS = [`<font>${FONT_TAIL}</font>`, `<font><b/>${FONT_TAIL}</font>`, `<font><u/><color rgb="FF0563C1"/>${FONT_TAIL}</font>`];

/** Fills 0 and 1 are reserved by the format (none, gray125). */
export const FILL = { none: 0, header: 2, emphasis: 3 } as const;
const solid = (rgb: string): string => `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
const FILLS = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>', solid('FFDDEBF7'), solid('FFF2F2F2')];

export const BORDER = { none: 0, thin: 1 } as const;
const thin = (side: string): string => `<${side} style="thin"><color indexed="64"/></${side}>`;
const BORDERS = [
  '<border><left/><right/><top/><bottom/><diagonal/></border>',
  `<border>${thin('left')}${thin('right')}${thin('top')}${thin('bottom')}<diagonal/></border>`,
];

export type Alignment = 'top' | 'wrap' | 'header';
const ALIGNMENTS: Record<Alignment, string> = {
  top: '<alignment vertical="top"/>',
  wrap: '<alignment vertical="top" wrapText="1"/>',
  header: '<alignment vertical="center" wrapText="1"/>',
};

/** Formats Excel knows by number in every locale (ids 14 to 22, the date formats, follow the locale: not used). */
const BUILT_IN_FORMATS = new Map<string, number>([
  ['General', 0],
  ['0', 1],
  ['0.00', 2],
  ['#,##0', 3],
  ['#,##0.00', 4],
  ['0%', 9],
  ['0.00%', 10],
  ['0.00E+00', 11],
  ['@', 49],
]);
/** First id of custom number formats. */
const FIRST_CUSTOM_FORMAT = 164;
/** Excel's limit on a number format's length. */
const MAX_FORMAT_LENGTH = 255;

export interface CellStyle {
  numFmtId: number;
  font: number;
  fill: number;
  border: number;
  alignment: Alignment;
}

export class StyleSheet {
  private readonly formats = new Map<string, number>();
  private readonly xfIndex = new Map<string, number>();
  private readonly xfs: CellStyle[] = [];

  constructor() {
    this.xf({ numFmtId: 0, font: FONT.normal, fill: FILL.none, border: BORDER.none, alignment: 'top' });
  }

  /** The id of a number format code, custom ones numbered from 164 in order of first use. */
  numFmt(code: string): number {
    const builtIn = BUILT_IN_FORMATS.get(code);
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      if (code.length === 0 || code.length > MAX_FORMAT_LENGTH || !isXmlText(code)) {
        throw new RangeError(`number format "${code}" is empty, longer than ${MAX_FORMAT_LENGTH} characters or holds control characters`);
      }
      id = FIRST_CUSTOM_FORMAT + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  /** The cellXfs index of a style, added on first use. */
  xf(style: CellStyle): number {
    const key = `${style.numFmtId}/${style.font}/${style.fill}/${style.border}/${style.alignment}`;
    let i = this.xfIndex.get(key);
    if (i === undefined) {
      i = this.xfs.length;
      this.xfIndex.set(key, i);
      this.xfs.push({ ...style });
    }
    return i;
  }

  toXml(): string {
    const parts: string[] = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}">`];
    if (this.formats.size > 0) {
      parts.push(`<numFmts count="${this.formats.size}">`);
      for (const [code, id] of this.formats) parts.push(`<numFmt numFmtId="${id}" formatCode="${attr(code)}"/>`);
      parts.push('</numFmts>');
    }
    parts.push(`<fonts count="${FONTS.length}">${FONTS.join('')}</fonts>`);
    parts.push(`<fills count="${FILLS.length}">${FILLS.join('')}</fills>`);
    parts.push(`<borders count="${BORDERS.length}">${BORDERS.join('')}</borders>`);
    parts.push('<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>');
    parts.push(`<cellXfs count="${this.xfs.length}">`);
    for (const s of this.xfs) {
      const apply =
        (s.numFmtId !== 0 ? ' applyNumberFormat="1"' : '') +
        (s.font !== FONT.normal ? ' applyFont="1"' : '') +
        (s.fill !== FILL.none ? ' applyFill="1"' : '') +
        (s.border !== BORDER.none ? ' applyBorder="1"' : '');
      parts.push(
        `<xf numFmtId="${s.numFmtId}" fontId="${s.font}" fillId="${s.fill}" borderId="${s.border}" xfId="0"${apply} applyAlignment="1">${ALIGNMENTS[s.alignment]}</xf>`,
      );
    }
    parts.push('</cellXfs>');
    parts.push('<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>');
    parts.push('<dxfs count="0"/><tableStyles count="0"/>');
    parts.push('</styleSheet>');
    return parts.join('');
  }
}
