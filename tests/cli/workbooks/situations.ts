import ExcelJS from 'exceljs';
import { addProgressSheet, LabelStyle, progressLines, setActiveSheet, soundInitiative } from './progress-sheet';

/**
 * The workbooks departments really send (DESIGN.md section 2, "Real department workbooks"), one a
 * situation. Each builder says in its comment what a sound validator must make of it at month 10.
 */

/** Full-width digits, as staff type them with a Japanese IME. */
export const fullWidth = (n: number): string => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/**
 * Section titles between initiatives: `１ 行政経営` (with an ideographic space) merged across the table (row 5) and `２ 福祉`
 * alone in column A (row 8). Two defects on purpose so the report has something to group:
 * No.2 (row 7) has no 進捗度, No.3 (row 9) stops at August.
 */
export function sectionsWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  addProgressSheet(wb, 'R7取組実施プロセスシート', [
    { section: '１　行政経営', merged: true },
    { initiative: soundInitiative(1, '窓口サービスの改善') },
    { initiative: soundInitiative(2, '行政手続のオンライン化', { 進捗度: null }) },
    { section: '２　福祉', merged: false },
    { initiative: soundInitiative(3, '見守り活動の推進', { 進捗状況及び課題: progressLines(8) }) },
    { initiative: soundInitiative(4, '居場所づくり') },
  ]);
  return wb;
}

/** Three sound initiatives (rows 5–7), then five unused template rows (8–12): `=ROW()-4` in No., 所管部 copied down. */
export function templateRowsWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  addProgressSheet(wb, 'R7取組実施プロセスシート', [
    { initiative: soundInitiative(1, '窓口サービスの改善') },
    { initiative: soundInitiative(2, '見守り活動の推進') },
    { initiative: soundInitiative(3, '居場所づくり') },
    ...Array.from({ length: 5 }, () => ({ template: true as const, department: '福祉部' })),
  ]);
  return wb;
}

export const EXAMPLE_NOTE = '※記入例です。提出するシートには記入せず、このシートは削除しないでください。';

/** The 記入例 sheet: one example initiative written up to June only (row 5), the red note under it (row 6). */
function addExampleSheet(wb: ExcelJS.Workbook): void {
  addProgressSheet(wb, '記入例', [
    { initiative: soundInitiative(1, '（例）高齢者の見守り活動', { 進捗状況及び課題: progressLines(6) }) },
    { note: EXAMPLE_NOTE },
  ]);
}

function addRealSheet(wb: ExcelJS.Workbook): void {
  addProgressSheet(wb, 'R7取組実施プロセスシート', [
    { initiative: soundInitiative(1, '窓口サービスの改善') },
    { initiative: soundInitiative(2, '見守り活動の推進') },
  ]);
}

/** 記入例 first, the real sheet second and active. */
export function exampleInFrontWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  addExampleSheet(wb);
  addRealSheet(wb);
  setActiveSheet(wb, 1);
  return wb;
}

/**
 * 記入例 first, then 記入要領 (instructions, no header) which is the active sheet, then the real
 * sheet: the active sheet has no header, so the first sheet with one that is not an example is chosen.
 */
export function exampleFirstNotActiveWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  addExampleSheet(wb);
  const guide = wb.addWorksheet('記入要領');
  guide.getCell('A1').value = '取組実施プロセスシートの記入要領';
  guide.getCell('A3').value = '1. 毎月、進捗状況及び課題の欄に「10月:」のように月を付けて記入してください。';
  addRealSheet(wb);
  setActiveSheet(wb, 1);
  return wb;
}

/** Month labels as staff write them; `line` is what insert-month should add for November in that style. */
export const LABEL_STYLES: { name: string; label: LabelStyle; november: string }[] = [
  { name: '月と全角空白', label: (m) => `${fullWidth(m)}月\u3000ALTを活用し、`, november: '１１月\u3000' },
  { name: '【】', label: (m) => `【${m}月】`, november: '【11月】' },
  { name: '【】の行', label: (m) => `【${m}月】\n`, november: '【11月】' },
  { name: '全角括弧', label: (m) => `（${fullWidth(m)}月）`, november: '（１１月）' },
  { name: '全角コロン', label: (m) => `${m}月：`, november: '11月：' },
  { name: '和暦', label: (m) => `令和7年${m}月:`, november: '令和7年11月:' },
  { name: '略号', label: (m) => `R7.${m}月:`, november: 'R7.11月:' },
  { name: '月分', label: (m) => `${m}月分:`, november: '11月:' },
];

/** One sound initiative a label style, rows 5 on. */
export function labelStylesWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  addProgressSheet(
    wb,
    'R7取組実施プロセスシート',
    LABEL_STYLES.map((s, i) => ({ initiative: soundInitiative(i + 1, `取組（${s.name}）`, { 進捗状況及び課題: progressLines(10, s.label) }) })),
  );
  return wb;
}

/** The symbols of a ◎○△× sheet, 〇 (U+3007) and ◯ (U+25EF) among them, rows 5–10. */
export const CIRCLE_SYMBOLS = ['◎', '\u3007', '△', '○', '×', '\u25ef'];

export function circlesWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  addProgressSheet(
    wb,
    'R7取組実施プロセスシート',
    CIRCLE_SYMBOLS.map((s, i) => ({ initiative: soundInitiative(i + 1, `取組${i + 1}`, { 進捗度: s }) })),
  );
  return wb;
}

/** No.2 (row 6) finished in July and is hidden; No.1 and No.3 are sound. */
export function hiddenRowWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  addProgressSheet(wb, 'R7取組実施プロセスシート', [
    { initiative: soundInitiative(1, '窓口サービスの改善') },
    { initiative: soundInitiative(2, '旧庁舎の解体（終了）', { 進捗状況及び課題: progressLines(7) }), hidden: true },
    { initiative: soundInitiative(3, '居場所づくり') },
  ]);
  return wb;
}

/** The only initiative has the bare word 「概要」 as its 取組の概要 (a header word in a data cell). */
export function overviewWordWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  addProgressSheet(wb, 'R7取組実施プロセスシート', [{ initiative: soundInitiative(1, '窓口サービスの改善', { 取組の概要: '概要' }) }]);
  return wb;
}
