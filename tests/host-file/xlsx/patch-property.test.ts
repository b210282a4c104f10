/**
 * patchCells on random sheets (shared, inline and rich strings, formulas, numbers, booleans, merges, rows and cells
 * with and without `r`, prefixed or not) with random edits of text and blank cells.
 */
import fc from 'fast-check';
import { insertPlainRun } from '../../../src/core/text-runs';
import { address, cellText, parseAddress } from '../../../src/core/table';
import { openXlsx, readSheet, type CellEdit } from '../../../src/host/file/xlsx';
import { planPatch } from '../../../src/host/file/xlsx/patch';
import { parseRichString } from '../../../src/host/file/xlsx/rich-string';
import { buildPackage, sst, worksheet } from './builder';
import { otherEntriesIdentical, partText, patchAndRead } from './patch-helpers';

const SHEET = 'xl/worksheets/sheet1.xml';

/** Test-side encoding of cell text (independent of the layer's): markup escaped, literal _xHHHH_ protected. */
function xmlText(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_');
}

const text = fc
  .array(fc.constantFrom('a', 'Z', 'あ', '月', '𠮷', '&', '<', '>', ' ', '\n', '\t', '_x000D_', '"', ':'), { minLength: 0, maxLength: 6 })
  .map((a) => a.join(''));
const nonEmptyText = text.filter((s) => s.length > 0);
const RPRS = ['<rPr><b/></rPr>', '<rPr><i/><sz val="9"/><color rgb="FF0000FF"/></rPr>', ''];
const run = fc.record({ rPr: fc.constantFrom(...RPRS), text: nonEmptyText });
const rich = fc.record({ runs: fc.array(run, { minLength: 1, maxLength: 3 }), phonetic: fc.boolean() });

type Kind =
  | { k: 'none' }
  | { k: 'blank' }
  | { k: 'num'; n: number }
  | { k: 'bool'; b: boolean }
  | { k: 'shared'; s: string }
  | { k: 'sharedRich'; r: { runs: { rPr: string; text: string }[]; phonetic: boolean } }
  | { k: 'inline'; s: string }
  | { k: 'inlineRich'; r: { runs: { rPr: string; text: string }[]; phonetic: boolean } }
  | { k: 'formula'; s: string };

const kind: fc.Arbitrary<Kind> = fc.oneof(
  fc.constant<Kind>({ k: 'none' }),
  fc.constant<Kind>({ k: 'blank' }),
  fc.integer({ min: -1000, max: 100000 }).map<Kind>((n) => ({ k: 'num', n })),
  fc.boolean().map<Kind>((b) => ({ k: 'bool', b })),
  text.map<Kind>((s) => ({ k: 'shared', s })),
  rich.map<Kind>((r) => ({ k: 'sharedRich', r })),
  text.map<Kind>((s) => ({ k: 'inline', s })),
  rich.map<Kind>((r) => ({ k: 'inlineRich', r })),
  text.map<Kind>((s) => ({ k: 'formula', s })),
);

