import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { Demo, DOC_SHOTS, openDemo, screenshot } from './browser';

/**
 * The 集約 tab in the demo (issue 10): the bundled department files are read from the pane's own
 * server, consolidated into the demo workbook, and the three sheets appear as its sheet tabs;
 * 集計 has one line per file with what `psheet consolidate samples --month 10` gives (教育推進部
 * 提出できます, 都市政策部 要修正, 福祉部 要修正) and the chart of 進捗度 per department. Writing again
 * asks before replacing. axe-core finds nothing serious in the tab, in Japanese and English, and
 * no request leaves the demo server.
 */

const WORDS = {
  ja: {
    sheets: ['全庁集約', '集計', '点検結果'],
    written: 'に書き出しました',
    chartTitle: '進捗度の内訳',
    columns: { department: '所管部', initiatives: '取組数', verdict: '判定' },
    verdicts: ['提出できます', '要修正', '要修正'],
    replaced: 'シート「全庁集約」「集計」「点検結果」に書き出しました（取組 19 件）',
  },
  en: {
    sheets: ['All departments', 'Summary', 'Check results'],
    written: 'Wrote the sheets',
    chartTitle: '進捗度 by department',
    columns: { department: 'Department', initiatives: 'Initiatives', verdict: 'Verdict' },
    verdicts: ['Ready to submit', 'Needs fixing', 'Needs fixing'],
    replaced: 'Wrote the sheets "All departments", "Summary", "Check results" (19 initiatives)',
  },
};

/** What `psheet consolidate samples --month 10` writes in 集計, per file. */
const EXPECTED = [
  { file: 'kyoiku-r7.xlsx', department: '教育推進部', initiatives: '4' },
  { file: 'toshi-r7.xlsx', department: '都市政策部', initiatives: '4' },
  { file: 'welfare-r7.xlsx', department: '福祉部', initiatives: '11' },
];
const SYMBOLS = ['◎', '○', '△', '×', '↗', '→', '↘'];

async function expectAccessible(demo: Demo, step: string): Promise<void> {
  expect({ step, violations: await seriousViolations(demo.page) }).toEqual({ step, violations: [] });
}

/** The text of row `row` (1-based) of the sheet drawn, by column header. */
async function rowByHeader(page: Page, row: number): Promise<Record<string, string>> {
  return page.evaluate((r) => {
    const text = (a: string) => (document.querySelector(`[data-testid="sheet-view"] [data-address="${a}"]`) as HTMLElement | null)?.innerText ?? '';
    const out: Record<string, string> = {};
    for (let c = 0; c < 26; c++) {
      const letter = String.fromCharCode(65 + c);
      const head = text(`${letter}1`);
      if (head) out[head] = text(`${letter}${r}`);
    }
    return out;
  }, row);
}

