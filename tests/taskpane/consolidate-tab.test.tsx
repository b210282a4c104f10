/** @jest-environment jsdom */
import { act, fireEvent, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'fs';
import path from 'path';
import { DEFAULT_CONFIG } from '../../src/core/config';
import type { FileSource } from '../../src/taskpane/consolidate/file-source';
import { useConsolidation } from '../../src/taskpane/consolidate/use-consolidation';
import { App } from '../../src/taskpane/shell/App';
import { sheet, soundRow } from '../helpers/sheet';
import { workbookWith } from './workbook';
import './jsdom-shims';

/**
 * The 集約 tab: files read one after another (a broken one listed with its reason, the others
 * read all the same), cancelled and resumed, consolidated with the pane's month, then written
 * into the open workbook after asking before sheets written earlier are replaced, never over a
 * sheet of the same name that the user made.
 */

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const NAMES = ['kyoiku-r7.xlsx', 'toshi-r7.xlsx', 'welfare-r7.xlsx'];
const bytesOf = (name: string) => new Uint8Array(readFileSync(path.join(SAMPLES, name)));
const BROKEN = new Uint8Array(Buffer.from('これは Excel のブックではありません'));

function source(name: string, bytes: Uint8Array): FileSource {
  return { name, size: bytes.length, bytes: async () => bytes };
}

/** A source whose bytes arrive when the test says so. */
function held(name: string, bytes: Uint8Array): { source: FileSource; release(): void } {
  let release!: () => void;
  const ready = new Promise<void>((r) => (release = r));
  return { source: { name, size: bytes.length, bytes: () => ready.then(() => bytes) }, release };
}

const processSheet = sheet([soundRow()]);
const noConfig = async () => undefined;

function hook(month?: number) {
  const { port } = workbookWith([processSheet]);
  return renderHook(
    (props: { month?: number }) => useConsolidation({ port, lang: 'ja', config: DEFAULT_CONFIG, month: props.month, chartTitle: '進捗度の内訳' }),
    {
      initialProps: { month },
    },
  );
}

describe('useConsolidation', () => {
  test('reads every file in turn; a broken file is listed with its reason and the others are consolidated', async () => {
    const { result } = hook(10);
    act(() => result.current.add([source(NAMES[0], bytesOf(NAMES[0])), source('broken.xlsx', BROKEN), source(NAMES[1], bytesOf(NAMES[1]))]));
    await waitFor(() => expect(result.current.state.phase).toBe('done'));
    const files = result.current.state.files;
    expect(files.map((f) => [f.name, f.status])).toEqual([
      [NAMES[0], 'read'],
      ['broken.xlsx', 'unreadable'],
      [NAMES[1], 'read'],
    ]);
    expect(files[0]).toMatchObject({ sheet: 'R7取組実施プロセスシート', initiatives: 4, counts: { error: 0 } });
    expect(files[1].reason?.ja).toMatch(/\S/);
    expect(files[1].reason?.en).toMatch(/\S/);
    const c = result.current.state.result!;
    expect(c.files.map((f) => [f.department, f.verdict, f.initiatives])).toEqual([
      ['教育推進部', 'ready', 4],
      ['broken.xlsx', 'unreadable', 0],
      ['都市政策部', 'needs-fix', 4],
    ]);
    expect(c.all.rows).toHaveLength(8);
  });

  test('the pane’s reporting month is used; a new month reads the files again', async () => {
    const { result, rerender } = hook(10);
    act(() => result.current.add([source(NAMES[1], bytesOf(NAMES[1]))]));
    await waitFor(() => expect(result.current.state.phase).toBe('done'));
    expect(result.current.state.result!.files[0]).toMatchObject({ month: 10, missing: 2 });
    rerender({ month: 5 });
    await waitFor(() => expect(result.current.state.result?.files[0].month).toBe(5));
    expect(result.current.state.result!.files[0].missing).toBe(0);
  });

  test('cancel: the file under way is finished, the others are left unread, and can be read later', async () => {
    const { result } = hook(10);
    const files = NAMES.map((n) => held(n, bytesOf(n)));
    act(() => result.current.add(files.map((f) => f.source)));
    files[0].release();
    await waitFor(() => expect(result.current.state.files[1].status).toBe('reading'));
    expect(result.current.state.files[0].status).toBe('read');
    act(() => result.current.cancel());
    expect(result.current.state.phase).toBe('stopping');
    files[1].release();
    await waitFor(() => expect(result.current.state.phase).toBe('done'));
    expect(result.current.state.files.map((f) => f.status)).toEqual(['read', 'read', 'cancelled']);
    expect(result.current.state.result!.files).toHaveLength(2);
    act(() => result.current.resume());
    files[2].release();
    await waitFor(() => expect(result.current.state.result?.files).toHaveLength(3));
    expect(result.current.state.files.map((f) => f.status)).toEqual(['read', 'read', 'read']);
  });

  test('a file already in the list is not added twice', async () => {
    const { result } = hook(10);
    act(() => result.current.add([source(NAMES[0], bytesOf(NAMES[0]))]));
    await waitFor(() => expect(result.current.state.phase).toBe('done'));
    act(() => result.current.add([source(NAMES[0], bytesOf(NAMES[0]))]));
    expect(result.current.state.files).toHaveLength(1);
    expect(result.current.state.duplicates).toEqual([NAMES[0]]);
  });
});

async function openTab(book = workbookWith([processSheet], { reportingMonth: '10' })) {
  render(<App port={book.port} lang="ja" fetchText={noConfig} />);
  await waitFor(() => expect((screen.getByTestId('month-select') as HTMLSelectElement).value).toBe('10'));
  fireEvent.click(screen.getByTestId('tab-consolidate'));
  await screen.findByTestId('consolidate-choose');
  return book;
}

function choose(names: string[], extra: File[] = []) {
  const files = [...names.map((n) => new File([bytesOf(n)], n)), ...extra];
  fireEvent.change(screen.getByTestId('consolidate-input'), { target: { files } });
}

describe('the 集約 tab', () => {
  test('the file input takes several .xlsx files; each shows its result, the progress counts them', async () => {
    await openTab();
    const input = screen.getByTestId('consolidate-input') as HTMLInputElement;
    expect(input.multiple).toBe(true);
    expect(input.accept).toBe('.xlsx');
    expect(input.getAttribute('aria-label')).toBe('集約する .xlsx ファイル（複数選べます）');
    // Outside the demo there are no sample files to try.
    expect(screen.queryByTestId('consolidate-demo')).toBeNull();
    choose(NAMES.slice(0, 2), [new File([BROKEN], 'broken.xlsx')]);
    await screen.findByTestId('consolidate-write');
    expect(screen.getByText('3 件中 3 件を読み込みました')).toBeTruthy();
    const items = screen.getAllByTestId('consolidate-file');
    expect(items.map((i) => [i.getAttribute('data-file'), i.getAttribute('data-verdict')])).toEqual([
      ['kyoiku-r7.xlsx', 'ready'],
      ['toshi-r7.xlsx', 'needs-fix'],
      ['broken.xlsx', 'unreadable'],
    ]);
    expect(items[0].textContent).toContain('教育推進部');
    expect(items[0].textContent).toContain('取組 4 件・エラー 0');
    expect(items[2].textContent).toContain('読めません');
    expect(screen.getByTestId('consolidate-summary').textContent).toContain('3 件のファイルから取組 8 件を集約しました。');
  });

  test('the files read stay while another tab is shown', async () => {
    await openTab();
    choose(NAMES.slice(0, 2));
    await screen.findByTestId('consolidate-write');
    fireEvent.click(screen.getByTestId('tab-validate'));
    await screen.findByTestId('validate-button');
    expect(screen.queryByTestId('consolidate-file')).toBeNull();
    fireEvent.click(screen.getByTestId('tab-consolidate'));
    await screen.findByTestId('consolidate-write');
    expect(screen.getAllByTestId('consolidate-file').map((i) => i.getAttribute('data-status'))).toEqual(['read', 'read']);
  });

  test('dropping files on the tab reads them too', async () => {
    await openTab();
    fireEvent.drop(screen.getByTestId('consolidate-drop'), { dataTransfer: { files: [new File([bytesOf(NAMES[0])], NAMES[0])] } });
    await screen.findByTestId('consolidate-write');
    expect(screen.getAllByTestId('consolidate-file')).toHaveLength(1);
  });

  test('writes the three sheets; the second time asks first, naming the sheets, and replaces them only when agreed', async () => {
    const { fake } = await openTab();
    choose(NAMES);
    fireEvent.click(await screen.findByTestId('consolidate-write'));
    const status = await screen.findByTestId('consolidate-status');
    expect(status.textContent).toContain('シート「全庁集約」「集計」「点検結果」に書き出しました（取組 19 件）。');
    expect(status.textContent).toContain('シート「集計」に進捗度の内訳のグラフを入れました。');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('consolidate-status-region')));
    expect(fake.sheetNames()).toEqual(['Sheet1', '全庁集約', '集計', '点検結果']);
    const summary = fake.sheet('集計').values;
    expect(summary.slice(1, 4).map((r) => [r[2], r[3], r[4], r[r.length - 2]])).toEqual([
      ['教育推進部', 10, 4, '提出できます'],
      ['都市政策部', 10, 4, '要修正'],
      ['福祉部', 10, 11, '要修正'],
    ]);
    expect(fake.sheet('集計').charts[0].categories).toEqual(['教育推進部', '都市政策部', '福祉部']);
    const ids = ['全庁集約', '集計', '点検結果'].map((n) => fake.sheet(n).id);

    // Again: the dialog names the sheets; cancelling writes nothing.
    fireEvent.click(screen.getByTestId('consolidate-write'));
    const dialog = await screen.findByTestId('consolidate-confirm');
    expect(
      within(dialog)
        .getAllByTestId('consolidate-confirm-sheet')
        .map((li) => li.textContent),
    ).toEqual(['全庁集約', '集計', '点検結果']);
    const before = fake.log.length;
    fireEvent.click(within(dialog).getByTestId('consolidate-confirm-cancel'));
    expect((await screen.findByTestId('consolidate-status')).textContent).toContain('書き出しをやめました');
    expect(fake.log.slice(before)).toEqual([]);

    fireEvent.click(screen.getByTestId('consolidate-write'));
    fireEvent.click(within(await screen.findByTestId('consolidate-confirm')).getByTestId('consolidate-confirm-replace'));
    await waitFor(() => expect(screen.getByTestId('consolidate-status').textContent).toContain('に書き出しました'));
    expect(['全庁集約', '集計', '点検結果'].map((n) => fake.sheet(n).id)).toEqual(ids);
    expect(fake.sheetNames()).toHaveLength(4);
    expect(fake.sheet('集計').charts).toHaveLength(1);
  });

  test('a sheet of the same name that the user made is never replaced: the tab writes 全庁集約 (2) and says so', async () => {
    const book = workbookWith([processSheet, { name: '全庁集約', values: [['わたしの集計表']] }], { reportingMonth: '10' });
    await openTab(book);
    choose([NAMES[0]]);
    fireEvent.click(await screen.findByTestId('consolidate-write'));
    const status = await screen.findByTestId('consolidate-status');
    expect(status.textContent).toContain('同じ名前のシート「全庁集約」があるため、「全庁集約 (2)」に書き出しました');
    expect(screen.queryByTestId('consolidate-confirm')).toBeNull();
    expect(book.fake.sheet('全庁集約').values).toEqual([['わたしの集計表']]);
    expect(book.fake.sheet('全庁集約 (2)').values[1][1]).toBe('教育推進部');
  });

  test('a protected sheet of its own is refused before anything is written, and the tab says which', async () => {
    const { fake } = await openTab();
    choose([NAMES[0]]);
    fireEvent.click(await screen.findByTestId('consolidate-write'));
    await screen.findByTestId('consolidate-status');
    fake.setProtected('集計', true);
    const before = fake.log.length;
    fireEvent.click(screen.getByTestId('consolidate-write'));
    // Refused at once: no question about replacing what cannot be replaced.
    await waitFor(() => expect(screen.getByTestId('consolidate-status').textContent).toContain('シート「集計」が保護されているため、何も書き出しませんでした'));
    expect(screen.queryByTestId('consolidate-confirm')).toBeNull();
    expect(fake.log.slice(before)).toEqual([]);
  });
});
