import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, describeInBrowser, launchBrowser, screenshot } from '../support/browser';

/**
 * Projects and challenges as people meet them in Chromium, in French: Maëlle (who holds the demo
 * cooperative) presents a new project and publishes a challenge for it; it is found on the board
 * by a search, by a theme and by a city, filters that survive a reload; Erwan, a facilitator,
 * closes it with an outcome. Screenshots of the filtered board, the challenge page and the form, on
 * a desktop and on a 360 px phone.
 */

const desktop = { width: 1280, height: 800 };
const phone = { width: 360, height: 740 };
const DEMO_PASSWORD = 'ouimake-demo';
const MAELLE = { email: 'maelle.legall@ouimake.example', name: 'Maëlle Le Gall' };
const ERWAN = { email: 'erwan.lebihan@ouimake.example', name: 'Erwan Le Bihan' };

describeInBrowser('projects and challenges in a browser', () => {
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

  /** A fresh French visitor (nothing stored) at `path`. */
  async function visit(path: string, viewport = desktop): Promise<Page> {
    const context = await browser.newContext({ locale: 'fr-FR', viewport });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${path}`);
    return page;
  }

  /** Signs in on the sign-in page the visitor was sent to, and waits to be back. */
  async function signIn(page: Page, person: { email: string; name: string }) {
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    await page.getByLabel(/^Adresse e-mail/).fill(person.email);
    await page.getByLabel(/^Mot de passe/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await page.getByRole('button', { name: `Mon compte\u202f: ${person.name}` }).waitFor();
  }

  /** The same person on a phone: a new browser window that keeps their session. */
  async function onPhone(page: Page, path: string): Promise<Page> {
    const token = await page.evaluate(() => window.localStorage.getItem('ouimake.token'));
    const phonePage = await visit('/sign-in', phone);
    await phonePage.evaluate((value) => {
      if (value) window.localStorage.setItem('ouimake.token', value);
    }, token);
    await phonePage.goto(`${baseUrl()}${path}`);
    return phonePage;
  }

  const cards = (page: Page) => page.getByRole('main').getByRole('article');
  /** A theme chip: its label is what people click (the checkbox itself is hidden). */
  const chip = (page: Page, name: string) =>
    page.locator('label').filter({ hasText: new RegExp(`^${name}$`) });
  const card = (page: Page, title: string) => page.getByRole('article', { name: title });

  it('presents a project, publishes a challenge, finds it by search, theme and city, and a facilitator closes it', async () => {
    const run = randomBytes(3).toString('hex');
    const projectName = `Atelier vélo solidaire ${run}`;
    const title = `Comment financer nos rustines sans augmenter les cotisations ?`;

    // Maëlle asks for her projects: she signs in first, and comes back to them.
    const page = await visit('/my-projects');
    await signIn(page, MAELLE);
    await page.getByRole('heading', { level: 1, name: 'Mes projets' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/my-projects');
    await page.getByRole('link', { name: 'La Coopérative des Créateurs' }).waitFor();

    // A new project: she becomes its holder.
    await page.getByRole('link', { name: 'Présenter un projet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Présenter un projet' }).waitFor();
    await page.getByLabel(/^Nom du projet/).fill(projectName);
    await page
      .getByLabel(/^En une phrase/)
      .fill('Un atelier où chacun répare son vélo avec l’aide des autres.');
    await page
      .getByRole('textbox', { name: 'Présentation' })
      .fill('Ouvert le **mardi soir** et le samedi matin, outils et conseils partagés.');
    await page.getByLabel(/^Ville/).fill('Quimper');
    await page.getByLabel(/^Site web/).fill('velo-solidaire.example');
    await page.getByRole('button', { name: 'Créer le projet' }).click();
    await page.getByRole('heading', { level: 1, name: projectName }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/projects/atelier-velo-solidaire-${run}`);
    await page.getByRole('link', { name: /velo-solidaire\.example/ }).waitFor();
    expect(await page.locator('main strong', { hasText: 'mardi soir' }).count()).toBe(1);

    // Its first challenge, with a theme, checked before sending, previewed, then published.
    await page.getByRole('link', { name: 'Poser le premier défi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Poser un défi' }).waitFor();
    await page.getByRole('button', { name: 'Publier le défi' }).click();
    await page.getByText('Donnez un titre à votre défi.').waitFor();
    await page.getByRole('textbox', { name: 'Titre' }).fill(title);
    await page
      .getByRole('textbox', { name: 'Le contexte' })
      .fill(
        'Les pièces coûtent de plus en plus cher.\n\n- Faut-il faire payer les **rustines** ?\n- Accepter la monnaie locale ?',
      );
    await page.getByRole('tab', { name: 'Aperçu' }).click();
    await page.locator('main strong', { hasText: 'rustines' }).waitFor();
    await page.getByRole('tab', { name: 'Écrire' }).click();
    await chip(page, 'Monnaie locale').click();
    expect(await page.getByRole('checkbox', { name: 'Monnaie locale' }).isChecked()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Ville' }).inputValue()).toBe('Quimper');
    await page.getByRole('switch', { name: 'Limiter le nombre de votes par personne' }).click();
    await page.getByRole('textbox', { name: 'Votes par personne' }).fill('3');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // From the top: a full-page picture taken scrolled down would show the sticky header mid-page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'challenges-form-desktop-fr');
    const formOnPhone = await onPhone(page, new URL(page.url()).pathname);
    await formOnPhone.getByRole('heading', { level: 1, name: 'Poser un défi' }).waitFor();
    await chip(formOnPhone, 'Bénévolat').waitFor();
    expect(await horizontalOverflow(formOnPhone)).toBeLessThanOrEqual(0);
    await screenshot(formOnPhone, 'challenges-form-phone-fr');

    await page.getByRole('button', { name: 'Publier le défi' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const challengePath = new URL(page.url()).pathname;
    expect(challengePath).toMatch(/^\/challenges\/[0-9a-f-]{36}$/);
    // Set by the board once it has taken the server's page over.
    await page.waitForFunction((title) => document.title === title, `${title} · Ouimake`, {
      timeout: 10_000,
    });
    expect(await page.getByRole('main').getByText('Ouvert', { exact: true }).count()).toBe(1);
    expect(await page.getByText(/Chaque personne dispose de 3 votes/).count()).toBe(1);
    // Holders follow their own challenges.
    await page.getByRole('button', { name: 'Ne plus suivre' }).waitFor();

    // The board finds it by its words, and the address says so.
    await page.getByRole('link', { name: 'Défis', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Les défis du moment' }).waitFor();
    await cards(page).first().waitFor();
    await page.getByRole('searchbox', { name: 'Chercher un défi' }).fill('rustine');
    await page.waitForURL(/\?q=rustine$/);
    await page.getByText('1 défi correspond', { exact: true }).waitFor();
    await card(page, title).waitFor();
    expect(await cards(page).count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Trier par' }).inputValue()).toBe('RELEVANCE');

    // By a theme (any of the chosen ones), then also by its city.
    await page.getByRole('button', { name: 'Effacer les filtres' }).first().click();
    await page.waitForURL(`${baseUrl()}/`);
    await page.getByText(/^\d+ défis ouverts$/).waitFor();
    await chip(page, 'Monnaie locale').click();
    await page.waitForURL(/\?theme=local-currency$/);
    await page.getByText('2 défis correspondent', { exact: true }).waitFor();
    await card(page, title).waitFor();
    await page.getByRole('article', { name: /monnaie locale chez nos fournisseurs/ }).waitFor();
    expect(await cards(page).count()).toBe(2);
    await page.getByRole('combobox', { name: 'Ville' }).selectOption('Quimper');
    await page.waitForURL(/\?theme=local-currency&city=Quimper$/);
    await page.getByText('1 défi correspond', { exact: true }).waitFor();
    expect(await cards(page).count()).toBe(1);

    // The filters are in the address: a reload keeps them.
    await page.reload();
    await card(page, title).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Monnaie locale' }).isChecked()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Ville' }).inputValue()).toBe('Quimper');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'challenges-board-desktop-fr');
    const boardOnPhone = await onPhone(page, '/?theme=local-currency&theme=volunteering');
    await boardOnPhone.getByRole('article').first().waitFor();
    await boardOnPhone.getByRole('button', { name: /^Thèmes\s: 2 choisis$/ }).click();
    expect(await boardOnPhone.getByRole('checkbox', { name: 'Bénévolat' }).isChecked()).toBe(true);
    expect(await horizontalOverflow(boardOnPhone)).toBeLessThanOrEqual(0);
    await screenshot(boardOnPhone, 'challenges-board-phone-fr');

    // The card opens the challenge.
    await card(page, title).getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(challengePath);
    await screenshot(page, 'challenges-page-desktop-fr');
    const challengeOnPhone = await onPhone(page, challengePath);
    await challengeOnPhone.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await horizontalOverflow(challengeOnPhone)).toBeLessThanOrEqual(0);
    await screenshot(challengeOnPhone, 'challenges-page-phone-fr');

    // Erwan, a facilitator, closes it with an outcome.
    await page.getByRole('button', { name: `Mon compte\u202f: ${MAELLE.name}` }).click();
    await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
    await page.getByRole('link', { name: 'Se connecter pour suivre' }).click();
    await signIn(page, ERWAN);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(challengePath);
    // A facilitator curates, but does not hold the project: no edit.
    expect(await page.getByRole('link', { name: 'Modifier' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Clore le défi' }).click();
    const dialog = page.getByRole('dialog', { name: 'Clore ce défi' });
    await dialog
      .getByRole('textbox', { name: 'Le bilan' })
      .fill('Les rustines restent **gratuites** : un pot commun les paie.');
    await dialog.getByRole('tab', { name: 'Aperçu' }).click();
    await dialog.locator('strong', { hasText: 'gratuites' }).waitFor();
    await dialog.getByRole('button', { name: 'Clore le défi' }).click();

    const outcome = page.getByRole('region', { name: 'Ce qui en est ressorti' });
    await outcome.getByText(/un pot commun les paie/).waitFor();
    expect(await outcome.locator('strong', { hasText: 'gratuites' }).count()).toBe(1);
    expect(await page.getByRole('main').getByText('Clos', { exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: 'Rouvrir' }).waitFor();

    // Closed, it leaves the open board and shows on the closed one.
    await page.goto(`${baseUrl()}/?status=closed&city=Quimper`);
    await card(page, title).waitFor();
    await page.goto(`${baseUrl()}/?city=Quimper`);
    await page.getByRole('heading', { name: 'Aucun défi ne correspond' }).waitFor();
  });

  it('sends a visitor who wants to post a challenge to sign in, then back to the form', async () => {
    const page = await visit('/projects/cooperative-des-createurs/challenges/new');
    await signIn(page, MAELLE);
    await page.getByRole('heading', { level: 1, name: 'Poser un défi' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/projects/cooperative-des-createurs/challenges/new');
  });
});

function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
