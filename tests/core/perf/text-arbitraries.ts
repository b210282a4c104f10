import fc from 'fast-check';

/**
 * Characters that make normalisation and parsing interesting: ASCII, full-width forms, the spaces
 * JavaScript and NFKC know, invisible characters, combining marks (accents, kana voicing marks),
 * half-width kana, circled and parenthesised numbers, wave marks and dashes, label characters,
 * counters, symbols.
 */
export const TRICKY = [
  ...'aeR r1234567890.,:;()[]~-/',
  ...'４５１０：（）［］～－，．',
  ' ',
  '\t',
  '\u3000',
  '\u00a0',
  '\u2000',
  '\u2009',
  '\u202f',
  '\ufeff',
  '\u200b',
  '\u200c',
  '\u200d',
  '\ufe0f',
  '\ufe0e',
  '\u000b',
  '\u000c',
  '\u0301',
  '\u0308',
  '\u0338',
  '\u3099',
  '\u309a',
  '\u309b',
  ...'かはウ',
  ...'ｶﾞﾊﾟｰ',
  ...'①⑷㋃㈱½Ⅳ',
  ...'〜∼〰⁓ー−‐‑―–—',
  ...'月年度令和頃分通年随時上下半期間【】〔〕〈〉《》・、',
  ...'件名人団体回箇所社施設事業所第日',
  ...'↗→↘←○〇◯◎△×※é',
  '\u1100',
  '\u1161',
  '\u0b47',
  '\u0b3e',
];

/** A string of up to `max` characters drawn from `chars`. */
export function textOf(chars: readonly string[], max: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...chars), { maxLength: max }).map((a) => a.join(''));
}

/** Pieces of progress cells: labels as staff write them, and tricky text. */
const LABELS = [
  '4月:',
  '４月：',
  '10月 ',
  '【5月】',
  '［６月］',
  '(7月)',
  '（８月）',
  '9月頃:',
  '4~9月:',
  '4〜9月:',
  '4ー9月:',
  '4−9月:',
  '4‑9月:',
  '5・6・7月:',
  '4月~:',
  '令和7年4月:',
  '令和6年4月:',
  'R7.5月:',
  '2025年6月:',
  '通年:',
  '随時:',
  '上半期:',
  '⑷月:',
  '㋃:',
  '4\u0301月:',
  '4月\u200b:',
  '\u200b4月:',
  '\ufeff5月:',
  ' 4月:',
  '\u30004月:',
  '4/1 ',
  '5月3日に',
  '',
];

const line = fc.tuple(fc.constantFrom(...LABELS), textOf(TRICKY, 12)).map(([l, t]) => l + t);

/** A progress cell: lines of labels and text, with any line break. */
export const progressText: fc.Arbitrary<string> = fc
  .tuple(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, br]) => lines.join(br));
