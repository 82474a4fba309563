import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Server } from 'node:http';
import type { Express } from 'express';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createTestApp } from '../../support/test-app';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.join(__dirname, '..', '..', '..', 'test-output', 'e2e');

const MISSING = `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`;

/**
 * Browser tests need Debian's Chromium; .ci/run installs it. Elsewhere they are skipped, and the
 * reporter test/support/browser-skip-reporter.js says so loudly at the end of the run. On CI
 * (CI=true) a missing Chromium is a failure, so a pipeline cannot pass without its browser tests.
 */
export const browserAvailable = fs.existsSync(CHROMIUM_PATH);
if (!browserAvailable) console.warn(`Browser tests skipped: ${MISSING}.`);
export const describeInBrowser = (name: string, fn: () => void) => {
  if (browserAvailable) return describe(name, fn);
  if (process.env.CI === 'true') {
    return describe(name, () =>
      it('needs Chromium on CI', () => {
        throw new Error(`CI=true and ${MISSING}`);
      }),
    );
  }
  return describe.skip(name, fn);
};

export interface BrowserSession {
  baseUrl: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen so far (a test asserts there are none). */
  consoleErrors: string[];
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, with nothing that phones home. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Serves an app on a free local port. */
export async function listen(app: Express): Promise<{ server: Server; url: string }> {
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Serves the real app (reference catalogue, in memory) on a free port and opens Chromium on it. */
export async function openBrowserSession(): Promise<BrowserSession> {
  const t = await createTestApp();
  const { server, url: baseUrl } = await listen(t.app);
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(err.message));
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    baseUrl,
    browser,
    context,
    page,
    consoleErrors,
    screenshot: async (name) => {
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
    },
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      t.close();
    },
  };
}

/**
 * Opens a browser session before the tests of the enclosing `describe` and closes it after them.
 * What it returns stands for that session: its properties are read when a test runs.
 */
export function useBrowserSession(): BrowserSession {
  let open: BrowserSession | undefined;
  beforeAll(async () => {
    open = await openBrowserSession();
  }, 60_000);
  afterAll(async () => {
    await open?.close();
  });
  return new Proxy({} as BrowserSession, {
    get: (_, key) => {
      if (!open) throw new Error('the browser session opens in beforeAll: use it inside a test');
      return Reflect.get(open, key) as unknown;
    },
  });
}

/** The serious and critical WCAG 2.1 AA violations axe finds on the page, one line each. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
/** A phone (iPhone 12–15 size) and a laptop window. */
export const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];

export interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  sticking: string[];
}

/**
 * The document's width against the window's, and the outermost elements that stick out past the
 * right edge (why a page scrolls sideways); inside a region that scrolls (or clips) by itself is fine. Runs in
 * the page (a string: this project's TypeScript has no DOM types).
 */
const MEASURE_OVERFLOW = `(() => {
  const root = document.documentElement;
  const sticking = [...document.body.querySelectorAll('*')]
    .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
    .filter((el) => {
      // Absolutely positioned boxes escape a scrolling ancestor that is not their containing block.
      if (getComputedStyle(el).position === 'absolute') return true;
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') return false;
      }
      return true;
    })
    .slice(0, 5)
    .map((el) => el.tagName.toLowerCase() + '.' + [...el.classList].join('.') + ' (' + Math.round(el.getBoundingClientRect().right) + ' px)');
  return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, sticking };
})()`;

/** How far the page sticks out sideways, measured in the page. */
export const overflow = (page: Page) => page.evaluate<Overflow>(MEASURE_OVERFLOW);
