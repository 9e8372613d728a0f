import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, boardReady, describeInBrowser, launchBrowser, screenshot } from '../support/browser';

/**
 * The board as a visitor sees it in Chromium: the seeded French challenges, the switch to English
 * (interface and theme labels), a 360 px phone, and the keyboard.
 */

const desktop = { width: 1280, height: 800 };
const phone = { width: 360, height: 740 };
/** A seeded challenge tagged with the "volunteering" theme. */
const volunteersTitle = /impliquer des bénévoles/;

describeInBrowser('the board in a browser', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** A fresh visitor (no stored language) whose browser prefers `locale`. */
  async function visit(locale: string, viewport = desktop): Promise<Page> {
    context = await browser.newContext({ locale, viewport });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('article').first().waitFor();
    await boardReady(page);
    return page;
  }

  function themesOf(page: Page, title: RegExp) {
    return page.getByRole('article', { name: title }).getByRole('listitem').allTextContents();
  }

  function htmlLang(page: Page) {
    return page.evaluate(() => document.documentElement.lang);
  }

  function horizontalOverflow(page: Page) {
    return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  }

  it('shows the seeded challenges in French to a French browser', async () => {
    const page = await visit('fr-FR');

    await expectHeading(page, 'Les défis du moment');
    expect(await htmlLang(page)).toBe('fr');
    // Set by the board once it has taken the server's page over.
    await page.waitForFunction((title) => document.title === title, 'Les défis · Ouimake', {
      timeout: 10_000,
    });
    expect(await page.getByRole('article').count()).toBeGreaterThanOrEqual(8);
    expect(await page.getByRole('article', { name: volunteersTitle }).getByText('Ouvert').count()).toBe(1);
    expect(await themesOf(page, volunteersTitle)).toContain('Bénévolat');
    await screenshot(page, 'board-desktop-fr');
  });

  it('switches to English, theme labels included, and stays in English after a reload', async () => {
    const page = await visit('fr-FR');
    const switcher = page.getByRole('radiogroup', { name: 'Langue de l’interface' });

    await switcher.locator('label', { hasText: 'EN' }).click();

    await expectHeading(page, 'Current challenges');
    expect(await htmlLang(page)).toBe('en');
    await page.getByRole('article', { name: volunteersTitle }).getByText('Volunteering').waitFor();
    expect(await themesOf(page, volunteersTitle)).not.toContain('Bénévolat');
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);

    await page.reload();
    await page.getByRole('article').first().waitFor();

    await expectHeading(page, 'Current challenges');
    // Set by the board once it has taken the server's page over.
    await page.waitForFunction((title) => document.title === title, 'Challenges · Ouimake', {
      timeout: 10_000,
    });
    expect(await themesOf(page, volunteersTitle)).toContain('Volunteering');
    await screenshot(page, 'board-desktop-en');
  });

  it.each([
    ['fr-FR', 'fr', 'Les défis du moment'],
    ['en-GB', 'en', 'Current challenges'],
  ])('fits a 360 px phone (%s) without sideways scrolling', async (locale, lang, heading) => {
    const page = await visit(locale, phone);

    await expectHeading(page, heading);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // Every header control is on screen.
    for (const control of [
      page.getByRole('link', { name: /Ouimake/ }),
      ...(await page.getByRole('navigation').getByRole('link').all()),
      page.getByRole('banner').getByRole('radiogroup'),
    ]) {
      const box = await control.boundingBox();
      expect(box).not.toBeNull();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= phone.width).toBe(true);
    }
    const firstCard = await page.getByRole('article').first().boundingBox();
    expect((firstCard?.x ?? 0) + (firstCard?.width ?? 0)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, `board-phone-${lang}`);
  });

  it('works from the keyboard: skip link first, then the language switch', async () => {
    const page = await visit('fr-FR');

    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Aller au contenu' });
    expect(await skipLink.evaluate((element) => element === document.activeElement)).toBe(true);
    const box = await skipLink.boundingBox();
    expect(box !== null && box.y >= 0 && box.height > 0).toBe(true);

    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // Back to the top: the language switch is a few Tab presses after the skip link.
    await page.reload();
    await page.getByRole('article').first().waitFor();
    const french = page.getByRole('radio', { name: 'Français' });
    let reached = false;
    for (let presses = 0; presses < 6 && !reached; presses += 1) {
      await page.keyboard.press('Tab');
      reached = await french.evaluate((element) => element === document.activeElement);
    }
    expect(reached).toBe(true);

    await page.keyboard.press('ArrowRight');

    await expectHeading(page, 'Current challenges');
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
  });
});

async function expectHeading(page: Page, name: string) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}
