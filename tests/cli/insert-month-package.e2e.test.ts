import { spawnSync } from 'child_process';
import { promises as fs, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { buildCli, psheet, STACK_LINE } from './cli-harness';
import { CUSTOM_XML, damagedInside, FURIGANA, PACKAGE_PROGRESS_CELLS, PACKAGE_SHEET, packageWorkbook, WORKSHEET } from './workbooks/package-workbook';
import { changedCells, layoutOf, loadWorkbook, parseCsv, utf8, withoutCells, zipEntriesOf } from './workbooks/read-back';

/**
 * DESIGN.md section 8, "Never lose data", on a workbook that holds more than cells: insert-month
 * changes the edited cells' XML and nothing else in the package, and writes as the safe file
 * module promises (--out never over a file without --force, --in-place through symlinks and with
 * the file's mode, a damaged file refused untouched).
 */

let tmp: string;
let input: string;
let output: string;
let inputBytes: Buffer;

beforeAll(async () => {
  buildCli();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'psheet-package-'));
  input = path.join(tmp, 'package.xlsx');
  output = path.join(tmp, 'package-11.xlsx');
  await fs.writeFile(input, await packageWorkbook());
  inputBytes = await fs.readFile(input);
  const r = psheet(['insert-month', input, '--month', '11', '--out', output]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('3 件追加しました');
}, 120_000);

