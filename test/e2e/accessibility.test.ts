import AxeBuilder from '@axe-core/playwright';
import { describeInBrowser, openBrowserSession, type BrowserSession } from './support/browser';
import { PAGE_TYPES } from './support/pages';

describeInBrowser('accessibility (axe, WCAG 2.1 AA)', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowserSession();
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });

  for (const lang of ['nl', 'en'] as const) {
    for (const [name, url, status = 200] of PAGE_TYPES) {
      it(`${name} (${lang}) has no serious or critical violations`, async () => {
        const separator = url.includes('?') ? '&' : '?';
        const response = await session.page.goto(`${session.baseUrl}${url}${separator}lang=${lang}`);
        expect(response?.status()).toBe(status);
        const results = await new AxeBuilder({ page: session.page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        expect(serious).toEqual([]);
      });
    }
  }
});
