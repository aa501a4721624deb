// Shared set-up for the browser tests: one headless Chromium per test file,
// a fresh context per test, screenshots under screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** The server under test, started by run.sh. */
export const BASE = process.env.ORGRAPH_URL ?? 'http://127.0.0.1:18080';

const SHOTS = join(import.meta.dirname, 'screenshots');
mkdirSync(SHOTS, { recursive: true });

/** Launches the system Chromium: Playwright's own browser downloads are not
 * available here, so playwright-core drives the Debian package. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'],
  });
}

/** A page at laptop size (or the given viewport) that fails the test on
 * uncaught script errors. */
export async function open(browser, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, baseURL: BASE });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.scriptErrors = errors;
  return page;
}

/** Saves a full-page PNG named after what it shows, scrolled to the top so
 * the sticky header is drawn where it belongs. */
export async function shot(page, name) {
  await page.evaluate(() => scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Waits until the locator is visible; fails with what was being looked for. */
export async function see(locator, what, timeout = 10000) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new Error(`expected to see ${what}`);
  }
  return locator.first();
}
