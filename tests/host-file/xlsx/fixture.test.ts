/**
 * The real department workbook: our reader against its JSON transcription, against the ExcelJS adapter it replaces,
 * and the same workbook as LibreOffice, Gnumeric and openpyxl write it (tests/fixtures/writers, made by
 * make-writer-fixtures.sh and committed).
 */
import { readFileSync } from 'fs';
import path from 'path';
import { cellText, type SheetTable } from '../../../src/core/table';
import { openXlsx, patchCells, readSheet } from '../../../src/host/file/xlsx';
import { exceljsTable } from '../../helpers/exceljs-reference';
import { FIXTURE_JSON, FIXTURE_XLSX } from '../../helpers/fixture';
import { texts } from './builder';

const WRITERS = ['libreoffice', 'gnumeric', 'openpyxl'];
const writerFile = (w: string) => path.join(__dirname, '..', '..', 'fixtures', 'writers', `welfare-r7.${w}.xlsx`);

function ours(file: string): SheetTable & { protected: boolean } {
  const book = openXlsx(new Uint8Array(readFileSync(file)));
  return readSheet(book, book.activeSheet);
}

interface Transcription {
  title: string;
  department: string;
  columns: string[];
  rows: Record<string, string | number>[];
}

describe('welfare-r7.xlsx', () => {
  const table = ours(FIXTURE_XLSX);

  test('every cell text equals the JSON transcription', () => {
    const json = JSON.parse(readFileSync(FIXTURE_JSON, 'utf8')) as Transcription;
    expect(cellText(table.rows[0][0])).toBe(json.title);
    expect(cellText(table.rows[1][0])).toBe(json.department);
    expect(table.rows.length).toBe(4 + json.rows.length);
    json.rows.forEach((row, i) => {
      json.columns.forEach((column, c) => {
        expect([i, column, cellText(table.rows[4 + i][c])]).toEqual([i, column, String(row[column])]);
      });
    });
    // Numbers stay numbers (No.).
    expect(table.rows[4][0]).toEqual({ value: 1 });
  });

  test('the same table as ExcelJS reads (the reference reader the product replaced): values, merges, formulas', async () => {
    const old = await exceljsTable(FIXTURE_XLSX);
    expect(table.rows).toEqual(old.rows);
    const merged = table.rows.flat().filter((c) => c?.mergedFrom);
    expect(merged.length).toBeGreaterThan(10);
    expect(table.rows[0][5]).toEqual({ value: 'R7取組実施プロセスシート', mergedFrom: 'A1' });
    expect(table.rows[3][0]).toEqual({ value: 'No.', mergedFrom: 'A3' });
    expect(table.protected).toBe(false);
  });

  test.each(WRITERS)('as written by %s: the same cell texts', (writer) => {
    const other = ours(writerFile(writer));
    const a = texts(table.rows);
    const b = texts(other.rows);
    // Writers may add or drop trailing blank cells; compare the texts cell by cell.
    const width = Math.max(...a.map((r) => r.length), ...b.map((r) => r.length));
    const pad = (rows: string[][]) => rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
    expect(pad(b)).toEqual(pad(a));
    expect(other.rows[0][3]?.mergedFrom).toBe('A1');
  });

  test.each(['original', ...WRITERS])(
    'patching the %s file: a month line appended to every progress cell, a blank cell filled, nothing else changes',
    (writer) => {
      const bytes = new Uint8Array(readFileSync(writer === 'original' ? FIXTURE_XLSX : writerFile(writer)));
      const book = openXlsx(bytes);
      const before = readSheet(book, book.activeSheet);
      const edits = before.rows.slice(4).map((_, i) => {
        const text = cellText(before.rows[4 + i][12]);
        return { address: `M${5 + i}`, before: text, at: text.length, inserted: (text ? '\n' : '') + '11月:順調に実施。' };
      });
      edits.push({ address: 'O5', before: '', at: 0, inserted: '備考' });
      const after = readSheet(openXlsx(patchCells(book, book.activeSheet, edits)), 0);
      const expected = before.rows.map((row, r) =>
        row.map((cell, c) => {
          const edit = edits.find((e) => e.address === `${String.fromCharCode(65 + c)}${r + 1}`);
          return edit ? edit.before + edit.inserted : cellText(cell);
        }),
      );
      expected[4][14] = '備考';
      expect(texts(after.rows)).toEqual(expected.map((row) => Array.from(row, (x) => x ?? '')));
    },
  );
});