const sheetArb = fc.record({
  grid: fc.array(fc.array(kind, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
  omitRefs: fc.boolean(),
  prefix: fc.constantFrom('', 'x'),
  merge: fc.option(fc.record({ row: fc.nat(4), col: fc.nat(3) }), { nil: undefined }),
  extraRows: fc.nat(2),
});

function richXml(r: { runs: { rPr: string; text: string }[]; phonetic: boolean }, p: string): string {
  const runs = r.runs.map((x) => `<${p}r>${x.rPr.replace(/<(\/?)/g, `<$1${p}`)}<${p}t xml:space="preserve">${xmlText(x.text)}</${p}t></${p}r>`).join('');
  const ph = r.phonetic ? `<${p}rPh sb="0" eb="1"><${p}t>ヨミ</${p}t></${p}rPh><${p}phoneticPr fontId="0"/>` : '';
  return runs + ph;
}

interface SheetSpec {
  grid: Kind[][];
  omitRefs: boolean;
  prefix: string;
  merge?: { row: number; col: number };
  extraRows: number;
}

function build(spec: SheetSpec) {
  const p = spec.prefix ? `${spec.prefix}:` : '';
  const strings: (string | { xml: string })[] = [];
  const rows: string[] = [];
  spec.grid.forEach((cells, r) => {
    let xml = '';
    let prevCol = -1;
    cells.forEach((c, col) => {
      if (c.k === 'none') return;
      const ref = spec.omitRefs && col === prevCol + 1 ? '' : ` r="${address(r, col)}"`;
      prevCol = col;
      const open = (attrs: string) => `<${p}c${ref}${attrs}>`;
      const close = `</${p}c>`;
      switch (c.k) {
        case 'blank':
          xml += `<${p}c${ref} s="1"/>`;
          break;
        case 'num':
          xml += `${open('')}<${p}v>${c.n}</${p}v>${close}`;
          break;
        case 'bool':
          xml += `${open(' t="b"')}<${p}v>${c.b ? 1 : 0}</${p}v>${close}`;
          break;
        case 'shared':
          strings.push(c.s);
          xml += `${open(' t="s" s="2"')}<${p}v>${strings.length - 1}</${p}v>${close}`;
          break;
        case 'sharedRich':
          strings.push({ xml: richXml(c.r, '') });
          xml += `${open(' t="s"')}<${p}v>${strings.length - 1}</${p}v>${close}`;
          break;
        case 'inline':
          xml += `${open(' t="inlineStr"')}<${p}is><${p}t xml:space="preserve">${xmlText(c.s)}</${p}t></${p}is>${close}`;
          break;
        case 'inlineRich':
          xml += `${open(' t="inlineStr" s="3"')}<${p}is>${richXml(c.r, p)}</${p}is>${close}`;
          break;
        case 'formula':
          xml += `${open(' t="str"')}<${p}f>"${xmlText(c.s).replace(/"/g, '&quot;')}"</${p}f><${p}v>${xmlText(c.s)}</${p}v>${close}`;
          break;
      }
    });
    const rowRef = spec.omitRefs ? '' : ` r="${r + 1}"`;
    rows.push(`<${p}row${rowRef}>${xml}</${p}row>`);
  });
  const m = spec.merge;
  const after = m ? `<${p}mergeCells count="1"><${p}mergeCell ref="${address(m.row, m.col)}:${address(m.row, m.col + 1)}"/></${p}mergeCells>` : '';
  const xml = worksheet(rows.join(''), { prefix: spec.prefix || undefined, after });
  return buildPackage({ sheets: [{ name: 'P', xml }], sharedStrings: sst(strings) });
}

/** Editable cells of the generated grid: text and blank cells, and cells beyond it, never covered by the merge. */
function editable(spec: { grid: Kind[][]; merge?: { row: number; col: number }; extraRows: number }): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  const rows = spec.grid.length + spec.extraRows;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < 6; c++) {
      const k = spec.grid[r]?.[c]?.k ?? 'none';
      if (!['none', 'blank', 'shared', 'sharedRich', 'inline', 'inlineRich'].includes(k)) continue;
      if (spec.merge && r === spec.merge.row && c === spec.merge.col + 1) continue;
      out.push({ row: r, col: c });
    }
  }
  return out;
}

