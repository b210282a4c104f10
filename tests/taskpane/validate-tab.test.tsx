/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/shell/App';
import { MARKS_SETTING } from '../../src/taskpane/validate/marks';
import { sheet, soundRow } from '../helpers/sheet';
import { workbookWith } from './workbook';
import './jsdom-shims';

/** Sheet1: a title, the header on row 2, one sound row and one with months missing (M4). */
const faulty = sheet([soundRow(), soundRow({ 'No.': 2, 取組名: '記入漏れの取組', 進捗状況及び課題: '4月:a\n5月:b' })]);
const noConfig = async () => undefined;

async function renderPane(book = workbookWith([faulty]), lang: 'ja' | 'en' = 'ja') {
  render(<App port={book.port} lang={lang} fetchText={noConfig} />);
  await waitFor(() => expect((screen.getByTestId('month-select') as HTMLSelectElement).value).not.toBe(''));
  await screen.findByTestId('validate-button');
  return book;
}

async function check() {
  fireEvent.click(await screen.findByTestId('validate-button'));
  await waitFor(() => expect(screen.getByTestId('verdict').getAttribute('data-updating')).toBe('false'));
  return screen.getByTestId('verdict');
}

describe('the 点検 tab', () => {
  test('reads the sheet, infers the month, and shows the verdict first, then the issues by initiative', async () => {
    await renderPane();
    expect((screen.getByTestId('month-select') as HTMLSelectElement).value).toBe('10');
    expect(screen.getByTestId('sheet-name').textContent).toBe('Sheet1');
    const verdict = await check();
    expect(verdict.textContent).toContain('要修正: エラー 1 件');
    expect(verdict.textContent).toContain('シート「Sheet1」');
    const panel = screen.getByTestId('panel-validate');
    expect(panel.firstElementChild?.firstElementChild).toBe(verdict);
    const issue = screen.getByText(/6月〜10月 の記入がありません/).closest('[data-testid="issue"]')!;
    expect(issue.getAttribute('data-cell')).toBe('M4');
    expect(screen.getByRole('heading', { name: 'No.2 記入漏れの取組' })).toBeTruthy();
    expect(screen.getByTestId('badge-error').textContent).toBe('エラー 1');
  });

  test('each issue about a cell is a button in a list item, named by what it shows, that selects the cell', async () => {
    const { fake } = await renderPane();
    await check();
    const issue = screen.getAllByTestId('issue').find((i) => i.getAttribute('data-cell') === 'M4')!;
    expect(issue.tagName).toBe('BUTTON');
    expect(issue.parentElement?.tagName).toBe('LI');
    expect(issue.getAttribute('aria-label')).toBeNull();
    expect(issue.textContent).toContain('M4');
    expect(document.getElementById(issue.getAttribute('aria-describedby')!)?.textContent).toContain('Enter');
    fireEvent.click(issue);
    await waitFor(() => expect(fake.selection).toEqual({ sheet: 'Sheet1', address: 'M4' }));
  });

  test('the severity badges filter the list', async () => {
    await renderPane();
    await check();
    fireEvent.click(screen.getByTestId('badge-error'));
    expect(screen.queryAllByTestId('issue').filter((i) => i.getAttribute('data-code') === 'month-missing')).toHaveLength(0);
  });

  test('changing the month checks again and is remembered in the workbook', async () => {
    const { fake } = await renderPane();
    await check();
    fireEvent.change(screen.getByTestId('month-select'), { target: { value: '5' } });
    await waitFor(() => expect(screen.getByTestId('verdict').textContent).toContain('提出できます'));
    expect(fake.setting('reportingMonth')).toBe('5');
  });

  test('a saved month is used on start', async () => {
    await renderPane(workbookWith([faulty], { reportingMonth: '6' }));
    expect((screen.getByTestId('month-select') as HTMLSelectElement).value).toBe('6');
  });

  test('a failed read says what to do and retries', async () => {
    const book = workbookWith([faulty]);
    await renderPane(book);
    const read = book.port.readSheet.bind(book.port);
    let fail = 1;
    book.port.readSheet = async (s) => {
      if (fail-- > 0) throw new Error('セルの編集中です');
      return read(s);
    };
    fireEvent.click(screen.getByTestId('validate-button'));
    const error = await screen.findByTestId('error');
    expect(error.textContent).toContain('シートを読み込めませんでした');
    await act(async () => {
      fireEvent.click(within(error).getByText('再試行'));
    });
    expect(await screen.findByTestId('verdict')).toBeTruthy();
  });

  test('English', async () => {
    await renderPane(undefined, 'en');
    const verdict = await check();
    expect(verdict.textContent).toContain('Needs fixing: 1 error');
    expect(screen.getByText(/No progress entry for June–October/)).toBeTruthy();
  });
});

