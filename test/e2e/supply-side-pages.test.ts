import type { Server } from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { createAccountsTestApp, createUser, type AccountsTestApp, type TestUser } from '../support/auth';
import {
  SCREENSHOT_DIR,
  describeInBrowser,
  launchChromium,
  listen,
  seriousAxeViolations,
} from './support/browser';

const SERVICE = 'ovhcloud-public-cloud-compute';
const WIDTHS = [390, 1280];

/** On a phone, the first element matching `selector` lies inside the window (not in a region scrolled away). */
async function onScreenAtPhoneWidth(page: Page, selector: string): Promise<boolean> {
  await page.setViewportSize({ width: 390, height: 844 });
  const box = await page.locator(selector).first().boundingBox();
  await page.setViewportSize({ width: 1280, height: 900 });
  return box !== null && box.x >= 0 && box.x + box.width <= 390;
}

/** The document is no wider than the window (a phone must not scroll sideways). */
const scrollsSideways = (page: Page) =>
  page.evaluate<boolean>('document.documentElement.scrollWidth > document.documentElement.clientWidth');

/**
 * The pages behind a sign-in (issue 15), as each role sees them: axe (WCAG 2.1 AA) finds no serious
 * or critical violation, and no page is wider than a phone or a laptop window. Covers the supplier's
 * start page, draft, every section form, a section shown again with errors, the curator's queue and
 * review page (also shown again with a refused reason and return message), and the administrator's users page, audit trail and outbox. Screenshots go to
 * test-output/e2e/supply-page-*.png.
 */
describeInBrowser('supply-side pages: accessibility and layout, signed in as each role', () => {
  let t: AccountsTestApp;
  let server: Server;
  let url: string;
  let browser: Browser;
  const users: Record<string, TestUser> = {};
  const pages: Record<string, Page> = {};

  async function signedIn(role: 'supplier' | 'curator' | 'admin'): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${url}/login`);
    await page.fill('#email', users[role].email);
    await page.fill('#password', users[role].password);
    await Promise.all([page.waitForLoadState(), page.click('[data-test=login-form] button[type=submit]')]);
    return page;
  }

  /** Axe on the page at both widths, and the overflow check; returns the problems found. */
  async function check(page: Page, name: string): Promise<string[]> {
    const problems: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      if (await scrollsSideways(page)) problems.push(`${name} scrolls sideways at ${width} px`);
      await page.screenshot({
        path: path.join(SCREENSHOT_DIR, `supply-page-${width}-${name}.png`),
        fullPage: true,
      });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const v of await seriousAxeViolations(page)) problems.push(`${name}: ${v}`);
    return problems;
  }

  beforeAll(async () => {
    t = await createAccountsTestApp();
    ({ server, url } = await listen(t.app));
    users.supplier = await createUser(t, { role: 'supplier', providerId: 'ovhcloud' });
    users.curator = await createUser(t, { role: 'curator' });
    users.admin = await createUser(t, { role: 'admin' });
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    browser = await launchChromium();
    for (const role of ['supplier', 'curator', 'admin'] as const) pages[role] = await signedIn(role);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await t?.close();
  });

  it('supplier: start page, draft, every section form, errors, submitted draft', async () => {
    const page = pages.supplier;
    const problems: string[] = [];
    await page.goto(`${url}/supplier`);
    problems.push(...(await check(page, 'supplier-home')));
    await Promise.all([
      page.waitForURL(/\/drafts\/\d+$/),
      page.click(`[data-test=edit-service][data-service-id=${SERVICE}]`),
    ]);
    const draft = page.url();
    problems.push(...(await check(page, 'draft')));
    const sections = await page.$$eval('[data-test=section] a', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(sections.length).toBeGreaterThanOrEqual(6);
    for (const href of sections) {
      await page.goto(`${url}${href}`);
      problems.push(...(await check(page, `section-${String(href).split('/').pop()}`)));
    }
    await page.goto(`${draft}/contract`);
    await page.fill('#f-contract-noticePeriodDays-value', 'soon');
    await page.fill('#f-contract-slaAvailabilityPct-value', '99,95');
    await Promise.all([page.waitForLoadState(), page.click('[data-test=save]')]);
    expect(await page.locator('[data-test=error-summary] [data-test=error]').count()).toBe(1);
    problems.push(...(await check(page, 'section-errors')));
    await page.fill('#f-contract-noticePeriodDays-value', '30');
    await Promise.all([page.waitForURL(/\/drafts\/\d+#/), page.click('[data-test=save]')]);
    await Promise.all([page.waitForLoadState(), page.click('[data-test=submit]')]);
    expect(await page.getAttribute('[data-test=draft-status]', 'data-status')).toBe('submitted');
    problems.push(...(await check(page, 'draft-submitted')));
    await page.goto(`${url}/drafts/new-service`);
    problems.push(...(await check(page, 'new-service')));
    expect(problems).toEqual([]);
  }, 300_000);

  it('curator: queue and review page with the level effect', async () => {
    const page = pages.curator;
    const problems: string[] = [];
    await page.goto(`${url}/curator`);
    problems.push(...(await check(page, 'curator-queue')));
    await Promise.all([page.waitForLoadState(), page.click('[data-test=submission] a')]);
    expect(await page.locator('[data-test=change]').count()).toBeGreaterThan(0);
    // The curator's buttons are on a phone's screen, not in a table scrolled sideways.
    expect(await onScreenAtPhoneWidth(page, '[data-test=change] [data-test=check]')).toBe(true);
    problems.push(...(await check(page, 'review')));
    // Refused texts come back on the review page, next to their field, as typed.
    await Promise.all([page.waitForLoadState(), page.locator('[data-test=reject]').first().click()]);
    expect(await page.locator('[data-test=error-summary] [data-test=error]').count()).toBe(1);
    problems.push(...(await check(page, 'review-reason-error')));
    await page.fill('#return-message', 'x'.repeat(5001));
    await Promise.all([page.waitForLoadState(), page.click('[data-test=return]')]);
    expect(await page.inputValue('#return-message')).toHaveLength(5001);
    problems.push(...(await check(page, 'review-message-error')));
    expect(problems).toEqual([]);
  }, 180_000);

  it('administrator: users, audit trail, outbox', async () => {
    const page = pages.admin;
    const problems: string[] = [];
    for (const [name, path] of [
      ['admin-users', '/admin/users'],
      ['admin-audit', '/admin/audit'],
      ['admin-outbox', '/admin/outbox'],
      ['account', '/account'],
    ]) {
      expect((await page.goto(`${url}${path}`))?.status()).toBe(200);
      problems.push(...(await check(page, name)));
    }
    await page.goto(`${url}/admin/users`);
    expect(await onScreenAtPhoneWidth(page, '[data-test=user] [data-test=reset]')).toBe(true);
    expect(problems).toEqual([]);
  }, 120_000);
});