test('patches change only the edited cells, read back as edited, and keep runs', () => {
  fc.assert(
    fc.property(
      sheetArb.chain((spec) => {
        const cells = editable(spec);
        const edits = fc
          .subarray(cells, { minLength: 1, maxLength: Math.min(4, cells.length) })
          .chain((chosen) => fc.tuple(...chosen.map((c) => fc.tuple(fc.constant(c), fc.double({ min: 0, max: 1, noNaN: true }), text))));
        return fc.tuple(fc.constant(spec), cells.length > 0 ? edits : fc.constant([]));
      }),
      ([spec, picks]) => {
        if (picks.length === 0) return;
        const bytes = build(spec);
        const book = openXlsx(bytes);
        const before = readSheet(book, 0);
        const edits: CellEdit[] = picks.map(([c, f, ins]) => {
          const now = cellText(before.rows[c.row]?.[c.col]);
          return { address: address(c.row, c.col), before: now, at: Math.round(f * now.length), inserted: ins };
        });
        const { out, table } = patchAndRead(bytes, edits);

        // 1. Every other entry is byte-identical.
        otherEntriesIdentical(bytes, out, SHEET);

        // 2. Outside the replaced spans the worksheet text is unchanged; each replaced span was a <c> element.
        const inText = partText(bytes, SHEET);
        const outText = partText(out, SHEET);
        const reps = planPatch(book, inText, SHEET, 'P', edits).sort((x, y) => x.start - y.start || x.end - y.end);
        let delta = 0;
        let from = 0;
        for (const r of reps) {
          expect(outText.slice(from + delta, r.start + delta)).toBe(inText.slice(from, r.start));
          const old = inText.slice(r.start, r.end);
          if (r.end > r.start)
            expect(old).toMatch(new RegExp(`^<${spec.prefix ? spec.prefix + ':' : ''}c[ />][\\s\\S]*(/>|</${spec.prefix ? spec.prefix + ':' : ''}c>)$`));
          else expect(r.text).toMatch(/^<(x:)?(c|row)[ >]/);
          expect(outText.slice(r.start + delta, r.start + delta + r.text.length)).toBe(r.text);
          delta += r.text.length - (r.end - r.start);
          from = r.end;
        }
        expect(outText.slice(from + delta)).toBe(inText.slice(from));

        // 3. Edited cells read as edited; removing the insertion gives the old text back; every other cell is unchanged.
        const edited = new Map(edits.map((e) => [e.address, e]));
        const height = Math.max(before.rows.length, table.rows.length);
        for (let r = 0; r < height; r++) {
          const width = Math.max(before.rows[r]?.length ?? 0, table.rows[r]?.length ?? 0);
          for (let c = 0; c < width; c++) {
            const e = edited.get(address(r, c));
            const now = table.rows[r]?.[c] ?? null;
            if (!e) {
              const was = before.rows[r]?.[c] ?? null;
              // A merge is clipped to the cells present: a new cell can widen it over blank covered cells.
              if (was === null && now?.mergedFrom) continue;
              // Covered cells show their top-left cell, which may be an edited one.
              if (was?.mergedFrom && edited.has(was.mergedFrom)) {
                const m = parseAddress(was.mergedFrom)!;
                expect(now).toEqual({ value: table.rows[m.row][m.col]?.value, mergedFrom: was.mergedFrom });
                continue;
              }
              expect(now).toEqual(was);
              continue;
            }
            const t = cellText(now);
            expect(t).toBe(e.before.slice(0, e.at) + e.inserted + e.before.slice(e.at));
            expect(t.slice(0, e.at) + t.slice(e.at + e.inserted.length)).toBe(e.before);
          }
        }

        // 4. Rich runs: the new cell's runs are the old runs with a plain run inserted, rPr kept verbatim.
        for (const e of edits) {
          const pos = { row: Number(e.address.replace(/^[A-Z]+/, '')) - 1, col: e.address.charCodeAt(0) - 65 };
          const k = spec.grid[pos.row]?.[pos.col];
          if (!k || (k.k !== 'sharedRich' && k.k !== 'inlineRich')) continue;
          const p = spec.prefix ? `${spec.prefix}:` : '';
          // The cell's own replacement: the same edit planned alone.
          const [own] = planPatch(book, inText, SHEET, 'P', [e]);
          const xml = own.text;
          const isXml = xml.slice(xml.indexOf(`<${p}is>`), xml.lastIndexOf(`</${p}is>`) + `</${p}is>`.length);
          const got = parseRichString(isXml, SHEET).runs.map((r) => ({ rPr: r.rPr ?? '', text: r.text }));
          const oldRuns = k.r.runs.map((r) => ({ rPr: r.rPr.replace(/<(\/?)/g, `<$1${p}`), text: r.text }));
          const expected = insertPlainRun(oldRuns, e.at, e.inserted).map((r) => ({ rPr: (r as { rPr?: string }).rPr ?? '', text: r.text }));
          expect(got).toEqual(expected);
          if (k.r.phonetic) expect(isXml).toContain(`<${p}phoneticPr fontId="0"/>`);
        }
      },
    ),
    { numRuns: 150, seed: 20251125 },
  );
});
