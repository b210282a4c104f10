import { seriousViolations } from './axe';
import { Demo, DOC_SHOTS, openDemo, screenshot } from './browser';

/**
 * The order people really work in (issue 11): check → write the report → check again (still the
 * process sheet, though the report sheet is now active) → add the month's entry lines → the 点検
 * tab shows its result out of date or already fresh (checked after the lines were added). In
 * Japanese and English, at 1400 px with the sheet drawn and at 350 px with the pane alone; axe-core
 * finds nothing serious or critical in either tab at any step, and the page asks no other host
 * than the demo server for anything.
 */

const SHEET = 'R7取組実施プロセスシート';

const WORDS = {
  ja: {
    written: 'シート「点検結果」に',
    notice: 'アクティブなシート「点検結果」には見出し行がないため',
    checked: `シート「${SHEET}」`,
    inserted: '件のセルに記入欄を追加し、そのセルを選択しました',
    reportSheet: '点検結果',
    title: 'プロセスシート点検 結果',
  },
  en: {
    written: 'to sheet "Check results"',
    notice: 'The active sheet "Check results" has no header row',
    checked: `Sheet "${SHEET}"`,
    inserted: 'Added an entry line to',
    reportSheet: 'Check results',
    title: 'Process Sheet Check: results',
  },
};

interface Case {
  lang: 'ja' | 'en';
  width: number;
  paneOnly: boolean;
  /** Screenshot names for docs/deploy.md, by step. */
  shots?: Partial<Record<'validated' | 'report' | 'insert' | 'inserted' | 'after', string>>;
}

const CASES: Case[] = [
  {
    lang: 'ja',
    width: 1400,
    paneOnly: false,
    shots: { validated: 'demo-validate', report: 'report-sheet', insert: 'demo-insert', inserted: 'inserted', after: 'after-insert' },
  },
  { lang: 'ja', width: 350, paneOnly: true, shots: { validated: 'pane-350-validate', insert: 'pane-350-insert', after: 'pane-350-after-insert' } },
  { lang: 'en', width: 1400, paneOnly: false, shots: { validated: 'demo-english' } },
  { lang: 'en', width: 350, paneOnly: true },
];

async function expectAccessible(demo: Demo, step: string): Promise<void> {
  expect({ step, violations: await seriousViolations(demo.page) }).toEqual({ step, violations: [] });
}

async function settled(demo: Demo): Promise<void> {
  await demo.page.waitForFunction(() => document.querySelector('[data-testid="verdict"]')?.getAttribute('data-updating') === 'false');
}

describe.each(CASES)('the walk: $lang at $width px (pane alone: $paneOnly)', ({ lang, width, paneOnly, shots = {} }) => {
  let demo: Demo;
  /** When the last check before the month lines were added was made. */
  let checkedBefore: string | null = null;
  const w = WORDS[lang];
  const shot = async (step: keyof NonNullable<Case['shots']>) => {
    const name = shots[step];
    if (name) await screenshot(demo.page, name, DOC_SHOTS);
  };

  beforeAll(async () => {
    demo = await openDemo(`?lang=${lang}${paneOnly ? '&pane=only' : ''}`, { width });
  });
  afterAll(async () => {
    await demo?.close();
  });

  test('check: the verdict first; both tabs accessible', async () => {
    const { page } = demo;
    await page.getByTestId('validate-button').waitFor();
    await expectAccessible(demo, 'start');
    if (paneOnly) expect(await page.getByTestId('sheet-view').count()).toBe(0);
    await page.getByTestId('validate-button').click();
    await page.getByTestId('verdict').waitFor();
    await settled(demo);
    expect(await page.getByTestId('verdict').innerText()).toContain(w.checked);
    expect(await page.locator('[data-testid="issue"][data-code="month-missing"][data-cell="M9"]').count()).toBe(1);
    if (!paneOnly) await page.locator('[data-testid="issue"][data-cell="M9"]').first().click();
    await expectAccessible(demo, 'checked');
    await shot('validated');
  });

  test('write the report: its sheet opens, the pane says it keeps to the process sheet', async () => {
    const { page } = demo;
    await page.getByTestId('report-button').click();
    await page.getByTestId('report-status').waitFor();
    expect(await page.getByTestId('report-status').innerText()).toContain(w.written);
    await page.getByTestId('active-notice').waitFor();
    expect(await page.getByTestId('active-notice').innerText()).toContain(w.notice);
    if (!paneOnly) {
      const tab = page.locator(`[data-testid="sheet-tab"][data-sheet="${w.reportSheet}"]`);
      expect(await tab.getAttribute('aria-selected')).toBe('true');
      expect(await page.locator('[data-testid="cell"][data-address="A1"]').innerText()).toBe(w.title);
    }
    // The verdict is still the first thing the tab shows.
    expect(await page.evaluate(() => document.querySelector('[data-testid="panel-validate"] > div > *')?.getAttribute('data-testid'))).toBe('verdict');
    await expectAccessible(demo, 'report written');
    await shot('report');
  });

  test('check again: still the process sheet', async () => {
    const { page } = demo;
    await page.getByTestId('validate-button').click();
    await settled(demo);
    expect(await page.getByTestId('verdict').innerText()).toContain(w.checked);
    expect(await page.locator('[data-testid="issue"][data-code="header-not-found"]').count()).toBe(0);
    checkedBefore = await page.getByTestId('verdict').getAttribute('data-checked-at');
    expect(checkedBefore).toMatch(/^\d{4}-/);
  });

  test('add the month lines: the changed cells selected, the focus kept in the pane', async () => {
    const { page } = demo;
    await page.getByTestId('tab-insert').click();
    await page.getByTestId('insert-summary').waitFor();
    expect(await page.getByTestId('insert-change').count()).toBe(11);
    await expectAccessible(demo, 'insert preview');
    await shot('insert');
    await page.getByTestId('insert-button').click();
    await page.getByTestId('insert-status').waitFor();
    expect(await page.getByTestId('insert-status').innerText()).toContain(w.inserted);
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'insert-status-region');
    if (!paneOnly) {
      expect(await page.locator(`[data-testid="sheet-tab"][data-sheet="${SHEET}"]`).getAttribute('aria-selected')).toBe('true');
      expect(await page.locator('[data-testid="selected-cell"]').count()).toBe(11);
    }
    await expectAccessible(demo, 'inserted');
    await shot('inserted');
  });

  test('the 点検 tab: out of date or fresh, never the old result as if fresh', async () => {
    const { page } = demo;
    await page.getByTestId('tab-validate').click();
    const verdict = page.getByTestId('verdict');
    await verdict.waitFor();
    // Fresh: checked after the lines were added. The lines made ready for 11月 are neither overdue nor early.
    const fresh = async () =>
      (await verdict.getAttribute('data-stale')) === 'false' &&
      (await verdict.getAttribute('data-checked-at')) !== checkedBefore &&
      (await page.locator('[data-testid="issue"][data-code="month-empty"], [data-testid="issue"][data-code="month-future"]').count()) === 0;
    const stale = (await verdict.getAttribute('data-stale')) === 'true';
    expect(stale || (await fresh())).toBe(true);
    if (stale) {
      expect(await page.getByTestId('stale').isVisible()).toBe(true);
      await expectAccessible(demo, 'stale');
    }
    // The sample is small: it is checked again on its own.
    await page.waitForFunction(() => document.querySelector('[data-testid="verdict"]')?.getAttribute('data-stale') === 'false');
    await settled(demo);
    expect(await fresh()).toBe(true);
    await expectAccessible(demo, 'after insert');
    await shot('after');
  });
});
