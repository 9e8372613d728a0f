import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { baseUrl, boardReady, describeInBrowser, launchBrowser, screenshot } from '../support/browser';

/**
 * Exports and personal data as people meet them in Chromium: a challenge downloaded as CSV from its
 * page, one's own data downloaded from the profile, an account deleted through its dialog (and
 * signing in with it refused afterwards), and the privacy and legal pages from the footer, in
 * French and in English, on a desktop and on a phone.
 */

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const password = 'une phrase assez longue';

type Lang = 'fr' | 'en';

async function api<T>(query: string): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`the API refused the query: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A published challenge with a few ideas, and its ideas' titles, as anyone sees them. */
async function challengeWithIdeas(): Promise<{ id: string; title: string; ideas: string[] }> {
  const data = await api<{
    challenges: {
      edges: { node: { id: string; title: string; ideas: { edges: { node: { title: string } }[] } } }[];
    };
  }>(
    `{ challenges(first: 10) { edges { node { id title ideas(first: 10) { edges { node { title } } } } } } }`,
  );
  const found = data.challenges.edges
    .map(({ node }) => ({ id: node.id, title: node.title, ideas: node.ideas.edges.map((e) => e.node.title) }))
    .find((challenge) => challenge.ideas.length >= 2);
  if (!found) throw new Error('the demo has no challenge with ideas');
  return found;
}

function downloaded(download: Download): Promise<Buffer> {
  return download.path().then((path) => readFileSync(path));
}

describeInBrowser('exports and personal data in a browser', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function visit(path: string, { viewport = desktop, lang = 'fr' as Lang } = {}): Promise<Page> {
    const context = await browser.newContext({
      locale: lang === 'fr' ? 'fr-FR' : 'en-GB',
      viewport,
      acceptDownloads: true,
    });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${path}`);
    await boardReady(page);
    return page;
  }

  /** A new person signs up (a new address each time) and lands back on the board. */
  async function signUp(page: Page) {
    const person = {
      email: `e2e-data-${randomBytes(4).toString('hex')}@exemple.fr`,
      name: 'Nolwenn Guéguen',
    };
    await page.goto(`${baseUrl()}/sign-up`);
    await page.getByRole('heading', { level: 1, name: 'Créer un compte' }).waitFor();
    await page.getByLabel(/^Adresse e-mail/).fill(person.email);
    await page.getByLabel(/^Mot de passe/).fill(password);
    await page.getByLabel(/^Nom affiché/).fill(person.name);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('button', { name: `Mon compte\u202f: ${person.name}` }).waitFor();
    return person;
  }

  it('downloads a challenge as CSV from its page, with the BOM and its ideas', async () => {
    const challenge = await challengeWithIdeas();
    const page = await visit(`/challenges/${challenge.id}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();

    await page.getByRole('button', { name: 'Exporter ce défi' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /CSV pour tableur/ }).click(),
    ]);

    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const file = await downloaded(download);
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.toString('utf8');
    for (const title of challenge.ideas.slice(0, 3)) expect(text).toContain(title.replace(/"/g, '""'));
    await page.getByText('Fichier téléchargé.').waitFor();
  });

  it('downloads one’s own data from the profile, then deletes the account through its dialog', async () => {
    const page = await visit('/');
    const person = await signUp(page);
    await page.goto(`${baseUrl()}/profile`);
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger mes données' }).click(),
    ]);
    const data = JSON.parse((await downloaded(download)).toString('utf8')) as Record<string, unknown>;
    expect(JSON.stringify(data)).toContain(person.email);
    expect(JSON.stringify(data)).toContain(person.name);

    const dangerZone = page.getByRole('region', { name: 'Supprimer mon compte' });
    await dangerZone.scrollIntoViewIfNeeded();
    await screenshot(page, 'exports-profile-danger-zone-desktop-fr');
    await dangerZone.getByRole('button', { name: 'Supprimer mon compte…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Supprimer votre compte\u202f?' });
    await dialog.waitFor();
    await page.waitForTimeout(400); // the dialog's fade-in
    await screenshot(page, 'exports-delete-dialog-desktop-fr', { fullPage: false });

    // A wrong password: said under the field, nothing deleted.
    const field = dialog.getByLabel(/^Votre mot de passe/);
    await field.fill('pas le bon mot de passe');
    await dialog.getByRole('button', { name: 'Supprimer définitivement' }).click();
    await dialog.getByText('Ce mot de passe n’est pas le bon.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');

    await field.fill(password);
    await dialog.getByRole('button', { name: 'Supprimer définitivement' }).click();
    await page.getByText('Votre compte a été supprimé. Merci pour vos contributions.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.evaluate(() => window.localStorage.getItem('ouimake.token'))).toBeNull();
    await page.getByRole('banner').getByRole('link', { name: 'Se connecter' }).waitFor();

    // The account is gone: signing in with it is refused.
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel(/^Adresse e-mail/).fill(person.email);
    await page.getByLabel(/^Mot de passe/).fill(password);
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await page.getByText('Adresse e-mail ou mot de passe incorrect.').waitFor();
  });

  it('shows the danger zone and its dialog on a phone and a desktop, in French and in English', async () => {
    const page = await visit('/', { viewport: phone });
    await signUp(page);
    for (const [device, viewport] of [
      ['phone', phone],
      ['desktop', desktop],
    ] as const) {
      await page.setViewportSize(viewport);
      for (const lang of ['fr', 'en'] as const) {
        await page.evaluate((value) => window.localStorage.setItem('ouimake.language', value), lang);
        await page.goto(`${baseUrl()}/profile`);
        const title = lang === 'fr' ? 'Supprimer mon compte' : 'Delete my account';
        const zone = page.getByRole('region', { name: title });
        await zone.waitFor();
        await zone.scrollIntoViewIfNeeded();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          viewport.width,
        );
        await screenshot(page, `exports-profile-danger-zone-${device}-${lang}`);
        await zone.getByRole('button', { name: `${title}…` }).click();
        await page.getByRole('dialog').waitFor();
        await page.waitForTimeout(400); // the dialog's fade-in
        await screenshot(page, `exports-delete-dialog-${device}-${lang}`, { fullPage: false });
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'detached' });
      }
    }
  }, 120_000);

  const legalWords = {
    fr: {
      privacy: 'Confidentialité',
      privacyTitle: 'Confidentialité et données personnelles',
      legal: 'Mentions légales',
      notProvided: 'Non renseigné par l’éditeur de ce site',
    },
    en: {
      privacy: 'Privacy',
      privacyTitle: 'Privacy and personal data',
      legal: 'Legal notice',
      notProvided: 'Not provided by this site’s publisher',
    },
  };

  it.each(['fr', 'en'] as const)(
    'reaches the privacy and legal pages from the footer (%s), on a desktop and on a phone',
    async (lang) => {
      const words = legalWords[lang];
      for (const viewport of [desktop, phone]) {
        const page = await visit('/', { viewport, lang });
        await page.getByRole('contentinfo').getByRole('link', { name: words.privacy }).click();
        await page.getByRole('heading', { level: 1, name: words.privacyTitle }).waitFor();
        await page
          .getByText(/Licence Ouverte|Open Licence/)
          .first()
          .waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          viewport.width,
        );
        await screenshot(page, `exports-privacy-${viewport === phone ? 'phone' : 'desktop'}-${lang}`);

        await page.getByRole('contentinfo').getByRole('link', { name: words.legal }).click();
        await page.getByRole('heading', { level: 1, name: words.legal }).waitFor();
        // The test server sets no LEGAL_PUBLISHER: said plainly.
        await page.getByText(words.notProvided).first().waitFor();
      }
    },
    120_000,
  );

  it('keeps the French addresses of the privacy and legal pages', async () => {
    const page = await visit('/confidentialite');
    await page.getByRole('heading', { level: 1, name: legalWords.fr.privacyTitle }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/privacy');
    await page.goto(`${baseUrl()}/mentions-legales`);
    await page.getByRole('heading', { level: 1, name: legalWords.fr.legal }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/legal');
  });
});
