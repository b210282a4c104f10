/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { defaultInsertMonth } from '../../src/taskpane/insert/use-insertion';
import { templateFor } from '../../src/taskpane/insert/template-choice';
import { App } from '../../src/taskpane/shell/App';
import { sheet, soundRow } from '../helpers/sheet';
import { workbookWith } from './workbook';
import './jsdom-shims';

/** Two initiatives on rows 3 and 4; the second misses 7月. */
const table = sheet([soundRow(), soundRow({ 'No.': 2, 取組名: '七月抜け', 進捗状況及び課題: '4月~6月:a\n8月~10月:b' })]);
const noConfig = async () => undefined;

async function openInsertTab(book = workbookWith([table])) {
  render(<App port={book.port} lang="ja" fetchText={noConfig} />);
  await waitFor(() => expect((screen.getByTestId('month-select') as HTMLSelectElement).value).not.toBe(''));
  fireEvent.click(screen.getByTestId('tab-insert'));
  await screen.findByTestId('insert-button');
  return book;
}

test('the default month is the one after the reporting month', () => {
  expect(defaultInsertMonth(10)).toBe(11);
  expect(defaultInsertMonth(3)).toBe(4);
  expect(defaultInsertMonth(12)).toBe(1);
  expect(defaultInsertMonth(undefined)).toBe(4);
});

test('preview, one write of exactly the previewed cells in 2 syncs, the cells selected, the focus kept on the message', async () => {
  const book = await openInsertTab();
  const { port, fake } = book;
  let writeSyncs = -1;
  const write = port.writeCells.bind(port);
  port.writeCells = async (...args) => {
    const start = fake.syncCount;
    const result = await write(...args);
    writeSyncs = fake.syncCount - start;
    return result;
  };
  expect((await screen.findByTestId('insert-summary')).textContent).toBe('2 件のセルに記入欄を追加します（追加しないセル 0 件）');
  fireEvent.change(screen.getByTestId('insert-month-select'), { target: { value: '7' } });
  await waitFor(() => expect(screen.getByTestId('insert-summary').textContent).toBe('1 件のセルに記入欄を追加します（追加しないセル 1 件）'));
  expect(screen.getByTestId('insert-skipped').textContent).toContain('7月 の記入はすでにあります');
  fireEvent.click(screen.getByTestId('insert-button'));
  expect((await screen.findByTestId('insert-status')).textContent).toContain('1 件のセルに記入欄を追加し、そのセルを選択しました');
  expect(fake.sheet('Sheet1').values[3][12]).toBe('4月~6月:a\n7月:\n8月~10月:b');
  expect(writeSyncs).toBe(2);
  expect(fake.selection).toEqual({ sheet: 'Sheet1', address: 'M4' });
  await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('insert-status-region')));
  // Nothing more to add for 7月, and the tab says why the button is off.
  await waitFor(() => expect(screen.getByTestId('insert-reason').textContent).toBe('7月の記入欄を追加するセルはありません。'));
  expect((screen.getByTestId('insert-button') as HTMLButtonElement).disabled).toBe(true);
});

test('after inserting, the 点検 result is out of date or already checked again', async () => {
  const book = await openInsertTab();
  fireEvent.click(screen.getByTestId('tab-validate'));
  fireEvent.click(await screen.findByTestId('validate-button'));
  await screen.findByTestId('verdict');
  const before = screen.getByTestId('verdict').getAttribute('data-checked-at');
  expect(before).toMatch(/^\d{4}-/);
  fireEvent.click(screen.getByTestId('tab-insert'));
  await screen.findByTestId('insert-summary');
  fireEvent.click(screen.getByTestId('insert-button'));
  await screen.findByTestId('insert-status');
  fireEvent.click(screen.getByTestId('tab-validate'));
  const verdict = await screen.findByTestId('verdict');
  // Out of date at once, or checked again already (the sheet is small): never the old result as if fresh.
  expect(verdict.getAttribute('data-stale') === 'true' || verdict.getAttribute('data-checked-at') !== before).toBe(true);
  await waitFor(
    () => {
      const v = screen.getByTestId('verdict');
      expect([v.getAttribute('data-stale'), v.getAttribute('data-checked-at') !== before]).toEqual(['false', true]);
    },
    { timeout: 3000 },
  );
  expect(book.fake.sheet('Sheet1').values[2][12]).toContain('11月:');
  // The lines made ready for 11月 (the month after the reporting month) are neither overdue nor early.
  const codes = screen.getAllByTestId('issue').map((i) => `${i.getAttribute('data-code')}@${i.getAttribute('data-cell')}`);
  expect(codes.filter((c) => /^month-(empty|future)@M[34]$/.test(c))).toEqual([]);
  expect(codes).toContain('month-missing@M4');
});

