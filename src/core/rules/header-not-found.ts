import { defineRule, text } from '../rule';

/** Reported by validate() itself when no header row is found; nothing else is checked then. */
export default defineRule({
  code: 'header-not-found',
  severity: 'error',
  description: text('先頭15行に見出し行がない', 'no header row in the first 15 rows'),
});

export function headerNotFoundMessage(sheet: string, rows: number) {
  return text(
    `シート「${sheet}」の先頭${rows}行に見出し行（No.・取組名・進捗状況及び課題 など）が見つかりません`,
    `No header row (No., 取組名, 進捗状況及び課題, …) in the first ${rows} rows of sheet "${sheet}"`,
  );
}
