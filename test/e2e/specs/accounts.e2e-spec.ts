import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, describeInBrowser, launchBrowser, screenshot } from '../support/browser';

/**
 * Accounts as a French visitor meets them in Chromium: creating an account, signing out and in
 * again, a wrong password, editing the profile and finding it again after a reload, and the
 * sign-in and profile pages on a desktop and on a 360 px phone.
 */

const desktop = { width: 1280, height: 800 };
const phone = { width: 360, height: 740 };
const password = 'une phrase assez longue';

/** A new person for each test (a new email address): tests never share an account. */
function newPerson() {
  const id = randomBytes(4).toString('hex');
  return { email: `e2e-${id}@exemple.fr`, displayName: 'Anna Kervella' };
}

describeInBrowser('accounts in a browser', () => {
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

  /** A fresh French visitor (nothing stored) at `path`. */
  async function visit(path: string, viewport = desktop): Promise<Page> {
    context = await browser.newContext({ locale: 'fr-FR', viewport });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${path}`);
    return page;
  }

  // Mantine marks required labels with a hidden asterisk: match the start of the label.
  const emailField = (page: Page) => page.getByLabel(/^Adresse e-mail/);
  const passwordField = (page: Page) => page.getByLabel(/^Mot de passe/);

  async function signUp(page: Page, person: { email: string; displayName: string }) {
    await page.getByRole('banner').getByRole('link', { name: 'Créer un compte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Créer un compte' }).waitFor();
    await emailField(page).fill(person.email);
    await passwordField(page).fill(password);
    await page.getByLabel(/^Nom affiché/).fill(person.displayName);
    await page.getByLabel(/^Ville/).fill('Brest');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await userMenu(page, person.displayName).waitFor();
  }

  async function signIn(page: Page, email: string, secret: string) {
    await emailField(page).fill(email);
    await passwordField(page).fill(secret);
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  }

  function userMenu(page: Page, displayName: string) {
    return page.getByRole('button', { name: `Mon compte\u202f: ${displayName}` });
  }

  function token(page: Page) {
    return page.evaluate(() => window.localStorage.getItem('ouimake.token'));
  }

  it('signs up, signs out, signs in again, and keeps an edited profile across a reload', async () => {
    const person = newPerson();
    const page = await visit('/');
    await page.getByRole('article').first().waitFor();

    await signUp(page, person);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await token(page)).toBeTruthy();

    // A reload stays signed in.
    await page.reload();
    await userMenu(page, person.displayName).waitFor();

    // Sign out from the user menu.
    await userMenu(page, person.displayName).click();
    await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Se connecter' }).waitFor();
    expect(await token(page)).toBeNull();
    expect(await userMenu(page, person.displayName).count()).toBe(0);

    // The profile asks to sign in first, and comes back to it afterwards.
    await page.goto(`${baseUrl()}/profile`);
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    expect(new URL(page.url()).search).toBe('?next=%2Fprofile');
    await signIn(page, person.email, password);
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/profile');
    expect(await page.getByText(person.email).count()).toBe(1);

    // Edit the city and the introduction.
    await page.getByLabel(/^Ville/).fill('Quimper');
    await page.getByLabel(/^Présentation/).fill('Je tiens une **épicerie** coopérative à Quimper.');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Profil enregistré.').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    expect(await page.getByLabel(/^Ville/).inputValue()).toBe('Quimper');
    expect(await page.getByLabel(/^Présentation/).inputValue()).toBe(
      'Je tiens une **épicerie** coopérative à Quimper.',
    );

    // The public profile shows it, the introduction as Markdown.
    await page.getByRole('link', { name: 'Voir mon profil public' }).click();
    await page.getByRole('heading', { level: 1, name: person.displayName }).waitFor();
    expect(await page.getByText(/^Ville\s*:\s*Quimper$/).count()).toBe(1);
    expect(await page.locator('main strong', { hasText: 'épicerie' }).count()).toBe(1);
    expect(await page.getByText('Membre', { exact: true }).count()).toBe(1);
  });

  it('says so when the password is wrong, and stays signed out', async () => {
    const person = newPerson();
    const page = await visit('/');
    await signUp(page, person);
    await userMenu(page, person.displayName).click();
    await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();

    await signIn(page, person.email, 'pas le bon mot de passe');

    const alert = page.getByRole('alert').filter({ hasText: 'Adresse e-mail ou mot de passe incorrect.' });
    await alert.waitFor();
    expect(await token(page)).toBeNull();
    expect(await page.getByRole('heading', { level: 1, name: 'Se connecter' }).count()).toBe(1);
    // An unknown address gets exactly the same answer.
    await signIn(page, `inconnu-${person.email}`, password);
    await alert.waitFor();
    expect(await token(page)).toBeNull();
  });

  it('checks the form before sending it, with the messages under the fields', async () => {
    const page = await visit('/sign-up');
    await page.getByRole('heading', { level: 1, name: 'Créer un compte' }).waitFor();

    await passwordField(page).fill('court');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();

    await page.getByText('Indiquez votre adresse e-mail.').waitFor();
    await page.getByText('Le mot de passe doit compter au moins 8 caractères.').waitFor();
    expect(await emailField(page).evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await token(page)).toBeNull();
  });

  it.each([
    ['desktop', desktop],
    ['phone', phone],
  ])('shows the sign-in and profile pages on a %s without sideways scrolling', async (name, viewport) => {
    const person = newPerson();
    const page = await visit('/sign-in', viewport);
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, `accounts-signin-${name}-fr`);

    await page.getByRole('link', { name: 'Créer un compte' }).last().click();
    await page.getByRole('heading', { level: 1, name: 'Créer un compte' }).waitFor();
    await emailField(page).fill(person.email);
    await passwordField(page).fill(password);
    await page.getByLabel(/^Nom affiché/).fill(person.displayName);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await userMenu(page, person.displayName).waitFor();
    await page.goto(`${baseUrl()}/profile`);
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    await page.getByLabel(/^Ville/).fill('Brest');
    await page.getByLabel(/^Présentation/).fill('Cuisinière le jeudi, bénévole au tiers-lieu le samedi.');

    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const menu = await userMenu(page, person.displayName).boundingBox();
    expect(menu !== null && menu.x >= 0 && menu.x + menu.width <= viewport.width).toBe(true);
    await screenshot(page, `accounts-profile-${name}-fr`);
  });
});

function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
