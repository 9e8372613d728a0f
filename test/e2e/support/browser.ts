import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, or the one CHROME_PATH names. Playwright never downloads a browser here. */
export const chromePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
export const browserAvailable = existsSync(chromePath);

if (!browserAvailable) {
  if (process.env['CI']) {
    throw new Error(`No Chromium at ${chromePath}: CI must run the browser tests (apt-get install chromium)`);
  }
  process.stdout.write(
    `\nBrowser tests skipped: no Chromium at ${chromePath}. Install Debian's chromium or set CHROME_PATH.\n\n`,
  );
}

/** `describe` when a browser is there; otherwise the suite is reported as skipped (see above). */
export const describeInBrowser: jest.Describe = browserAvailable ? describe : describe.skip;

/**
 * What a phone's browser says of itself (Chromium on Android): the server renders a first visit
 * laid out for a phone from it. Contexts at a phone's size pass it with `isMobile`.
 */
export const PHONE_USER_AGENT =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36';

/** A phone: its screen, touch, and how its browser introduces itself. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  userAgent: PHONE_USER_AGENT,
} as const;

/** The server of this test file's worker: each worker has its own (global-setup.ts). */
/**
 * Waits until the board runs on the page: a page the server rendered shows before its controls
 * answer (the board takes it over once its code is there).
 */
export async function boardReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset['board'] === 'ready', undefined, {
    timeout: 30_000,
  });
}

export function baseUrl(): string {
  const urls = (process.env['E2E_BASE_URLS'] ?? '').split(',').filter(Boolean);
  if (urls.length === 0) throw new Error('E2E_BASE_URLS is unset: run through test/e2e/jest.config.cjs');
  const worker = Number(process.env['JEST_WORKER_ID'] ?? '1');
  return urls[(worker - 1) % urls.length]!;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export const SCREENSHOT_DIR = join(__dirname, '..', 'screenshots');

/**
 * Saves a full-page PNG in test/e2e/screenshots/ for people to look at; `fullPage: false` for what
 * the window shows (a dialog over the page).
 */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  // CI looks at behaviour, not pictures: E2E_SCREENSHOTS=0 spares it the seconds they take.
  if (process.env['E2E_SCREENSHOTS'] === '0') return join(SCREENSHOT_DIR, `${name}.png`);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
