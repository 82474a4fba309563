import path from 'node:path';
import {
  SCREENSHOT_DIR,
  WIDTHS,
  describeInBrowser,
  openBrowserSession,
  overflow,
  type BrowserSession,
} from './support/browser';
import { PAGE_TYPES } from './support/pages';

/**
 * No page is wider than the window (issue 13): every page type at a phone's and a laptop's width,
 * asserting the document does not scroll sideways. Wide tables scroll inside their own region.
 * Screenshots of each go to test-output/e2e/layout-*.png.
 */
describeInBrowser('layout at 390 and 1280 px', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openBrowserSession();
  }, 60_000);
  afterAll(async () => {
    await s?.close();
  });

  /** A page without JavaScript: what the filters toggle must do on its own. */
  async function withoutJavaScript(viewport: { width: number; height: number }, url: string) {
    const context = await s.browser.newContext({ viewport, javaScriptEnabled: false });
    const page = await context.newPage();
    expect((await page.goto(`${s.baseUrl}${url}`))?.status()).toBe(200);
    return { page, close: () => context.close() };
  }

  it('on a phone, the result count and the first results come first; "Filters (n actief)" opens the filters without JavaScript', async () => {
    const phone = WIDTHS[0];
    const { page, close } = await withoutJavaScript(phone, '/services?level=1&cert=ISO27001');
    try {
      const toggle = page.locator('[data-test=filters-toggle-summary]');
      expect(await toggle.textContent()).toBe('Filters (2 actief)');
      expect(await page.locator('[data-test=filter-form]').isVisible()).toBe(false);
      // On the first screen: the count sentence, and the first result's name.
      const count = await page.locator('[data-test=summary]').boundingBox();
      const first = await page.locator('[data-test=service-card] h3').first().boundingBox();
      expect(count && count.y + count.height).toBeLessThanOrEqual(phone.height);
      expect(first && first.y + first.height).toBeLessThanOrEqual(phone.height);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'layout-390-services-first-screen.png') });

      await toggle.click();
      const level = page.locator('[data-facet=level]');
      await expect(page.locator('[data-test=filter-form]').isVisible()).resolves.toBe(true);
      await expect(level.locator('summary').isVisible()).resolves.toBe(true);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'layout-390-services-filters-open.png') });
      // The form still works: apply with the current selection (a plain GET, no script).
      await page.locator('[data-test=apply-filters]').first().click();
      await page.waitForURL(/level=1/);
      expect(page.url()).toContain('cert=ISO27001');
    } finally {
      await close();
    }
  });

  it('on a wide screen, the filters are shown without a click and without the toggle', async () => {
    const { page, close } = await withoutJavaScript(WIDTHS[1], '/services');
    try {
      expect(await page.locator('[data-test=filter-form]').isVisible()).toBe(true);
      expect(await page.locator('[data-test=filters-toggle-summary]').isVisible()).toBe(false);
      expect(await page.locator('[data-test=search-input]').isVisible()).toBe(true);
    } finally {
      await close();
    }
  });

  for (const viewport of WIDTHS) {
    it(`no page scrolls sideways at ${viewport.width} px`, async () => {
      await s.page.setViewportSize(viewport);
      const wide: string[] = [];
      for (const [name, url, status = 200] of PAGE_TYPES) {
        const response = await s.page.goto(`${s.baseUrl}${url}`);
        expect({ url, status: response?.status() }).toEqual({ url, status });
        const measured = await overflow(s.page);
        if (measured.scrollWidth > measured.clientWidth)
          wide.push(`${name} ${url}: ${JSON.stringify(measured)}`);
        await s.screenshot(`layout-${viewport.width}-${name}`);
      }
      expect(wide).toEqual([]);
    }, 120_000);
  }
});
