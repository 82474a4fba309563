import { describeInBrowser, useBrowserSession, seriousAxeViolations } from './support/browser';
import { PAGE_TYPES } from './support/pages';

describeInBrowser('accessibility (axe, WCAG 2.1 AA)', () => {
  const session = useBrowserSession();

  for (const lang of ['nl', 'en'] as const) {
    for (const [name, url, status = 200] of PAGE_TYPES) {
      it(`${name} (${lang}) has no serious or critical violations`, async () => {
        const separator = url.includes('?') ? '&' : '?';
        const response = await session.page.goto(`${session.baseUrl}${url}${separator}lang=${lang}`);
        expect(response?.status()).toBe(status);
        expect(await seriousAxeViolations(session.page)).toEqual([]);
      });
    }
  }
});
