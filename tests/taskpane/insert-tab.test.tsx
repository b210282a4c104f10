/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryWorkbook } from '../../src/host/memory';
import { InsertTab } from '../../src/taskpane/insert/InsertTab';
import { defaultInsertMonth } from '../../src/taskpane/insert/use-insertion';
import { STRINGS } from '../../src/taskpane/i18n';
import { sheet, soundRow } from '../helpers/sheet';
import './jsdom-shims';


const table = sheet([soundRow(), soundRow({ 'No.': 2, 取組名: '七月抜け', 進捗状況及び課題: '4月~6月:a\n8月~10月:b' })]);

test('the default month is the one after the reporting month', () => {
  expect(defaultInsertMonth(10)).toBe(11);
  expect(defaultInsertMonth(3)).toBe(4);
  expect(defaultInsertMonth(12)).toBe(1);
  expect(defaultInsertMonth(undefined)).toBe(4);
});

test('preview, then one write of exactly the previewed cells in at most 2 syncs', async () => {
  const { port, fake } = createMemoryWorkbook([table]);
  let writeSyncs = -1;
  const write = port.writeCells.bind(port);
  port.writeCells = async (...args) => {
    const start = fake.syncCount;
    const result = await write(...args);
    writeSyncs = fake.syncCount - start;
    return result;
  };
  render(<InsertTab port={port} strings={STRINGS.ja} lang="ja" reportingMonth={10} />);
  expect(await screen.findByText('2 件のセルに行を追加します（対象外 0 件）')).toBeTruthy();
  fireEvent.change(screen.getByTestId('insert-month-select'), { target: { value: '7' } });
  expect(await screen.findByText('1 件のセルに行を追加します（対象外 1 件）')).toBeTruthy();
  expect(screen.getByTestId('insert-skipped').textContent).toContain('7月 の記入はすでにあります');
  fireEvent.click(screen.getByTestId('insert-button'));
  expect((await screen.findByTestId('insert-status')).textContent).toContain('1 件のセルに行を追加しました');
  expect(fake.sheet('Sheet1').values[3][12]).toBe('4月~6月:a\n7月:\n8月~10月:b');
  expect(writeSyncs).toBe(2);
});

test('a protected sheet: nothing is written and the pane says why', async () => {
  const { port, fake } = createMemoryWorkbook([table]);
  fake.setProtected('Sheet1', true);
  render(<InsertTab port={port} strings={STRINGS.ja} lang="ja" reportingMonth={10} />);
  await screen.findByText('2 件のセルに行を追加します（対象外 0 件）');
  const values = JSON.stringify(fake.sheet('Sheet1').values);
  fireEvent.click(screen.getByTestId('insert-button'));
  expect((await screen.findByTestId('insert-status')).textContent).toContain('保護されているため');
  expect(JSON.stringify(fake.sheet('Sheet1').values)).toBe(values);
});

test('a cell changed since the preview: nothing is written', async () => {
  const { port, fake } = createMemoryWorkbook([table]);
  render(<InsertTab port={port} strings={STRINGS.ja} lang="ja" reportingMonth={10} />);
  await screen.findByText('2 件のセルに行を追加します（対象外 0 件）');
  fake.setCell('Sheet1', 'M3', '4月~10月:誰かが書き換えた');
  fireEvent.click(screen.getByTestId('insert-button'));
  await waitFor(() => expect(screen.getByTestId('insert-status').textContent).toContain('プレビュー後にセルが変更された'));
  expect(fake.sheet('Sheet1').values[3][12]).toBe('4月~6月:a\n8月~10月:b');
});

test('a template that makes no month label is refused in the preview', async () => {
  const { port } = createMemoryWorkbook([table]);
  render(<InsertTab port={port} strings={STRINGS.ja} lang="ja" reportingMonth={10} />);
  await screen.findByTestId('insert-summary');
  fireEvent.change(screen.getByTestId('template-input'), { target: { value: '報告:' } });
  expect((await screen.findByTestId('template-error')).textContent).toContain('テンプレート「報告:」');
});
