/**
 * The shared string table (`xl/sharedStrings.xml`): every distinct text once, cells refer to it by index.
 * This is what Excel itself writes; repeated texts (department names, 進捗度 symbols, headers) cost one entry.
 */
import { textElement } from './xml-text';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly items: string[] = [];
  /** Number of cells referring to the table (the `count` attribute). */
  private uses = 0;

  /** The index of `s`, added on first use. */
  add(s: string): number {
    this.uses++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.items.length;
      this.index.set(s, i);
      this.items.push(s);
    }
    return i;
  }

  get count(): number {
    return this.uses;
  }

  get uniqueCount(): number {
    return this.items.length;
  }

  toXml(): string {
    const parts: string[] = [
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS}" count="${this.uses}" uniqueCount="${this.items.length}">`,
    ];
    for (const s of this.items) parts.push(`<si>${textElement(s)}</si>`);
    parts.push('</sst>');
    return parts.join('');
  }
}