afterAll(async () => {
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

/** A fresh copy of the package workbook. */
async function copyOfInput(name: string, mode?: number): Promise<string> {
  const file = path.join(tmp, name);
  await fs.writeFile(file, inputBytes);
  if (mode !== undefined) await fs.chmod(file, mode);
  return file;
}

describe('insert-month --out on a workbook with more than cells', () => {
  test('the input really holds print titles, validations, a note, an image, conditional formats, a second sheet, furigana and custom XML', () => {
    const entries = zipEntriesOf(input);
    const sheet = utf8(entries.get(WORKSHEET)!);
    expect(sheet).toContain('<dataValidations');
    expect(sheet).toContain('<conditionalFormatting');
    expect(sheet).toMatch(/<drawing r:id=/);
    expect(sheet).toMatch(/<legacyDrawing r:id=/);
    expect(utf8(entries.get('xl/workbook.xml')!)).toMatch(/_xlnm\.Print_Titles[^<]*>[^<]*\$3:\$4</);
    expect(utf8(entries.get('xl/sharedStrings.xml')!)).toContain(`<rPh sb="0" eb="2"><t>${FURIGANA.reading}</t></rPh>`);
    expect([...entries.keys()]).toEqual(
      expect.arrayContaining([
        'xl/comments1.xml',
        'xl/drawings/vmlDrawing1.vml',
        'xl/drawings/drawing1.xml',
        'xl/media/image1.png',
        'xl/worksheets/sheet2.xml',
        CUSTOM_XML,
      ]),
    );
  });

  test('every zip entry but the worksheet is byte for byte the same, in the same order', () => {
    const [before, after] = [zipEntriesOf(input), zipEntriesOf(output)];
    expect([...after.keys()]).toEqual([...before.keys()]);
    const differing = [...before.keys()].filter((name) => !Buffer.from(before.get(name)!).equals(Buffer.from(after.get(name)!)));
    expect(differing).toEqual([WORKSHEET]);
  });

  test('the worksheet XML differs only inside the changed <c> elements, which keep their style', () => {
    const before = utf8(zipEntriesOf(input).get(WORKSHEET)!);
    const after = utf8(zipEntriesOf(output).get(WORKSHEET)!);
    expect(withoutCells(after, PACKAGE_PROGRESS_CELLS)).toBe(withoutCells(before, PACKAGE_PROGRESS_CELLS));
    for (const address of PACKAGE_PROGRESS_CELLS) {
      const element = (xml: string) => new RegExp(`<c r="${address}"[^>]*>[\\s\\S]*?</c>`).exec(xml)![0];
      const style = (xml: string) => / s="(\d+)"/.exec(element(xml))?.[1];
      expect(style(after)).toBe(style(before));
      expect(element(after)).toMatch(/10月:下半期の実施計画を作成した。\n11月:<\/t>/);
    }
  });

  test('read back with ExcelJS: only the three progress cells changed, each by the 11月: line', async () => {
    const [before, after] = [await loadWorkbook(input), await loadWorkbook(output)];
    const changes = changedCells(before, after);
    expect(changes.map((c) => c.key)).toEqual(PACKAGE_PROGRESS_CELLS.map((a) => `${PACKAGE_SHEET}!${a}`));
    for (const c of changes) {
      expect(c.styleChanged).toBe(false);
      expect(c.after).toBe(`${c.before}\n11月:`);
    }
    expect(layoutOf(after)).toEqual(layoutOf(before));
    const ws = after.getWorksheet(PACKAGE_SHEET)!;
    expect(ws.getCell('H5').note).toBe(before.getWorksheet(PACKAGE_SHEET)!.getCell('H5').note);
    expect(ws.getImages()).toHaveLength(1);
  });

  const soffice = spawnSync('which', ['soffice'], { encoding: 'utf8' }).stdout.trim();
  test(
    soffice
      ? 'LibreOffice opens the output and shows the added lines, every other cell as in the input'
      : 'ExcelJS opens the output (soffice is not installed)',
    async () => {
      if (!soffice) {
        expect((await loadWorkbook(output)).getWorksheet(PACKAGE_SHEET)!.getCell('M5').value).toMatch(/\n11月:$/);
        return;
      }
      const dir = path.join(tmp, 'soffice');
      // One call converts both files (first sheet to CSV: comma, double quote, UTF-8), with its own profile.
      const r = spawnSync(
        soffice,
        [
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76',
          '--outdir',
          dir,
          input,
          output,
          `-env:UserInstallation=file://${dir}/profile`,
        ],
        { encoding: 'utf8', timeout: 90_000 },
      );
      expect(r.status).toBe(0);
      const read = (name: string) => parseCsv(readFileSync(path.join(dir, name.replace(/\.xlsx$/, '.csv')), 'utf8'));
      const [before, after] = [read(path.basename(input)), read(path.basename(output))];
      expect(after).toHaveLength(before.length);
      const M = 12;
      for (let r0 = 0; r0 < before.length; r0++) {
        const added = r0 >= 4 && r0 <= 6;
        expect(after[r0].filter((_, c) => !(added && c === M))).toEqual(before[r0].filter((_, c) => !(added && c === M)));
        if (added) expect(after[r0][M]).toBe(`${before[r0][M]}\n11月:`);
      }
      expect(before[4][7]).toBe(FURIGANA.text);
    },
    120_000,
  );
});

describe('where insert-month writes', () => {
  test('--out to an existing file: exit 2, the file untouched, the message names it; --force replaces it', async () => {
    const existing = path.join(tmp, 'existing.xlsx');
    await fs.writeFile(existing, 'keep me');
    const r = psheet(['insert-month', input, '--month', '11', '--out', existing]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(existing);
    expect(r.stderr).toContain('--force');
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(await fs.readFile(existing, 'utf8')).toBe('keep me');

    const forced = psheet(['insert-month', input, '--month', '11', '--out', existing, '--force']);
    expect(forced.status).toBe(0);
    const [a, b] = [zipEntriesOf(existing), zipEntriesOf(output)];
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [name, data] of a) expect(Buffer.from(data).equals(Buffer.from(b.get(name)!))).toBe(true);
  });

  test('--in-place on a symlink changes the target and keeps the link', async () => {
    const target = await copyOfInput('target.xlsx');
    const link = path.join(tmp, 'link.xlsx');
    await fs.symlink('target.xlsx', link);
    const r = psheet(['insert-month', link, '--month', '11', '--in-place']);
    expect(r.status).toBe(0);
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect(await fs.readlink(link)).toBe('target.xlsx');
    const changes = changedCells(await loadWorkbook(input), await loadWorkbook(target));
    expect(changes.map((c) => c.key)).toEqual(PACKAGE_PROGRESS_CELLS.map((a) => `${PACKAGE_SHEET}!${a}`));
    // No temporary or lock file left beside it (`.~psheet-…`).
    expect((await fs.readdir(tmp)).filter((n) => n.startsWith('.~'))).toEqual([]);
  });

  test('--in-place keeps a 0600 file 0600', async () => {
    const file = await copyOfInput('private.xlsx', 0o600);
    const r = psheet(['insert-month', file, '--month', '11', '--in-place']);
    expect(r.status).toBe(0);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    expect(Buffer.from(zipEntriesOf(file).get(WORKSHEET)!).equals(Buffer.from(zipEntriesOf(output).get(WORKSHEET)!))).toBe(true);
  });

  test('a damaged worksheet (a bit flipped in its deflated data, the CRC-32 fails): exit 2, a plain reason, nothing written', async () => {
    const file = path.join(tmp, 'damaged.xlsx');
    const damaged = damagedInside(new Uint8Array(inputBytes), WORKSHEET);
    await fs.writeFile(file, damaged);
    const listing = await fs.readdir(tmp);

    const inPlace = psheet(['insert-month', file, '--month', '11', '--in-place']);
    expect(inPlace.status).toBe(2);
    expect(inPlace.stdout).toBe('');
    expect(inPlace.stderr).toContain(file);
    expect(inPlace.stderr).toContain('壊れています');
    expect(inPlace.stderr).toContain(WORKSHEET);
    expect(inPlace.stderr).not.toMatch(STACK_LINE);
    expect(Buffer.from(await fs.readFile(file)).equals(Buffer.from(damaged))).toBe(true);

    const out = path.join(tmp, 'from-damaged.xlsx');
    const toOut = psheet(['insert-month', file, '--month', '11', '--out', out, '--lang', 'en']);
    expect(toOut.status).toBe(2);
    expect(toOut.stderr).toMatch(/damaged/i);
    expect(toOut.stderr).toMatch(/checksum/i);
    expect((await fs.readdir(tmp)).sort()).toEqual(listing.sort());
  });
});
