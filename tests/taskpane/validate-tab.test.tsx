/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/shell/App';
import { issuesOf, sheet, soundRow } from '../helpers/sheet';
import { PortDouble } from './port-double';
import './jsdom-shims';


const faulty = sheet([
  soundRow(),
  soundRow({ 'No.': 2, 取組名: '記入漏れの取組', 進捗状況及び課題: '4月:a\n5月:b' }),
]);

async function renderApp(port: PortDouble, lang: 'ja' | 'en' = 'ja') {
  render(<App port={port} lang={lang} />);
  await waitFor(() => expect((screen.getByTestId('month-select') as HTMLSelectElement).value).not.toBe(''));
}

describe('the validation tab', () => {
  test('reads the sheet, infers the month and shows the verdict and the issues by initiative', async () => {
    const port = new PortDouble(faulty);
    await renderApp(port);
    expect((screen.getByTestId('month-select') as HTMLSelectElement).value).toBe('10');
    fireEvent.click(screen.getByTestId('validate-button'));
    await screen.findByTestId('verdict');
    expect(screen.getByTestId('verdict').textContent).toContain('要修正: エラー 1 件');
    const issue = screen.getByText(/6月〜10月 の記入がありません/).closest('[data-testid="issue"]')!;
    expect(issue.getAttribute('data-cell')).toBe('M4');
    expect(screen.getByRole('heading', { name: 'No.2 記入漏れの取組' })).toBeTruthy();
    expect(screen.getByTestId('badge-error').textContent).toBe('エラー 1');
  });

  test('a click and the Enter key select the cell', async () => {
    const port = new PortDouble(faulty);
    await renderApp(port);
    fireEvent.click(screen.getByTestId('validate-button'));
    const issue = (await screen.findAllByTestId('issue'))[0];
    fireEvent.click(issue);
    fireEvent.keyDown(issue, { key: 'Enter' });
    await waitFor(() => expect(port.calls.filter((c) => c.startsWith('select'))).toEqual(['select Sheet1!M4', 'select Sheet1!M4']));
  });

  test('the severity badges filter the list', async () => {
    const port = new PortDouble(faulty);
    await renderApp(port);
    fireEvent.click(screen.getByTestId('validate-button'));
    await screen.findAllByTestId('issue');
    fireEvent.click(screen.getByTestId('badge-error'));
    expect(screen.queryAllByTestId('issue')).toHaveLength(0);
    expect(screen.getByText('選んだ重要度の項目はありません')).toBeTruthy();
  });

  test('changing the month re-validates and is remembered in the workbook', async () => {
    const port = new PortDouble(faulty);
    await renderApp(port);
    fireEvent.click(screen.getByTestId('validate-button'));
    await screen.findByText(/6月〜10月/);
    fireEvent.change(screen.getByTestId('month-select'), { target: { value: '5' } });
    await waitFor(() => expect(screen.queryByText(/の記入がありません/)).toBeNull());
    expect(screen.getByTestId('verdict').textContent).toContain('提出できます');
    expect(port.settings.get('reportingMonth')).toBe('5');
  });

  test('a saved month is used on start', async () => {
    const port = new PortDouble(faulty);
    port.settings.set('reportingMonth', '6');
    await renderApp(port);
    expect((screen.getByTestId('month-select') as HTMLSelectElement).value).toBe('6');
  });

  test('no problem: the empty state', async () => {
    const port = new PortDouble(sheet([soundRow()]));
    expect(issuesOf([soundRow()])).toEqual([]);
    await renderApp(port);
    fireEvent.click(screen.getByTestId('validate-button'));
    expect(await screen.findByText('問題は見つかりませんでした')).toBeTruthy();
    expect(screen.getByTestId('verdict').textContent).toContain('提出できます');
  });

  test('a failed read shows what to do and retries', async () => {
    const port = new PortDouble(faulty);
    await renderApp(port);
    port.failReads = 1;
    fireEvent.click(screen.getByTestId('validate-button'));
    const error = await screen.findByTestId('error');
    expect(error.textContent).toContain('シートを読み込めませんでした');
    await act(async () => {
      fireEvent.click(within(error).getByText('再試行'));
    });
    expect(await screen.findByTestId('verdict')).toBeTruthy();
  });

  test('the report sheet: rows written, and a refusal explained', async () => {
    const port = new PortDouble(faulty);
    await renderApp(port);
    fireEvent.click(screen.getByTestId('validate-button'));
    fireEvent.click(await screen.findByTestId('report-button'));
    expect((await screen.findByTestId('report-status')).textContent).toContain('シート「検証結果」に 1 件を出力しました');
    expect(port.reportRows.map((r) => [r.code, r.cell, r.sheet])).toEqual([['month-missing', 'M4', 'Sheet1']]);
    port.reportResult = { ok: false, refusal: { reason: 'protected', sheet: '検証結果' } };
    fireEvent.click(screen.getByTestId('report-button'));
    await waitFor(() => expect(screen.getByTestId('report-status').textContent).toContain('保護されているため'));
  });

  test('English', async () => {
    const port = new PortDouble(faulty);
    await renderApp(port, 'en');
    fireEvent.click(screen.getByTestId('validate-button'));
    expect((await screen.findByTestId('verdict')).textContent).toContain('Needs fixing: 1 error');
    expect(screen.getByText(/No progress entry for June–October/)).toBeTruthy();
  });
});
