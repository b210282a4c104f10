import ExcelJS from 'exceljs';

/**
 * A department's progress sheet written with ExcelJS the way the template lays it out: a title row,
 * a department row, the header on rows 3–4 (総合計画 merged over 分野別目標/計画施策, the other
 * headers merged vertically), then one row per spec from row 5.
 */

/** The template's columns, A to N. */
export const COLUMNS = [
  'No.',
  '所管部',
  '課',
  '分野別目標',
  '計画施策',
  '事業名',
  '細事業名',
  '取組名',
  '取組の概要',
  '年度目標',
  '年度計画',
  '進捗度',
  '進捗状況及び課題',
  '共同所管',
] as const;
export type Column = (typeof COLUMNS)[number];

export const FIRST_DATA_ROW = 5;
/** 1-based column of a template column. */
export const col = (name: Column): number => COLUMNS.indexOf(name) + 1;
/** The column letter of a template column (A–N). */
export const letter = (name: Column): string => String.fromCharCode(64 + col(name));

export type InitiativeValues = Partial<Record<Column, ExcelJS.CellValue>>;

/** One row under the header. */
export type RowSpec =
  | { initiative: InitiativeValues; hidden?: boolean }
  /** A section title: merged across the table, or alone in column A. */
  | { section: string; merged: boolean }
  /** An unused template row: `=ROW()-4` in No., 所管部 copied down. */
  | { template: true; department?: string }
  /** A note such as `※記入例です。…`, alone in column A (or merged across). */
  | { note: string; merged?: boolean };

/** How a month label is written: `4月:` by default. */
export type LabelStyle = (month: number) => string;
export const plainLabel: LabelStyle = (m) => `${m}月:`;

/** Distinct progress text for each month, so that no month-repeated-text fires. */
const PROGRESS_TEXT: Record<number, string> = {
  4: '関係課と実施方針を協議した。',
  5: '事業者への説明会を開催した。',
  6: '参加団体の募集を開始した。',
  7: '第1回の意見交換会を開催した。',
  8: '意見交換会の結果を整理した。',
  9: '上半期の実施状況をとりまとめた。',
  10: '下半期の実施計画を作成した。',
  11: '第2回の意見交換会を開催した。',
  12: '関係団体へ結果を報告した。',
  1: '次年度の実施方針案を作成した。',
  2: '実施方針案を庁内で協議した。',
  3: '実施方針を決定した。',
};

/** The progress lines from April to `upTo` (fiscal order), each labelled in `style`. */
export function progressLines(upTo: number, style: LabelStyle = plainLabel): string {
  const months = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];
  return months
    .slice(0, months.indexOf(upTo) + 1)
    .map((m) => `${style(m)}${PROGRESS_TEXT[m]}`)
    .join('\n');
}

/**
 * An initiative with nothing to report at reporting month 10: every column filled, half-year
 * targets with their rates, no quantities, → as progress, a line for each month April–October.
 */
export function soundInitiative(no: number, name: string, over: InitiativeValues = {}): InitiativeValues {
  return {
    'No.': no,
    所管部: '福祉部',
    課: '地域福祉課',
    分野別目標: '3.安心安全を備えた川西の実現',
    計画施策: '8.福祉',
    事業名: '地域福祉推進事業',
    細事業名: '地域福祉推進事業',
    取組名: name,
    取組の概要: `${name}について、関係団体と連携して取り組みます。`,
    年度目標: '【4~9月の目標】(全体達成率:50%)\n実施方針を協議する\n【10~3月の目標】(全体達成率:100%)\n実施方針を決定する',
    年度計画: '4月:実施方針の協議\n10月:下半期の計画作成\n3月:実施方針の決定',
    進捗度: '→',
    進捗状況及び課題: progressLines(10),
    共同所管: '-',
    ...over,
  };
}

export interface SheetOptions {
  title?: string;
  department?: string;
  /** The header's texts by template column (to write e.g. `進捗状況\n及び課題`). */
  headerText?: Partial<Record<Column, string>>;
}

/** Writes the title, department and two-row header of the template on a sheet. */
export function writeHeader(ws: ExcelJS.Worksheet, options: SheetOptions = {}): void {
  const last = COLUMNS.length;
  ws.getCell(1, 1).value = options.title ?? 'R7取組実施プロセスシート';
  ws.mergeCells(1, 1, 1, last);
  ws.getCell(2, 1).value = options.department ?? '福祉部';
  for (const name of COLUMNS) {
    const c = col(name);
    const text = options.headerText?.[name] ?? name;
    if (name === '分野別目標' || name === '計画施策') {
      ws.getCell(4, c).value = text;
      continue;
    }
    ws.getCell(3, c).value = text;
    ws.mergeCells(3, c, 4, c);
  }
  ws.getCell(3, col('分野別目標')).value = '総合計画';
  ws.mergeCells(3, col('分野別目標'), 3, col('計画施策'));
  for (let r = 3; r <= 4; r++) {
    ws.getRow(r).eachCell({ includeEmpty: false }, (cell) => {
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    });
  }
  ws.columns.forEach((c, i) => (c.width = ['取組の概要', '年度目標', '年度計画', '進捗状況及び課題'].includes(COLUMNS[i]) ? 50 : 14));
}

/** Writes the rows from row 5; returns the worksheet row of each spec. */
export function writeRows(ws: ExcelJS.Worksheet, rows: readonly RowSpec[]): number[] {
  const at: number[] = [];
  rows.forEach((spec, i) => {
    const r = FIRST_DATA_ROW + i;
    at.push(r);
    const row = ws.getRow(r);
    if ('initiative' in spec) {
      for (const name of COLUMNS) {
        const v = spec.initiative[name];
        if (v !== undefined && v !== null) row.getCell(col(name)).value = v;
      }
      row.eachCell((cell) => (cell.alignment = { vertical: 'top', wrapText: true }));
      if (spec.hidden) row.hidden = true;
    } else if ('section' in spec) {
      row.getCell(1).value = spec.section;
      row.getCell(1).font = { bold: true };
      if (spec.merged) ws.mergeCells(r, 1, r, COLUMNS.length);
    } else if ('template' in spec) {
      row.getCell(col('No.')).value = { formula: 'ROW()-4', result: r - 4 };
      if (spec.department) row.getCell(col('所管部')).value = spec.department;
    } else {
      row.getCell(1).value = spec.note;
      row.getCell(1).font = { color: { argb: 'FFFF0000' } };
      if (spec.merged) ws.mergeCells(r, 1, r, COLUMNS.length);
    }
  });
  return at;
}

/** Adds a progress sheet named `name` with the rows given. */
export function addProgressSheet(wb: ExcelJS.Workbook, name: string, rows: readonly RowSpec[], options: SheetOptions = {}): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  writeHeader(ws, options);
  writeRows(ws, rows);
  return ws;
}

/** Makes the sheet at `index` (0-based, workbook order) the active one. */
export function setActiveSheet(wb: ExcelJS.Workbook, index: number): void {
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: index, visibility: 'visible' }];
}
