import ExcelJS from 'exceljs';
import { setActiveSheet, soundInitiative, type Column, type InitiativeValues } from './progress-sheet';

/**
 * Department workbooks for consolidation, besides the welfare fixture: one laid out its own way
 * (columns reordered, header texts written differently, an extra 備考 column, a cover sheet 表紙
 * in front, section titles, a hidden initiative, unused template rows), one that is not a
 * workbook at all, and the lock file Excel leaves beside an open workbook.
 */

export const CITY_FILE = 'toshi.xlsx';
export const CITY_SHEET = 'R7進捗管理';
export const CITY_DEPARTMENT = '都市政策部';

/** The city-planning sheet's header (row 2), left to right: template columns by their canonical name, or another column. */
export const CITY_COLUMNS: { written: string; column: Column | '備考' }[] = [
  { written: 'No', column: 'No.' },
  { written: '取組名', column: '取組名' },
  { written: '所管部', column: '所管部' },
  { written: '所管課', column: '課' },
  { written: '進捗度', column: '進捗度' },
  { written: '進捗状況\n及び課題', column: '進捗状況及び課題' },
  { written: '年度目標', column: '年度目標' },
  { written: '年度計画', column: '年度計画' },
  { written: '取組の概要', column: '取組の概要' },
  { written: '備考', column: '備考' },
  { written: '事業名', column: '事業名' },
  { written: '細事業名', column: '細事業名' },
  { written: '分野別目標', column: '分野別目標' },
  { written: '計画施策', column: '計画施策' },
  { written: '共同所管', column: '共同所管' },
];

type CityRow =
  | { kind: 'initiative'; values: InitiativeValues & { 備考?: string }; hidden?: boolean }
  | { kind: 'section'; text: string; merged: boolean }
  | { kind: 'template' };

function cityInitiative(no: number, name: string, section: string, symbol: string, extra: { 備考?: string } = {}): InitiativeValues & { 備考?: string } {
  return soundInitiative(no, name, {
    所管部: CITY_DEPARTMENT,
    課: section,
    分野別目標: '4.快適な都市空間の実現',
    計画施策: '12.都市基盤',
    事業名: '都市整備事業',
    細事業名: '都市整備事業',
    進捗度: symbol,
    ...extra,
  });
}

/** Rows from row 3: worksheet row = 3 + index. */
export const CITY_ROWS: CityRow[] = [
  { kind: 'section', text: '１　都市基盤の整備', merged: true },
  { kind: 'initiative', values: cityInitiative(1, '空き家対策の推進', '住宅政策課', '↗', { 備考: '国の補助金を活用' }) },
  { kind: 'initiative', values: cityInitiative(2, '公園の再整備', '公園緑地課', '→') },
  { kind: 'initiative', values: cityInitiative(3, '駅前広場の改修', '都市計画課', '↘'), hidden: true },
  { kind: 'section', text: '２　交通', merged: false },
  { kind: 'initiative', values: cityInitiative(4, 'バス路線の再編', '交通政策課', '→', { 備考: '令和8年4月 運行開始予定' }) },
  { kind: 'template' },
  { kind: 'template' },
];
export const CITY_FIRST_ROW = 3;

/** The city-planning department's workbook: 表紙 first and active, then its sheet. */
export function cityPlanningWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet('表紙');
  cover.getCell('B3').value = '令和7年度 取組実施プロセスシート';
  cover.getCell('B5').value = CITY_DEPARTMENT;
  cover.getCell('B6').value = '提出日: 令和7年11月10日';
  const ws = wb.addWorksheet(CITY_SHEET);
  ws.getCell(1, 1).value = 'R7取組実施プロセスシート（都市政策部）';
  CITY_COLUMNS.forEach((c, i) => (ws.getCell(2, i + 1).value = c.written));
  CITY_ROWS.forEach((spec, i) => {
    const r = CITY_FIRST_ROW + i;
    const row = ws.getRow(r);
    if (spec.kind === 'section') {
      row.getCell(1).value = spec.text;
      if (spec.merged) ws.mergeCells(r, 1, r, CITY_COLUMNS.length);
    } else if (spec.kind === 'template') {
      row.getCell(1).value = { formula: 'ROW()-2', result: r - 2 };
      row.getCell(3).value = CITY_DEPARTMENT;
    } else {
      CITY_COLUMNS.forEach((c, j) => {
        const v = (spec.values as Record<string, ExcelJS.CellValue>)[c.column];
        if (v !== undefined && v !== null && v !== '') row.getCell(j + 1).value = v;
      });
      if (spec.hidden) row.hidden = true;
    }
  });
  setActiveSheet(wb, 0);
  return wb;
}

/** Not a workbook: deterministic noise named .xlsx. */
export function brokenBytes(length = 4096): Buffer {
  const out = Buffer.alloc(length);
  let x = 0x2545f491;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** What Excel writes as `~$name.xlsx` while a workbook is open: the user's name, padded. */
export function excelLockFile(): Buffer {
  const out = Buffer.alloc(165, 0x20);
  out[0] = 8;
  out.write('yamada', 1, 'latin1');
  return out;
}
