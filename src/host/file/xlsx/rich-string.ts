/**
 * A string's structure for patching: its runs (the `<rPr>` XML of each, verbatim, and its plain text), its phonetic
 * runs (`<rPh>`, verbatim but for `sb`/`eb`) and `<phoneticPr>`, parsed from one `<si>` or `<is>` element's text; and
 * the `<is>` written back with text inserted.
 *
 * The plain text is computed as the reader computes it (strings.ts): `<t>` directly under the element or in each
 * `<r>`, each decoded on its own, phonetic text excluded.
 */
import { insertPlainRun } from '../../../core/text-runs';
import { splitStartTag, prefixOf, nameAt } from './start-tag';
import { decodeOoxmlText, encodeCellText, needsPreserve } from './text-escape';
import { NS_SML, parseText, type XmlTokenizer } from './xml';

export interface RichRun {
  /** The run's `<rPr>…</rPr>` as written, when it has one. */
  rPr?: string;
  text: string;
}

export interface PhoneticRun {
  /** Base text range the reading covers, in UTF-16 code units [sb, eb). */
  sb: number;
  eb: number;
  /** The whole `<rPh>` element as written. */
  xml: string;
  /** Its start tag as written (the part whose sb/eb a shift rewrites). */
  startTag: string;
}

export interface RichString {
  /** The prefix the source element was written with (`x:` or ''): copied XML is re-prefixed when the target's differs. */
  prefix: string;
  /** Whether the text is made of `<r>` runs (rich text), not a single `<t>`. */
  rich: boolean;
  runs: RichRun[];
  phonetics: PhoneticRun[];
  phoneticPr?: string;
  /** The plain text. */
  text: string;
}

/** A plain string's structure (a number-less text, a formula's cached string, a blank cell). */
export function plainString(text: string): RichString {
  return { prefix: '', rich: false, runs: text === '' ? [] : [{ text }], phonetics: [], text };
}

/** Parses one `<si>`/`<is>` element's text (cut out of its part: unbound prefixes are taken as SpreadsheetML). */
export function parseRichString(fragment: string, part: string): RichString {
  const out: RichString = { prefix: prefixOf(nameAt(fragment, 0)), rich: false, runs: [], phonetics: [], text: '' };
  let tokenizer: XmlTokenizer | undefined;
  let depth = 0;
  let foreign = 0;
  let run: RichRun | undefined;
  let inT = false;
  let tText = '';
  let spanStart = -1;
  let spanKind = '';
  let phonetic: { sb: number; eb: number; startTag: string } | undefined;
  const startOf = (): number => fragment.lastIndexOf('<', tokenizer!.position - 1);
  parseText(
    fragment,
    part,
    {
      open(ns, local, a) {
        depth++;
        if (foreign > 0 || ns !== NS_SML) {
          foreign++;
          return;
        }
        if (depth === 2) {
          if (local === 't') {
            run = { text: '' };
            inT = true;
            tText = '';
          } else if (local === 'r') {
            run = { text: '' };
            out.rich = true;
          } else if (local === 'rPh' || local === 'phoneticPr') {
            spanStart = startOf();
            spanKind = local;
            if (local === 'rPh') phonetic = { sb: Number(a.sb ?? 0), eb: Number(a.eb ?? 0), startTag: fragment.slice(spanStart, tokenizer!.position) };
          }
        } else if (depth === 3 && run && spanKind === '') {
          if (local === 'rPr') spanStart = startOf();
          else if (local === 't') {
            inT = true;
            tText = '';
          }
        }
      },
      close(ns, local) {
        const d = depth--;
        if (foreign > 0) {
          foreign--;
          return;
        }
        if (d === 3 && run && spanKind === '') {
          if (local === 'rPr' && spanStart >= 0) {
            run.rPr = fragment.slice(spanStart, tokenizer!.position);
            spanStart = -1;
          } else if (local === 't' && inT) {
            run.text += decodeOoxmlText(tText);
            inT = false;
          }
        } else if (d === 2) {
          if ((local === 't' || local === 'r') && run) {
            if (local === 't') run.text += decodeOoxmlText(tText);
            inT = false;
            out.runs.push(run);
            out.text += run.text;
            run = undefined;
          } else if (local === spanKind && spanStart >= 0) {
            const xml = fragment.slice(spanStart, tokenizer!.position);
            if (phonetic) out.phonetics.push({ ...phonetic, xml });
            else out.phoneticPr = xml;
            phonetic = undefined;
            spanStart = -1;
            spanKind = '';
          }
        }
      },
      text(t) {
        if (inT && foreign === 0) tText += t;
      },
    },
    (t) => (tokenizer = t),
    NS_SML,
  );
  return out;
}

/** Rewrites the tags of `xml` written with prefix `from` to prefix `to` (identity when they are the same). */
export function reprefix(xml: string, from: string, to: string): string {
  if (from === to) return xml;
  return xml.replace(/<(\/?)((?:[A-Za-z_][\w.-]*:)?)([A-Za-z_][\w.-]*)/g, (m, slash: string, p: string, local: string) =>
    p === from ? `<${slash}${to}${local}` : m,
  );
}

function tElement(p: string, text: string): string {
  return `<${p}t${needsPreserve(text) ? ' xml:space="preserve"' : ''}>${encodeCellText(text)}</${p}t>`;
}

/** A phonetic run's start tag with sb/eb moved by `shift`. */
function shiftedPhonetic(ph: PhoneticRun, shift: number): string {
  const tag = splitStartTag(ph.startTag);
  let s = '<' + tag.name;
  for (const a of tag.attributes) {
    if (a.name === 'sb' || a.name === 'eb') s += ` ${a.name}="${(a.name === 'sb' ? ph.sb : ph.eb) + shift}"`;
    else s += a.raw;
  }
  s += tag.selfClosing ? '/>' : '>';
  return s + ph.xml.slice(ph.startTag.length);
}

/**
 * The `<is>` element holding the string with `inserted` at `at` (UTF-16 index into its plain text), written with
 * prefix `p` (the cell's). Rich text: every run kept with its `<rPr>` verbatim, the run `at` falls in split (both
 * halves keep the `<rPr>`), the inserted text a run of its own without `<rPr>` (as the Office adapter does). Phonetic
 * runs after `at` are shifted by the inserted length; one whose base text spans `at` (sb < at < eb) no longer
 * matches any text and is dropped (Excel would show a wrong reading otherwise). `<phoneticPr>` is kept.
 */
export function renderInlineString(rs: RichString, at: number, inserted: string, p: string): string {
  const fix = (xml: string): string => reprefix(xml, rs.prefix, p);
  let body = '';
  if (rs.rich) {
    for (const r of insertPlainRun(rs.runs, at, inserted)) {
      const rPr = (r as RichRun).rPr;
      body += `<${p}r>${rPr ? fix(rPr) : ''}${tElement(p, r.text)}</${p}r>`;
    }
  } else body = tElement(p, rs.text.slice(0, at) + inserted + rs.text.slice(at));
  const shift = inserted.length;
  for (const ph of rs.phonetics) {
    if (shift === 0 || at >= ph.eb) body += fix(ph.xml);
    else if (at <= ph.sb) body += fix(shiftedPhonetic(ph, shift));
    // else: sb < at < eb, dropped (see above)
  }
  if (rs.phoneticPr) body += fix(rs.phoneticPr);
  return `<${p}is>${body}</${p}is>`;
}
