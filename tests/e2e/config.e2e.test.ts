import path from 'path';
import { Demo, openDemo, screenshot } from './browser';

/**
 * A city's IT section places psheet.config.json beside the pane's files: the pane reads it,
 * says which configuration is in force, and validates with its scale (issue 9).
 */
describe('demo: a configuration beside the pane', () => {
  let demo: Demo;

  beforeAll(async () => {
    demo = await openDemo('?lang=ja', { configFile: path.join(__dirname, 'configs', 'circles.json') });
  });
  afterAll(async () => {
    await demo?.close();
  });

  test('the pane names the deployed configuration and validates with its scale', async () => {
    const { page } = demo;
    const source = page.getByTestId('config-source');
    await source.waitFor();
    expect(await source.innerText()).toContain('psheet.config.json');
    await page.getByTestId('validate-button').click();
    await page.getByTestId('verdict').waitFor();
    expect(await page.getByTestId('scale-in-use').innerText()).toContain('◎ ○ △ ×');
    // The sample is written with arrows: with ◎○△× pinned, its arrows are refused, politely.
    const invalid = page.locator('[data-testid="issue"][data-code="symbol-invalid"]');
    expect(await invalid.count()).toBeGreaterThan(0);
    expect(await invalid.first().innerText()).toContain('◎（計画以上）');
    await screenshot(page, '20-config-circles');
  });
});

describe('demo: without a configuration', () => {
  let demo: Demo;

  beforeAll(async () => {
    demo = await openDemo('?lang=en');
  });
  afterAll(async () => {
    await demo?.close();
  });

  test('the defaults, and the scale detected from the sheet', async () => {
    const { page } = demo;
    await page.getByTestId('validate-button').click();
    await page.getByTestId('verdict').waitFor();
    expect(await page.getByTestId('config-source').innerText()).toContain('Settings: defaults');
    expect(await page.getByTestId('scale-in-use').innerText()).toContain('↗ → ↘ (detected from the sheet)');
  });
});