describe.each(['ja', 'en'] as const)('demo: the 集約 tab (%s)', (lang) => {
  let demo: Demo;
  const w = WORDS[lang];

  beforeAll(async () => {
    demo = await openDemo(`?lang=${lang}`, { width: 1400, height: 1000 });
  });
  afterAll(async () => {
    await demo?.close();
  });

  test('the tab offers the sample department files, labelled and accessible', async () => {
    const { page } = demo;
    await page.getByTestId('validate-button').waitFor();
    await page.getByTestId('tab-consolidate').click();
    await page.getByTestId('consolidate-demo').waitFor();
    const input = page.getByTestId('consolidate-input');
    expect(await input.getAttribute('multiple')).not.toBeNull();
    expect(await input.getAttribute('accept')).toBe('.xlsx');
    expect(await input.getAttribute('aria-label')).toBeTruthy();
    await expectAccessible(demo, 'tab opened');
  });

  test('reads the three files from the pane’s own server, each with its result', async () => {
    const { page } = demo;
    await page.getByTestId('consolidate-demo').click();
    await page.getByTestId('consolidate-write').waitFor();
    const files = page.getByTestId('consolidate-file');
    expect(await files.count()).toBe(3);
    for (const [i, e] of EXPECTED.entries()) {
      const item = files.nth(i);
      expect(await item.getAttribute('data-file')).toBe(e.file);
      expect(await item.getAttribute('data-status')).toBe('read');
      expect(await item.innerText()).toContain(e.department);
    }
    expect(await files.evaluateAll((items) => items.map((i) => i.getAttribute('data-verdict')))).toEqual(['ready', 'needs-fix', 'needs-fix']);
    const samples = demo.requests.filter((r) => /\/samples\/[a-z]+-r7\.xlsx$/.test(new URL(r).pathname));
    expect(samples.map((r) => new URL(r).pathname)).toEqual(EXPECTED.map((e) => `/samples/${e.file}`));
    expect(demo.foreign()).toEqual([]);
    await expectAccessible(demo, 'files read');
  });

  test('writes 全庁集約, 集計 and 点検結果 into the demo workbook: 集計 as the CLI gives it, with its chart', async () => {
    const { page } = demo;
    await page.getByTestId('consolidate-write').click();
    await page.getByTestId('consolidate-status').waitFor();
    expect(await page.getByTestId('consolidate-status').innerText()).toContain(w.written);
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'consolidate-status-region');
    const tabs = await page.locator('[data-testid="sheet-tab"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet')));
    expect(tabs.slice(-3)).toEqual(w.sheets);
    expect(await page.locator(`[data-testid="sheet-tab"][data-sheet="${w.sheets[1]}"]`).getAttribute('aria-selected')).toBe('true');
    for (const [i, e] of EXPECTED.entries()) {
      const row = await rowByHeader(page, i + 2);
      expect([row[w.columns.department], row[w.columns.initiatives], row[w.columns.verdict]]).toEqual([e.department, e.initiatives, w.verdicts[i]]);
    }
    const total = await rowByHeader(page, 5);
    expect(total[w.columns.initiatives]).toBe('19');
    const chart = page.getByTestId('sheet-chart');
    expect(await chart.count()).toBe(1);
    expect(await chart.getAttribute('data-type')).toBe('ColumnStacked');
    expect(await chart.getAttribute('data-title')).toBe(w.chartTitle);
    expect(JSON.parse((await chart.getAttribute('data-categories')) ?? '[]')).toEqual(EXPECTED.map((e) => e.department));
    expect(JSON.parse((await chart.getAttribute('data-series')) ?? '[]')).toEqual(SYMBOLS);
    await expectAccessible(demo, 'written');
    if (lang === 'ja') await screenshot(page, 'pane-consolidate', DOC_SHOTS);
  });

  test('全庁集約 holds every initiative once, with its source', async () => {
    const { page } = demo;
    await page.locator(`[data-testid="sheet-tab"][data-sheet="${w.sheets[0]}"]`).click();
    await page.locator('[data-testid="sheet-view"] [data-address="A20"]').waitFor();
    expect(await page.locator('[data-testid="sheet-view"] [data-address="A21"]').count()).toBe(0);
    expect(await page.locator('[data-testid="sheet-view"] [data-address="A1"]').innerText()).toBe('No.');
  });

  test('writing again asks first, naming the sheets, and replaces them in place', async () => {
    const { page } = demo;
    const before = await page.locator('[data-testid="sheet-tab"]').count();
    await page.getByTestId('consolidate-write').click();
    const dialog = page.getByTestId('consolidate-confirm');
    await dialog.waitFor();
    expect(await page.getByTestId('consolidate-confirm-sheet').allInnerTexts()).toEqual(w.sheets);
    await expectAccessible(demo, 'asking');
    await page.getByTestId('consolidate-confirm-replace').click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="consolidate-confirm"]'));
    await page.waitForFunction((text) => document.querySelector('[data-testid="consolidate-status"]')?.textContent?.includes(text), w.replaced);
    expect(await page.locator('[data-testid="sheet-tab"]').count()).toBe(before);
    expect(demo.foreign()).toEqual([]);
  });
});
