import { Demo, openDemo, screenshot } from './browser';

/** The demo in headless Chromium: validate the sample as a reviewer would (issue 3). */
describe('demo: the validation tab', () => {
  let demo: Demo;

  beforeAll(async () => {
    demo = await openDemo('?lang=ja');
  });
  afterAll(async () => {
    await demo?.close();
  });

  test('starts in demo mode with the sample sheet drawn beside the pane', async () => {
    const { page } = demo;
    await page.getByTestId('validate-button').waitFor();
    await page.locator('[data-testid="cell"][data-address="M9"]').waitFor();
    expect(await page.locator('[data-testid="cell"][data-address="H9"]').innerText()).toContain('障がい者の雇用・就労支援拠点');
    await screenshot(page, '01-demo-start');
  });

  test('validating shows the verdict and the issues of DESIGN.md section 3', async () => {
    const { page } = demo;
    await page.getByTestId('validate-button').click();
    await page.getByTestId('verdict').waitFor();
    expect(await page.getByTestId('verdict').innerText()).toContain('要修正');
    const missing = page.locator('[data-testid="issue"][data-code="month-missing"][data-cell="M9"]');
    await missing.waitFor();
    expect(await missing.innerText()).toContain('6月〜10月 の記入がありません');
    const empty = page.locator('[data-testid="issue"][data-code="required-empty"][data-cell="J14"]');
    expect(await empty.count()).toBe(1);
    expect(await page.getByTestId('badge-error').innerText()).toContain('4');
    await screenshot(page, '02-validated');
  });

  test('clicking an issue selects its cell in the sheet', async () => {
    const { page } = demo;
    await page.locator('[data-testid="issue"][data-cell="M9"]').first().click();
    await page.locator('[data-testid="selected-cell"][data-address="M9"], [data-testid="cell"][data-address="M9"][data-selected="true"]').first().waitFor();
    await screenshot(page, '03-selected-M9');
  });

  test('the issue list is usable from the keyboard', async () => {
    const { page } = demo;
    const issue = page.locator('[data-testid="issue"][data-cell="J14"]').first();
    await issue.focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="selected-cell"][data-address="J14"], [data-testid="cell"][data-address="J14"][data-selected="true"]').first().waitFor();
  });

  test('changing the reporting month changes the issues', async () => {
    const { page } = demo;
    await page.getByTestId('month-select').selectOption({ label: '5月' });
    await page.waitForFunction(() => !document.querySelector('[data-testid="issue"][data-code="month-missing"][data-cell="M9"]'));
    expect(await page.locator('[data-testid="issue"][data-code="month-missing"]').count()).toBe(0);
    await page.getByTestId('month-select').selectOption({ label: '10月' });
    await page.locator('[data-testid="issue"][data-code="month-missing"][data-cell="M9"]').waitFor();
  });

  test('writing the report sheet shows it in the workbook: header block, rule names, codes last', async () => {
    const { page } = demo;
    await page.getByTestId('report-button').click();
    await page.getByTestId('report-status').waitFor();
    expect(await page.getByTestId('report-status').innerText()).toContain('点検結果');
    const tab = page.locator('[data-testid="sheet-tab"][data-sheet="点検結果"]');
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    await page.locator('[data-testid="cell"][data-address="A1"]').waitFor();
    expect(await page.locator('[data-address="A3"]').innerText()).toBe('シート');
    expect(await page.locator('[data-address="B3"]').innerText()).toBe('R7取組実施プロセスシート');
    const text = (await page.locator('[data-testid="cell"]').allInnerTexts()).join('\n');
    expect(text).toContain('4月から報告月までに記入のない月がある');
    expect(text).toContain('month-missing');
    // Back to the process sheet from its tab: the pane never left it.
    await page.locator('[data-testid="sheet-tab"][data-sheet="R7取組実施プロセスシート"]').click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="active-notice"]'));
    await screenshot(page, '04-report-sheet');
  });
});

describe('demo: English', () => {
  test('the pane speaks English when asked', async () => {
    const demo = await openDemo('?lang=en');
    try {
      await demo.page.getByTestId('validate-button').click();
      await demo.page.getByTestId('verdict').waitFor();
      const missing = demo.page.locator('[data-testid="issue"][data-code="month-missing"]').first();
      expect(await missing.innerText()).toContain('No progress entry for June–October');
      await screenshot(demo.page, '05-english');
    } finally {
      await demo.close();
    }
  });
});

describe('demo: every action from the keyboard', () => {
  let demo: Demo;
  beforeAll(async () => {
    demo = await openDemo('?lang=ja&pane=only', { width: 350 });
  });
  afterAll(async () => {
    await demo?.close();
  });

  /** Presses Tab until the element with `testId` has the focus. */
  async function tabTo(testId: string, max = 60): Promise<void> {
    const { page } = demo;
    for (let i = 0; i < max; i++) {
      if ((await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === testId) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`${testId} is not reachable with the Tab key`);
  }

  test('check, go to a cell, write the report, colour the cells, add the month lines', async () => {
    const { page } = demo;
    await page.getByTestId('validate-button').waitFor();
    await tabTo('validate-button');
    await page.keyboard.press('Enter');
    await page.getByTestId('verdict').waitFor();
    await tabTo('issue');
    await page.keyboard.press('Enter');
    await tabTo('report-button');
    await page.keyboard.press('Enter');
    await page.getByTestId('report-status').waitFor();
    await tabTo('mark-button');
    await page.keyboard.press('Enter');
    await page.getByTestId('marks-status').waitFor();
    await tabTo('tab-validate');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByTestId('insert-summary').waitFor();
    await tabTo('insert-button');
    await page.keyboard.press('Enter');
    await page.getByTestId('insert-status').waitFor();
    expect(await page.getByTestId('insert-status').innerText()).toContain('件のセルに記入欄を追加し');
  });
});
