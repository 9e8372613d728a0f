import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, describeInBrowser, launchBrowser, screenshot } from '../support/browser';

/**
 * The follow-up loop in Chromium: Léna's idea gets a comment from Malo and her bell lights up
 * without a reload; she follows it to the thread. The settings page, and a forgotten password
 * reset from the emailed link (the embedded server writes its emails as .eml files under
 * DATA_DIR/outbox, a temporary folder this spec finds by the address it wrote to).
 */

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const DEMO_PASSWORD = 'ouimake-demo';
const LENA = { email: 'lena.cariou@ouimake.example' };
const MALO = { email: 'malo.jaouen@ouimake.example' };

async function api<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`API refused: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

async function tokenOf(email: string, password = DEMO_PASSWORD): Promise<string> {
  const { signIn } = await api<{ signIn: { token: string } }>(
    'mutation ($input: SignInInput!) { signIn(input: $input) { token } }',
    { input: { email, password } },
  );
  return signIn.token;
}

function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The newest email written to `to` by an embedded server in the temporary folder, if any. */
function newestEmailTo(to: string): string | null {
  let newest: { at: number; text: string } | null = null;
  for (const dir of readdirSync(tmpdir())) {
    if (!dir.startsWith('ouimake-e2e-')) continue;
    const outbox = join(tmpdir(), dir, 'outbox');
    let files: string[];
    try {
      files = readdirSync(outbox);
    } catch {
      continue;
    }
    for (const file of files.filter((name) => name.endsWith('.eml'))) {
      const path = join(outbox, file);
      const text = readFileSync(path, 'utf8');
      if (!text.includes(to)) continue;
      const at = statSync(path).mtimeMs;
      if (!newest || at > newest.at) newest = { at, text };
    }
  }
  return newest?.text ?? null;
}

/** The reset link of an email (quoted-printable soft breaks and `=3D` undone). */
function resetLink(eml: string): string | null {
  const text = eml.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = /https?:\/\/[^\s"<>]*\/reset-password\?token=[A-Za-z0-9._~%-]+/.exec(text);
  return match ? match[0] : null;
}

describeInBrowser('notifications and the account emails', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let lenaToken: string;
  let maloToken: string;

  async function open(
    token: string | null,
    path: string,
    viewport = desktop,
    locale = 'fr-FR',
  ): Promise<Page> {
    const context = await browser.newContext({ locale, viewport });
    contexts.push(context);
    if (token)
      await context.addInitScript((value) => window.localStorage.setItem('ouimake.token', value), token);
    if (locale.startsWith('en')) {
      await context.addInitScript(() => window.localStorage.setItem('ouimake.language', 'en'));
    }
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${path}`);
    return page;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    [lenaToken, maloToken] = await Promise.all([tokenOf(LENA.email), tokenOf(MALO.email)]);
  });

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });

  it('lights Léna’s bell when Malo comments on her idea, and leads her to the thread', async () => {
    const { challenges } = await api<{
      challenges: { edges: Array<{ node: { id: string; status: string } }> };
    }>('{ challenges(first: 30) { edges { node { id status } } } }', {}, lenaToken);
    const open_ = challenges.edges.find((edge) => edge.node.status === 'OPEN');
    if (!open_) throw new Error('no open challenge in the demo data');
    const title = `Une boîte à outils partagée ${randomBytes(2).toString('hex')}`;
    const { proposeIdea } = await api<{ proposeIdea: { id: string } }>(
      'mutation ($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }',
      { input: { challengeId: open_.node.id, title, body: 'Prêter perceuses et scies entre voisins.' } },
      lenaToken,
    );
    await api('mutation { markNotificationsRead }', {}, lenaToken);

    const page = await open(lenaToken, '/');
    const bell = page.getByRole('button', { name: /^Notifications/ });
    await bell.waitFor();
    expect(await bell.getAttribute('aria-label')).toBe('Notifications');

    await api(
      'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }',
      { input: { ideaId: proposeIdea.id, body: 'Je peux prêter ma ponceuse !' } },
      maloToken,
    );
    await page.getByRole('button', { name: 'Notifications, 1 non lue' }).waitFor({ timeout: 15_000 });

    await screenshot(page, 'notifications-bell-unread-desktop-fr', { fullPage: false });
    await page.getByRole('button', { name: 'Notifications, 1 non lue' }).click();
    const panel = page.getByRole('dialog', { name: 'Notifications' });
    const link = panel.getByRole('link', { name: new RegExp(`a commenté « ${title} »`) });
    await link.waitFor();
    await page.waitForTimeout(400); // the panel's fade-in
    await screenshot(page, 'notifications-bell-panel-desktop-fr', { fullPage: false });
    await Promise.all([
      page.waitForURL(new RegExp(`/ideas/${proposeIdea.id}`), { waitUntil: 'commit' }),
      link.click(),
    ]);
    await page.getByText('Je peux prêter ma ponceuse !').waitFor();
    await screenshot(page, 'notifications-followed-to-thread-desktop-fr', { fullPage: false });
    // Following it marked it read: the API says so (what the bell shows once the page is opened again).
    for (let attempt = 0; attempt < 20; attempt++) {
      const { notifications } = await api<{ notifications: { unreadCount: number } }>(
        '{ notifications { unreadCount } }',
        {},
        lenaToken,
      );
      if (notifications.unreadCount === 0) break;
      await page.waitForTimeout(250);
    }
    await page.reload();
    await page.getByRole('button', { name: 'Notifications', exact: true }).waitFor({ timeout: 15_000 });

    const phonePage = await open(lenaToken, '/', phone);
    await phonePage.getByRole('button', { name: /^Notifications/ }).click();
    await phonePage
      .getByRole('dialog', { name: 'Notifications' })
      .getByRole('link', { name: new RegExp(`a commenté « ${title} »`) })
      .waitFor();
    expect(await horizontalOverflow(phonePage)).toBeLessThanOrEqual(0);
    await phonePage.waitForTimeout(400); // the panel's fade-in
    await screenshot(phonePage, 'notifications-bell-panel-phone-fr', { fullPage: false });
  });

  it('shows the notifications page, the settings and my contributions, in French and English, on a desktop and a phone', async () => {
    for (const [viewport, size] of [
      [desktop, 'desktop'],
      [phone, 'phone'],
    ] as const) {
      for (const locale of ['fr-FR', 'en-GB']) {
        const lang = locale.slice(0, 2);
        const list = await open(lenaToken, '/notifications', viewport, locale);
        await list.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
        await list.getByRole('region').first().waitFor();
        expect(await horizontalOverflow(list)).toBeLessThanOrEqual(0);
        await screenshot(list, `notifications-page-${size}-${lang}`);

        const settings = await open(lenaToken, '/settings/notifications', viewport, locale);
        await settings.getByRole('heading', { level: 1 }).waitFor();
        await settings
          .getByLabel(/Réponses|Replies/)
          .first()
          .waitFor();
        expect(await horizontalOverflow(settings)).toBeLessThanOrEqual(0);
        await screenshot(settings, `notifications-settings-${size}-${lang}`);

        const mine = await open(lenaToken, '/my-contributions', viewport, locale);
        await mine.getByRole('heading', { level: 1 }).waitFor();
        await mine.getByRole('main').getByRole('listitem').first().waitFor();
        expect(await horizontalOverflow(mine)).toBeLessThanOrEqual(0);
        await screenshot(mine, `my-contributions-${size}-${lang}`);
      }
    }
  });

  it('saves a preference at once', async () => {
    const page = await open(lenaToken, '/settings/notifications');
    const select = page.getByRole('combobox', {
      name: 'Comment l’apprendre : Nouvelles idées sur les défis que je suis',
    });
    await select.click();
    await page.getByRole('option', { name: 'Dans le résumé du jour' }).click();
    await page.getByText('Enregistré.').waitFor();
    const { notificationPreferences } = await api<{
      notificationPreferences: Array<{ topic: string; channel: string }>;
    }>('{ notificationPreferences { topic channel } }', {}, lenaToken);
    expect(notificationPreferences.find((p) => p.topic === 'NEW_IDEAS')?.channel).toBe('DIGEST');
  });

  it('answers the same for any address, and resets a forgotten password from the emailed link', async () => {
    const suffix = randomBytes(3).toString('hex');
    const email = `oubli.${suffix}@ouimake.example`;
    await api('mutation ($input: SignUpInput!) { signUp(input: $input) { token } }', {
      input: { email, password: 'premier-mot-de-passe', displayName: `Oubli ${suffix}`, language: 'fr' },
    });

    const page = await open(null, '/sign-in');
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor();
    await screenshot(page, 'forgot-password-desktop-fr');
    await page.getByLabel('Adresse e-mail').fill(`personne.${suffix}@ouimake.example`);
    await page.getByRole('button', { name: 'Recevoir le lien' }).click();
    const unknownAnswer = await page
      .getByRole('status')
      .filter({ hasText: 'Regardez vos emails' })
      .innerText();

    const again = await open(null, '/forgot-password', phone);
    await again.getByLabel('Adresse e-mail').fill(email);
    await again.getByRole('button', { name: 'Recevoir le lien' }).click();
    const knownAnswer = await again
      .getByRole('status')
      .filter({ hasText: 'Regardez vos emails' })
      .innerText();
    expect(knownAnswer.replace(email, 'X')).toBe(
      unknownAnswer.replace(`personne.${suffix}@ouimake.example`, 'X'),
    );
    await screenshot(again, 'forgot-password-sent-phone-fr');

    const invalid = await open(null, '/reset-password?token=not-a-token');
    await invalid.getByLabel(/^Nouveau mot de passe/).fill('un-nouveau-mot-de-passe');
    await invalid.getByLabel(/^Le même, une seconde fois/).fill('un-nouveau-mot-de-passe');
    await invalid.getByRole('button', { name: 'Enregistrer et me connecter' }).click();
    await invalid.getByRole('heading', { name: 'Ce lien ne fonctionne plus' }).waitFor();

    let link: string | null = null;
    for (let i = 0; i < 50 && !link; i++) {
      const eml = newestEmailTo(email);
      link = eml ? resetLink(eml) : null;
      if (!link) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(link).not.toBeNull();
    const reset = await open(null, new URL(link as string).pathname + new URL(link as string).search);
    await reset.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' }).waitFor();
    await reset.getByLabel(/^Nouveau mot de passe/).fill('un-nouveau-mot-de-passe');
    await reset.getByLabel(/^Le même, une seconde fois/).fill('un-nouveau-mot-de-passe');
    await reset.getByRole('button', { name: 'Enregistrer et me connecter' }).click();
    await reset.waitForURL(`${baseUrl()}/`);
    await reset.getByRole('button', { name: new RegExp(`Oubli ${suffix}`) }).waitFor();
    await tokenOf(email, 'un-nouveau-mot-de-passe');
  });
});
