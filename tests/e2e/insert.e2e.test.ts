import { Demo, openDemo, screenshot } from './browser';

/** The demo in headless Chromium: add next month's entry lines from the pane (issues 4 and 11). */
describe('demo: adding month entry lines', () => {
  let demo: Demo;
  beforeAll(async () => {
    demo = await openDemo('?lang=ja');
  });
  afterAll(async () => {
    await demo?.close();
  });

  test('the preview lists the 11 cells for 11月, then one click writes them', async () => {
    const { page } = demo;
    await page.getByTestId('tab-insert').click();
    await page.getByTestId('insert-summary').waitFor();
    expect(await page.getByTestId('insert-month-select').inputValue()).toBe('11');
    expect(await page.getByTestId('insert-summary').innerText()).toContain('11 件のセルに記入欄を追加します');
    expect(await page.getByTestId('insert-change').count()).toBe(11);
    await screenshot(page, '06-insert-preview');
    const before = await page.locator('[data-testid="cell"][data-address="M9"]').innerText();
    await page.getByTestId('insert-button').click();
    await page.getByTestId('insert-status').waitFor();
    expect(await page.getByTestId('insert-status').innerText()).toContain('11 件のセルに記入欄を追加し、そのセルを選択しました');
    const after = await page.locator('[data-address="M9"]').innerText();
    expect(after).toBe(`${before}\n11月:`);
    // The preview now shows the sheet as it is: nothing more to add for 11月.
    await page.waitForFunction(() => document.querySelector('[data-testid="insert-summary"]')?.textContent?.startsWith('0 件'));
    expect(await page.getByTestId('insert-button').isDisabled()).toBe(true);
    await screenshot(page, '07-inserted');
  });

  test('a missed month goes in its place, and covered cells are listed as skipped', async () => {
    const { page } = demo;
    await page.getByTestId('insert-month-select').selectOption('7');
    await page.waitForFunction(() => document.querySelector('[data-testid="insert-summary"]')?.textContent?.startsWith('1 件'));
    expect(await page.locator('[data-testid="insert-change"]').getAttribute('data-cell')).toBe('M9');
    expect(await page.getByTestId('insert-skipped').count()).toBe(10);
    await page.getByTestId('insert-button').click();
    await page.getByTestId('insert-status').waitFor();
    const m9 = await page.locator('[data-address="M9"]').innerText();
    expect(m9.split('\n').map((l) => l.slice(0, 3))).toEqual(['4月:', '5月:', '7月:', '11月']);
  });

  test('checking afterwards shows the new lines as month-empty', async () => {
    const { page } = demo;
    await page.getByTestId('tab-validate').click();
    await page.getByTestId('validate-button').click();
    await page.locator('[data-testid="issue"][data-code="month-empty"]').first().waitFor();
    expect(await page.locator('[data-testid="issue"][data-code="month-empty"][data-cell="M9"]').count()).toBeGreaterThan(0);
  });
});