describe('the 点検 tab follows the workbook', () => {
  test('writing the report: its sheet becomes active, the pane keeps checking the process sheet and says so', async () => {
    const { fake } = await renderPane();
    await check();
    fireEvent.click(screen.getByTestId('report-button'));
    expect((await screen.findByTestId('report-status')).textContent).toContain('シート「点検結果」に 1 件を書き出しました');
    expect(fake.activeSheet).toBe('点検結果');
    expect(fake.sheet('点検結果').values[0][0]).toBe('プロセスシート点検 結果');
    await waitFor(() =>
      expect(screen.getByTestId('active-notice').textContent).toContain('アクティブなシート「点検結果」には見出し行がないため、「Sheet1」を点検しています'),
    );
    // The verdict stays the first thing shown, above the write's message.
    const panel = screen.getByTestId('panel-validate');
    expect(panel.firstElementChild?.firstElementChild).toBe(screen.getByTestId('verdict'));
    const verdict = await check();
    expect(verdict.textContent).toContain('シート「Sheet1」');
    expect(verdict.textContent).toContain('要修正: エラー 1 件');
  });

  test("the user's edit marks the result out of date, and a small sheet is checked again on its own", async () => {
    const { fake } = await renderPane();
    await check();
    act(() => fake.setCell('Sheet1', 'M4', '4月:a\n5月:b\n6月:c\n7月:d\n8月:e\n9月:f\n10月:g'));
    await waitFor(() => expect(screen.getByTestId('verdict').getAttribute('data-stale')).toBe('true'));
    expect(screen.getByTestId('stale').textContent).toContain('シートが変更されたため');
    await waitFor(() => expect(screen.getByTestId('verdict').textContent).toContain('提出できます'), { timeout: 3000 });
    expect(screen.getByTestId('verdict').getAttribute('data-stale')).toBe('false');
  });

  test('switching to another process sheet in Excel checks that one', async () => {
    const other = { ...sheet([soundRow({ 'No.': 7, 取組名: '別の課の取組' })]), sheetName: '企画課' };
    const { fake } = await renderPane(workbookWith([faulty, other]));
    await check();
    act(() => fake.activate('企画課'));
    await waitFor(() => expect(screen.getByTestId('verdict').textContent).toContain('シート「企画課」'));
    expect(screen.getByTestId('verdict').textContent).toContain('提出できます');
    expect((screen.getByTestId('sheet-select') as HTMLSelectElement).selectedOptions[0].textContent).toBe('企画課');
  });

  test('on an Excel without sheet events (ExcelApi 1.4), a sheet switch is followed when the user checks', async () => {
    const other = { ...sheet([soundRow({ 'No.': 7, 取組名: '別の課の取組' })]), sheetName: '企画課' };
    const { fake } = await renderPane(workbookWith([faulty, other], {}, ['ExcelApi 1.4']));
    await check();
    act(() => fake.activate('企画課'));
    const verdict = await check();
    await waitFor(() => expect(screen.getByTestId('verdict').textContent).toContain('シート「企画課」'));
    expect(verdict.textContent).toContain('提出できます');
    expect(screen.queryByTestId('mark-button')).toBeNull();
  });

  test('an active sheet without a header: said, and the sheets that have one are offered', async () => {
    const cover = { name: '表紙', values: [['令和7年度 取組実施プロセスシート']] };
    const other = { ...sheet([soundRow({ 'No.': 7, 取組名: '別の課の取組' })]), sheetName: '企画課' };
    await renderPane(workbookWith([cover, faulty, other]));
    const notice = await screen.findByTestId('active-notice');
    expect(notice.textContent).toContain('アクティブなシート「表紙」には見出し行がないため、「Sheet1」を点検しています');
    const verdict = await check();
    expect(verdict.textContent).toContain('シート「Sheet1」');
    const offers = screen.getAllByTestId('offer-sheet');
    expect(offers.map((o) => o.textContent)).toEqual(['企画課']);
    fireEvent.click(offers[0]);
    await waitFor(() => expect(screen.getByTestId('verdict').textContent).toContain('シート「企画課」'));
  });

  test('colouring the problem cells and removing exactly those colours in one click', async () => {
    const { fake } = await renderPane();
    await check();
    fireEvent.click(screen.getByTestId('mark-button'));
    expect((await screen.findByTestId('marks-status')).textContent).toContain('1 件のセルに色を付けました');
    expect(fake.sheet('Sheet1').cell('M4')?.fill?.color).toBe('#FFC7CE');
    expect(screen.getByTestId('marked-cells').textContent).toContain('M4');
    expect(JSON.parse(String(fake.setting(MARKS_SETTING))).sheets[0].cells).toEqual([{ address: 'M4', color: '#FFC7CE' }]);
    fireEvent.click(screen.getByTestId('unmark-button'));
    await waitFor(() => expect(screen.getByTestId('marks-status').textContent).toContain('1 件のセルの色を消しました'));
    expect(fake.sheet('Sheet1').cell('M4')?.fill).toBeUndefined();
    expect(screen.queryByTestId('marked-cells')).toBeNull();
  });
});
