/**
 * fast-check generators of progress and plan cells built from the month grammar of DESIGN.md
 * section 2, with the variants real files show (full-width digits and colons, wave dashes,
 * dashes between month numbers, `\r\n`), continuation lines and noise lines of any Unicode.
 */
import fc from 'fast-check';

const FULL = '０１２３４５６７８９';

export const month = fc.integer({ min: 1, max: 12 });

/** A month number with each digit half- or full-width. */
const num = (n: number) => fc.tuple(...[...String(n)].map((d) => fc.constantFrom(d, FULL[Number(d)]))).map((ds) => ds.join(''));
const monthNum = month.chain(num);
const colon = fc.constantFrom(':', ':', '：', ' :', '\uFE55');
const lead = fc.constantFrom('', '', '', ' ', '\u3000');
const wave = fc.constantFrom('~', '〜', '～', '∼');
const rangeMark = fc.oneof(wave, fc.constantFrom('ー', '−', '-', '‐'));

/** A label: single, 頃, list, range (also across the year end, or backwards = no label), open range, word. */
export const label: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(lead, monthNum, colon).map(([l, m, c]) => `${l}${m}月${c}`),
  fc.tuple(lead, monthNum, colon).map(([l, m, c]) => `${l}${m}月頃${c}`),
  fc
    .tuple(lead, fc.array(monthNum, { minLength: 2, maxLength: 4 }), fc.constantFrom('・', '、', ','), fc.boolean(), colon)
    .map(([l, ms, sep, onlyLast, c]) => `${l}${ms.map((m, i) => (onlyLast && i < ms.length - 1 ? m : `${m}月`)).join(sep)}${c}`),
  fc.tuple(lead, monthNum, fc.boolean(), rangeMark, monthNum, colon).map(([l, a, first月, mark, b, c]) => `${l}${a}${first月 ? '月' : ''}${mark}${b}月${c}`),
  fc.tuple(lead, monthNum, wave, colon).map(([l, a, mark, c]) => `${l}${a}月${mark}${c}`),
  fc.tuple(fc.constantFrom('通年', '随時', '上半期', '下半期', '年間'), colon).map(([w, c]) => w + c),
);

/** Any UTF-16 unit, lone surrogates included. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Text of any kind; may hold line breaks. */
export const anyText = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: anyUnit, maxLength }),
  );

/** Words and dates that look like the grammar without being labels, and invisible or combining characters. */
const tricky = fc.constantFrom(
  '6月6日より受付',
  '第1回会議を開催',
  '7月3日:説明会',
  '(180件)',
  '令和7年度実績 15件',
  '↗️',
  '\u200B',
  '\u0301',
  '①②',
  '𠮷',
  '　',
  ' ',
  '13月:',
  '0月:',
  '月:',
  '4月から',
);

/** A line without line breaks. */
export const noiseLine: fc.Arbitrary<string> = fc.oneof(tricky, anyText(16)).map((s) => s.replace(/[\r\n]/g, ''));

/** One entry: a label with text after it (or none) and 0–2 continuation lines. */
const entry = fc.tuple(label, fc.oneof(fc.constant(''), noiseLine), fc.array(noiseLine, { maxLength: 2 })).map(([l, body, more]) => [l + body, ...more]);

/** A cell: optional lines before the first label, entries, `\n` or `\r\n`, optional trailing breaks. */
export const cellText: fc.Arbitrary<string> = fc
  .tuple(fc.array(noiseLine, { maxLength: 1 }), fc.array(entry, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.constantFrom(0, 0, 0, 1, 2))
  .map(([pre, entries, br, trailing]) => [...pre, ...entries.flat()].join(br) + br.repeat(trailing));

/** Mostly grammar cells, sometimes any text at all (mixed or lone `\r` breaks, lone surrogates). */
export const anyCell: fc.Arbitrary<string> = fc.oneof({ arbitrary: cellText, weight: 4 }, { arbitrary: anyText(200), weight: 1 });

/** A template: often one starting with a month label, sometimes anything with placeholders. */
export const template: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('{month}月:', '{month}月頃:', '{month}月：', ' {month}月:'),
      fc.array(fc.oneof(noiseLine, fc.constantFrom('{plan}', '{month}', '\n', '（計画: {plan}）')), { maxLength: 3 }),
    )
    .map(([head, rest]) => head + rest.join('')),
  fc.array(fc.oneof(anyText(6), fc.constantFrom('{plan}', '{month}', '月', ':', '~', '月:', '頃')), { maxLength: 5 }).map((parts) => parts.join('')),
);
