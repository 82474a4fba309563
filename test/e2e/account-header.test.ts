import path from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { createAccountsTestApp, createUser, type AccountsTestApp, type TestUser } from '../support/auth';
import {
  SCREENSHOT_DIR,
  WIDTHS,
  describeInBrowser,
  launchChromium,
  listen,
  overflow,
  seriousAxeViolations,
} from './support/browser';

/**
 * The header's account part (issue 15) in a real browser: it fits a phone and a laptop window for
 * an anonymous visitor and for the user with the most links (an administrator with a long address),
 * passes axe, and "Uitloggen" signs out without JavaScript. Screenshots: account-header-*.png.
 */
describeInBrowser('account links in the header', () => {
  let t: AccountsTestApp;
  let browser: Browser;
  let site: { server: Server; url: string };
  let admin: TestUser;

  beforeAll(async () => {
    t = await createAccountsTestApp();
    site = await listen(t.app);
    browser = await launchChromium();
    admin = await createUser(t, {
      role: 'admin',
      email: 'a.very-long-administrator-address@ministerie-van-voorbeeldzaken.example',
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => site?.server.close(resolve));
    await t?.close();
  });

  /** The header bar's links and buttons past the window's right edge (the main menu scrolls by itself). */
  async function outsideWindow(page: Page, width: number): Promise<string[]> {
    const outside: string[] = [];
    for (const item of await page.locator('.cm-header__bar a, .cm-header__bar button').all()) {
      const box = await item.boundingBox();
      if (box && box.x + box.width > width + 0.5) outside.push((await item.textContent()) ?? '');
    }
    return outside;
  }

  async function signedIn(page: Page): Promise<void> {
    await page.goto(`${site.url}/login`);
    await page.fill('#email', admin.email);
    await page.fill('#password', admin.password);
    await Promise.all([page.waitForURL(/\/account$/), page.click('[data-test=login-submit]')]);
  }

  for (const viewport of WIDTHS) {
    it(`fits ${viewport.width} px, anonymous and signed in, without serious axe violations`, async () => {
      const anonymous = await (await browser.newContext({ viewport })).newPage();
      await anonymous.goto(`${site.url}/services`);
      expect(await anonymous.locator('header [data-test=sign-in-link]').textContent()).toBe('Inloggen');
      const measured = await overflow(anonymous);
      expect(measured.scrollWidth).toBe(measured.clientWidth);
      expect(await outsideWindow(anonymous, measured.clientWidth)).toEqual([]);
      await anonymous.screenshot({
        path: path.join(SCREENSHOT_DIR, `account-header-${viewport.width}-anonymous.png`),
      });

      const page = await (await browser.newContext({ viewport })).newPage();
      await signedIn(page);
      for (const url of ['/services', '/admin/users']) {
        await page.goto(`${site.url}${url}`);
        await expect(page.locator('header [data-test=account-nav-link]').count()).resolves.toBe(3);
        const measured = await overflow(page);
        expect({ url, scrollWidth: measured.scrollWidth }).toEqual({
          url,
          scrollWidth: measured.clientWidth,
        });
        expect({ url, outside: await outsideWindow(page, measured.clientWidth) }).toEqual({
          url,
          outside: [],
        });
        expect(await seriousAxeViolations(page)).toEqual([]);
      }
      await page.goto(`${site.url}/services`);
      await page.screenshot({
        path: path.join(SCREENSHOT_DIR, `account-header-${viewport.width}-admin.png`),
      });
      await anonymous.context().close();
      await page.context().close();
    }, 120_000);
  }

  it('signs out with the header button, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signedIn(page);
    await page.goto(`${site.url}/services`);
    await Promise.all([page.waitForURL(`${site.url}/`), page.click('header [data-test=sign-out]')]);
    expect(await page.locator('header [data-test=sign-in-link]').count()).toBe(1);
    expect((await page.goto(`${site.url}/account`))?.status()).toBe(401);
    await context.close();
  });
});
