import { describeInBrowser, useBrowserSession } from './support/browser';

/**
 * What a buyer does, in a real browser, asserting on what they see: browse a category, filter by
 * level and certificate, search, open a service, compare three services, run a buyer profile and
 * switch language. Each step leaves a screenshot in test-output/e2e/.
 */
describeInBrowser('a buyer in the browser', () => {
  const s = useBrowserSession();
  afterEach(() => {
    expect(s.consoleErrors).toEqual([]);
  });

  it('browses from the home page to a category', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/`);
    await page.getByRole('link', { name: 'Rekenkracht (virtuele machines)' }).click();
    await page.waitForURL('**/categories/compute');
    await expect(page.locator('h1').textContent()).resolves.toContain('Rekenkracht');
    await expect(page.locator('[data-test=service-card]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.cm-breadcrumbs').textContent()).resolves.toContain('Infrastructuur');
    await s.screenshot('01-category');
  });

  it('filters by level and certificate with the keyboard only', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/services`);
    const total = await page.locator('[data-test=service-card]').count();
    // Open the level facet and choose "at least level 1" with the keyboard.
    const level = page.locator('[data-facet=level]');
    if (!(await level.evaluate((d) => (d as unknown as { open: boolean }).open))) {
      await level.locator('summary').focus();
      await page.keyboard.press('Enter');
    }
    await level.locator('input[value="1"]').focus();
    await page.keyboard.press('Space');
    const cert = page.locator('[data-facet=cert]');
    if (!(await cert.evaluate((d) => (d as unknown as { open: boolean }).open))) {
      await cert.locator('summary').focus();
      await page.keyboard.press('Enter');
    }
    await cert.locator('input[value="ISO27001"]').focus();
    await page.keyboard.press('Space');
    await page.locator('[data-test=apply-filters]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/level=1/);
    expect(page.url()).toContain('cert=ISO27001');
    const filtered = await page.locator('[data-test=service-card]').count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(total);
    await expect(
      page
        .locator('h2, p, div')
        .filter({ hasText: /minimaal niveau 1 en ISO 27001/ })
        .count(),
    ).resolves.toBeGreaterThan(0);
    await s.screenshot('02-filtered');
  });

  it('searches for a Microsoft product and finds European replacements, highlighted', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/`);
    await page.getByLabel('Zoek een dienst').fill('opslag');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=opslag/);
    await expect(page.locator('[data-test=service-card]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('[data-test=service-card] mark').count()).resolves.toBeGreaterThan(0);
    await page.getByLabel('Zoek een dienst').fill('Teams');
    await page.locator('[data-test=apply-filters]').click();
    await page.waitForURL(/q=Teams/);
    const names = await page.locator('[data-test=service-link]').allTextContents();
    expect(names.some((n) => /Element|Jitsi|openDesk|Nextcloud|Meet/i.test(n))).toBe(true);
    await expect(page.locator('[data-test=card-replaces]').first().textContent()).resolves.toContain('Teams');
    await s.screenshot('03-search');
  });

  it('opens a service and sees its level, facts and sources', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/services?q=opslag`);
    const first = page.locator('[data-test=service-link]').first();
    const name = (await first.textContent())?.trim() ?? '';
    await first.click();
    await page.waitForURL(/\/services\/[a-z0-9-]+$/);
    await expect(page.locator('h1').textContent()).resolves.toBe(name);
    await expect(page.locator('[data-test=source]').count()).resolves.toBeGreaterThan(0);
    await s.screenshot('04-service');
  });

  it('compares three services picked from their pages', async () => {
    const { page } = s;
    const ids = ['ovhcloud-hpc-vmware-secnumcloud', 'microsoft-365', 'stackit-cloud-iaas-paas'];
    for (const id of ids) {
      await page.goto(`${s.baseUrl}/services/${id}`);
      await page.locator('[data-test=compare-add]').click();
      await page.waitForLoadState('load');
    }
    await page.goto(`${s.baseUrl}/compare`);
    await expect(page.locator('[data-test=basket-item]').count()).resolves.toBe(3);
    await page.locator('[data-test=basket-compare]').click();
    await page.waitForURL(/\/compare\?id=/);
    const headers = page.locator('[data-test=compare-group]').first().locator('thead th');
    await expect(headers.count()).resolves.toBe(4); // the row label column + three services
    await expect(page.locator('[data-test=cell][data-best=true]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('svg[role=img] title').count()).resolves.toBeGreaterThan(0);
    await s.screenshot('05-compare');
  });

  it('runs a buyer profile and sees included and excluded services with reasons', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/broker`);
    await page.locator('[data-test=profile-option][data-value=personal-data] input').check();
    await page.locator('[data-test=broker-submit]').click();
    await page.waitForURL(/profile=personal-data/);
    await expect(page.locator('[data-test=included-service]').count()).resolves.toBeGreaterThan(0);
    const excluded = page.locator('[data-test=excluded-service][data-id=microsoft-365]');
    await expect(excluded.locator('[data-test=failure]').count()).resolves.toBeGreaterThan(0);
    await s.screenshot('06-broker');
  });

  it('switches the language and keeps the page', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/services?level=1`);
    await page.locator('[data-test=lang-switch]').click();
    await page.waitForURL(/lang=en/);
    expect(page.url()).toContain('level=1');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('h1').textContent()).resolves.toBe('All services');
    await s.screenshot('07-english');
  });
});