test('the template as choices; the raw pattern behind the advanced option', async () => {
  await openInsertTab();
  expect(screen.queryByTestId('template-input')).toBeNull();
  expect(screen.getByText('「11月:」')).toBeTruthy();
  expect(screen.getByText('「11月: 」＋その月の計画')).toBeTruthy();
  fireEvent.click(screen.getByTestId('template-advanced'));
  const input = (await screen.findByTestId('template-input')) as HTMLInputElement;
  expect(input.value).toBe('{month}月:');
  fireEvent.change(input, { target: { value: '報告:' } });
  expect((await screen.findByTestId('template-error')).textContent).toContain('テンプレート「報告:」');
  expect(templateFor('plan', '')).toBe('{month}月: {plan}');
});

test('the plan choice adds the month with its plan', async () => {
  const withPlan = sheet([soundRow({ 年度計画: '4月:準備\n11月:研修会の開催\n10月:評価' })]);
  const { fake } = await openInsertTab(workbookWith([withPlan]));
  fireEvent.click(screen.getByText('「11月: 」＋その月の計画'));
  await waitFor(() => expect(screen.getByTestId('insert-change').textContent).toContain('11月: 研修会の開催'));
  fireEvent.click(screen.getByTestId('insert-button'));
  await screen.findByTestId('insert-status');
  expect(String(fake.sheet('Sheet1').values[2][12]).endsWith('\n11月: 研修会の開催')).toBe(true);
});

test('a protected sheet: nothing is written and the pane says why', async () => {
  const { fake } = await openInsertTab();
  fake.setProtected('Sheet1', true);
  const values = JSON.stringify(fake.sheet('Sheet1').values);
  fireEvent.click(screen.getByTestId('insert-button'));
  expect((await screen.findByTestId('insert-status')).textContent).toContain('保護されているため');
  expect(JSON.stringify(fake.sheet('Sheet1').values)).toBe(values);
});

test('a cell changed since the preview: nothing is written', async () => {
  const book = await openInsertTab();
  const { fake, port } = book;
  // The user's edit lands between the preview and the click (the events come later).
  const write = port.writeCells.bind(port);
  port.writeCells = async (...args) => {
    fake.setCell('Sheet1', 'M4', '4月~10月:誰かが書き換えた');
    return write(...args);
  };
  fireEvent.click(screen.getByTestId('insert-button'));
  await waitFor(() => expect(screen.getByTestId('insert-status').textContent).toContain('プレビュー後にセルが変更された'));
  expect(fake.sheet('Sheet1').values[3][12]).toBe('4月~10月:誰かが書き換えた');
  expect(fake.sheet('Sheet1').values[2][12]).not.toContain('11月');
});

test('a sheet without a header: the tab says why nothing can be added', async () => {
  await openInsertTab(workbookWith([{ name: 'メモ', values: [['メモ'], ['ただのメモ']] }]));
  expect((await screen.findByTestId('insert-reason')).textContent).toBe('シート「メモ」の先頭15行に見出し行が見つからないため、記入欄を追加できません。');
  expect((screen.getByTestId('insert-button') as HTMLButtonElement).disabled).toBe(true);
});
