import { resolveConfig } from '../../../src/core/config';
import { ruleTester, sheet, soundRow } from '../../helpers/sheet';

const symbol = (value: string | number) => ({ 進捗度: value });
const ARROWS_JA = '↗（計画以上）・→（計画どおり）・↘（遅れ）';
const ARROWS_EN = '↗ (ahead of plan), → (as planned), ↘ (behind plan)';
const CIRCLES_JA = '◎（計画以上）・○（計画どおり）・△/×（遅れ）';
const CIRCLES_EN = '◎ (ahead of plan), ○ (as planned), △/× (behind plan)';
const SABC_JA = 'S（計画以上）・A（計画どおり）・B/C（遅れ）';
const SABC_EN = 'S (ahead of plan), A (as planned), B/C (behind plan)';
const ABCD_JA = 'A（計画以上）・B（計画どおり）・C/D（遅れ）';
const ABCD_EN = 'A (ahead of plan), B (as planned), C/D (behind plan)';

const notAllowed = (cell: string, shown: string, ja = ARROWS_JA, en = ARROWS_EN, hint = { ja: '', en: '' }) => ({
  cell,
  ja: `${cell}: 進捗度「${shown}」は使えません。${ja}のいずれかを記入してください${hint.ja}`,
  en: `${cell}: 進捗度 "${shown}" is not allowed: enter one of ${en}${hint.en}`,
});
const circlesHint = {
  ja: '。この表は ◎ ○ △ × で記入されているようです。設定の symbols.preset を "circles" にすると、その記号で点検します',
  en: '. This sheet seems to use ◎ ○ △ ×: set symbols.preset to "circles" in the configuration to check with that scale',
};
const pinArrows = resolveConfig({ symbols: { preset: 'arrows' } });

ruleTester('symbol-invalid', {
  column: '進捗度',
  valid: [
    { name: '↗', row: symbol('↗') },
    { name: '→', row: symbol('→') },
    { name: '↘', row: symbol('↘') },
    { name: '↗ with the emoji variation selector', row: symbol('↗\uFE0F') },
    { name: 'spaces around the symbol', row: symbol(' → ') },
    { name: 'a blank 進捗度 is symbol-missing', row: symbol('') },
    // DESIGN.md section 2, "Symbol scales": detected per sheet unless the configuration pins one.
    { name: 'a lone ○ row: the sheet is judged with ◎ ○ △ ×', row: symbol('○') },
    { name: 'a ◎○△× sheet with 〇 (U+3007) and ◯ (U+25EF) read as ○', rows: [symbol('◎'), symbol('〇'), symbol('◯'), symbol('△'), symbol('×')] },
    { name: 'an A B C D sheet', rows: [symbol('A'), symbol('B'), symbol('C'), symbol('D')] },
    { name: 'an S A B C sheet', rows: [symbol('S'), symbol('A'), symbol('B'), symbol('C')] },
    { name: 'full-width letters are the letters', rows: [symbol('Ｓ'), symbol('Ａ'), symbol('Ｂ')] },
    { name: 'a pinned ◎○△× scale accepts 〇', rows: [symbol('◎'), symbol('〇')], config: resolveConfig({ symbols: { preset: 'circles' } }) },
    {
      name: 'the cannot-be-assessed value when the configuration allows it',
      row: symbol('-'),
      config: resolveConfig({ symbols: { allowNotAssessable: true } }),
    },
    {
      name: 'a scale of the configuration’s own symbols',
      rows: [symbol('順調'), symbol('遅延')],
      config: resolveConfig({ symbols: { ahead: ['前倒し'], onTrack: ['順調'], behind: ['遅延'] } }),
    },
  ],
  invalid: [
    { name: 'a word on an arrows sheet', row: symbol('順調'), issues: [notAllowed('L3', '順調')] },
    { name: 'a number', row: symbol(3), issues: [notAllowed('L3', '3')] },
    { name: '- unless the configuration allows it', row: symbol('-'), issues: [notAllowed('L3', '-')] },
    {
      name: 'a circle among arrows: the arrows cover more of the sheet',
      rows: [symbol('↗'), symbol('→'), symbol('◎')],
      issues: [notAllowed('L5', '◎')],
    },
    {
      name: 'a ◎○△× sheet lists the circles',
      rows: [symbol('◎'), symbol('○'), symbol('→')],
      issues: [notAllowed('L5', '→', CIRCLES_JA, CIRCLES_EN)],
    },
    {
      name: 'an S A B C sheet',
      rows: [symbol('S'), symbol('A'), symbol('B'), symbol('×')],
      issues: [notAllowed('L6', '×', SABC_JA, SABC_EN)],
    },
    {
      name: 'an A B C D sheet',
      rows: [symbol('A'), symbol('D'), symbol('B'), symbol('E')],
      issues: [notAllowed('L6', 'E', ABCD_JA, ABCD_EN)],
    },
    {
      name: 'a configuration that pins arrows on a ◎○△× sheet names the preset that would fit',
      rows: [symbol('◎'), symbol('〇'), symbol('◯')],
      config: pinArrows,
      issues: [
        notAllowed('L3', '◎', ARROWS_JA, ARROWS_EN, circlesHint),
        notAllowed('L4', '〇', ARROWS_JA, ARROWS_EN, circlesHint),
        notAllowed('L5', '◯', ARROWS_JA, ARROWS_EN, circlesHint),
      ],
    },
    {
      name: 'a configuration that pins ◎○△× on an arrows sheet names arrows',
      rows: [symbol('↗'), symbol('→')],
      config: resolveConfig({ symbols: { preset: 'circles' } }),
      issues: [
        notAllowed('L3', '↗', CIRCLES_JA, CIRCLES_EN, {
          ja: '。この表は ↗ → ↘ で記入されているようです。設定の symbols.preset を "arrows" にすると、その記号で点検します',
          en: '. This sheet seems to use ↗ → ↘: set symbols.preset to "arrows" in the configuration to check with that scale',
        }),
        notAllowed('L4', '→', CIRCLES_JA, CIRCLES_EN, {
          ja: '。この表は ↗ → ↘ で記入されているようです。設定の symbols.preset を "arrows" にすると、その記号で点検します',
          en: '. This sheet seems to use ↗ → ↘: set symbols.preset to "arrows" in the configuration to check with that scale',
        }),
      ],
    },
    {
      name: 'no hint when no preset covers the sheet',
      rows: [symbol('→'), symbol('順調')],
      config: pinArrows,
      issues: [notAllowed('L4', '順調')],
    },
    {
      name: 'a scale of the configuration’s own symbols is listed',
      rows: [symbol('順調'), symbol('→')],
      config: resolveConfig({ symbols: { ahead: ['前倒し'], onTrack: ['順調'], behind: ['遅延'] } }),
      issues: [notAllowed('L4', '→', '前倒し（計画以上）・順調（計画どおり）・遅延（遅れ）', '前倒し (ahead of plan), 順調 (as planned), 遅延 (behind plan)')],
    },
    {
      name: 'a hidden row',
      table: { ...sheet([soundRow({ 'No.': 1 }), soundRow({ 'No.': 2, ...symbol('?') })]), hiddenRows: [3] },
      issues: [
        {
          ...notAllowed('L4', '?'),
          hidden: true,
          ja: `L4（非表示の行）: 進捗度「?」は使えません。${ARROWS_JA}のいずれかを記入してください`,
          en: `L4 (hidden row): 進捗度 "?" is not allowed: enter one of ${ARROWS_EN}`,
        },
      ],
    },
  ],
});
