/**
 * Strings: the plain text of an `<si>` (sharedStrings.xml) or an `<is>` (inline string), and sharedStrings.xml itself.
 *
 * Plain text = the `<t>` directly under the element, or the `<t>` of each `<r>` run, concatenated, with `_xHHHH_`
 * escapes decoded (per `<t>`) and white space kept exactly as written (xml:space or not: Excel keeps it). Phonetic runs
 * (`<rPh>`, furigana) and `<phoneticPr>` are not part of the text. Elements of other namespaces (extensions,
 * mc:AlternateContent) are skipped with everything inside them.
 */
import type { ZipEntry } from '../zip';
import { decodeOoxmlText } from './text-escape';
import { NS_SML, parsePartStream, type PartSource } from './xml';

/** Collects the plain text of one `<si>`/`<is>` from the events inside it. */
export class PlainTextCollector {
  private inT = false;
  private phonetic = 0;
  private foreign = 0;
  private buffer = '';
  private t = '';

  reset(): void {
    this.inT = false;
    this.phonetic = 0;
    this.foreign = 0;
    this.buffer = '';
    this.t = '';
  }

  open(ns: number, local: string): void {
    if (this.foreign > 0 || ns !== NS_SML) {
      this.foreign++;
      return;
    }
    if (local === 't') {
      this.inT = this.phonetic === 0;
      this.t = '';
    } else if (local === 'rPh') this.phonetic++;
  }

  close(ns: number, local: string): void {
    if (this.foreign > 0) {
      this.foreign--;
      return;
    }
    if (ns !== NS_SML) return;
    if (local === 't') {
      if (this.inT) this.buffer += decodeOoxmlText(this.t);
      this.inT = false;
    } else if (local === 'rPh') this.phonetic--;
  }

  text(t: string): void {
    if (this.inT) this.t += t;
  }

  /** The plain text (each `<t>` decoded on its own, as Excel does). */
  get value(): string {
    return this.buffer;
  }
}

/** Every shared string's plain text, in order. */
export function readSharedStrings(src: PartSource, entry: ZipEntry, part: string): string[] {
  const out: string[] = [];
  const collector = new PlainTextCollector();
  let depth = 0;
  let siDepth = 0;
  parsePartStream(src, entry, part, {
    open(ns, local) {
      depth++;
      if (siDepth > 0) collector.open(ns, local);
      else if (depth === 2 && ns === NS_SML && local === 'si') {
        siDepth = depth;
        collector.reset();
      }
    },
    close(ns, local) {
      if (siDepth > 0) {
        if (depth === siDepth) {
          out.push(collector.value);
          siDepth = 0;
        } else collector.close(ns, local);
      }
      depth--;
    },
    text(t) {
      if (siDepth > 0) collector.text(t);
    },
  });
  return out;
}
