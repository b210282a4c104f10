import { resolveConfig } from '../../../src/core/config';
import { ruleTester, sheet, soundRow } from '../../helpers/sheet';

const symbol = (value: string | null) => ({ 進捗度: value });
const ARROWS_JA = '↗（計画以上）・→（計画どおり）・↘（遅れ）';
const ARROWS_EN = '↗ (ahead of plan), → (as planned), ↘ (behind plan)';
const blankAt = (cell: string, ja = ARROWS_JA, en = ARROWS_EN) => ({
  cell,
  ja: `${cell}: 進捗度が空欄です。${ja}のいずれかを記入してください`,
  en: `${cell}: 進捗度 is blank: enter one of ${en}`,
});

ruleTester('symbol-missing', {
  column: '進捗度',
  valid: [
    { name: 'an arrow', row: symbol('↘') },
    { name: 'a symbol that is not allowed is symbol-invalid instead', row: symbol('順調') },
    { name: '〇 (U+3007) is a symbol', row: symbol('〇') },
    { name: 'the cannot-be-assessed value', row: symbol('-'), config: resolveConfig({ symbols: { allowNotAssessable: true } }) },
  ],
  invalid: [
    { name: 'an empty string', row: symbol(''), issues: [blankAt('L3')] },
    { name: 'spaces only (full-width too)', row: symbol(' 　'), issues: [blankAt('L3')] },
    { name: 'no value', row: symbol(null), issues: [blankAt('L3')] },
    {
      name: 'every 進捗度 blank: the default scale (arrows) is listed',
      rows: [symbol(null), symbol(null)],
      issues: [blankAt('L3'), blankAt('L4')],
    },
    {
      name: 'on a ◎○△× sheet the circles are listed with their meaning',
      rows: [symbol('◎'), symbol(null), symbol('△')],
      issues: [blankAt('L4', '◎（計画以上）・○（計画どおり）・△/×（遅れ）', '◎ (ahead of plan), ○ (as planned), △/× (behind plan)')],
    },
    {
      name: 'on an A B C D sheet',
      rows: [symbol('B'), symbol('D'), symbol('')],
      issues: [blankAt('L5', 'A（計画以上）・B（計画どおり）・C/D（遅れ）', 'A (ahead of plan), B (as planned), C/D (behind plan)')],
    },
    {
      name: 'the cannot-be-assessed value is offered when allowed',
      rows: [symbol('→'), symbol('')],
      config: resolveConfig({ symbols: { allowNotAssessable: true } }),
      issues: [blankAt('L4', `${ARROWS_JA}・-（評価できない）`, `${ARROWS_EN}, - (cannot be assessed)`)],
    },
    {
      name: 'a hidden row',
      table: { ...sheet([soundRow(symbol(null))]), hiddenRows: [2] },
      issues: [
        {
          cell: 'L3',
          hidden: true,
          ja: `L3（非表示の行）: 進捗度が空欄です。${ARROWS_JA}のいずれかを記入してください`,
          en: `L3 (hidden row): 進捗度 is blank: enter one of ${ARROWS_EN}`,
        },
      ],
    },
  ],
});
