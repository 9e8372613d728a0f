import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, describeInBrowser, launchBrowser, screenshot } from '../support/browser';

/**
 * A brainstorm evening in a room: the projector shows the challenge with many ideas on one screen
 * (no scrolling, the rest on further pages), and how to join: a QR code, the short address and the
 * code, never the long id. Someone types the address on their phone and lands on the challenge;
 * Maëlle, who holds the project, runs the rounds from the projector's keyboard.
 */

const DEMO_PASSWORD = 'ouimake-demo';
const MAELLE = { email: 'maelle.legall@ouimake.example' };
const LENA = { email: 'lena.cariou@ouimake.example' };
const SCREENS = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];
const phone = { width: 390, height: 844 };
const IDEAS = 30;

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

async function tokenOf(person: { email: string }): Promise<string> {
  const { signIn } = await api<{ signIn: { token: string } }>(
    'mutation ($input: SignInInput!) { signIn(input: $input) { token } }',
    { input: { email: person.email, password: DEMO_PASSWORD } },
  );
  return signIn.token;
}

/** What a projector must never do: scroll, either way. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return {
      vertical: root.scrollHeight - window.innerHeight,
      horizontal: root.scrollWidth - window.innerWidth,
    };
  });
}

describeInBrowser('the board in the room', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let maelleToken: string;
  let lenaToken: string;
  let challengeId: string;
  let joinCode: string;
  let title: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    [maelleToken, lenaToken] = await Promise.all([tokenOf(MAELLE), tokenOf(LENA)]);
    const { me } = await api<{ me: { projects: Array<{ id: string; name: string }> } }>(
      '{ me { projects { id name } } }',
      {},
      maelleToken,
    );
    const project = me.projects.find((p) => p.name === 'La Coopérative des Créateurs');
    if (!project) throw new Error('Maëlle holds no cooperative in the demo data');
    title = `Comment faire vivre le tiers-lieu le week-end ? ${randomBytes(2).toString('hex')}`;
    const { createChallenge } = await api<{ createChallenge: { id: string; joinCode: string } }>(
      'mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { id joinCode } }',
      {
        input: {
          projectId: project.id,
          title,
          description: 'Une soirée en salle, au projecteur.',
          publish: true,
        },
      },
      maelleToken,
    );
    challengeId = createChallenge.id;
    joinCode = createChallenge.joinCode;
    const themes = [
      'Un atelier de réparation de vélos le samedi matin',
      'Des repas partagés où chacun apporte un plat de sa région',
      'Une bibliothèque d’outils à emprunter',
      'Un concert acoustique',
      'Ouvrir la cuisine aux associations du quartier pour qu’elles y préparent leurs collectes et leurs goûters',
    ];
    for (let i = 0; i < IDEAS; i++) {
      await api(
        'mutation ($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }',
        { input: { challengeId, title: `${themes[i % themes.length]} (${i + 1})`, body: '' } },
        i % 2 === 0 ? lenaToken : maelleToken,
      );
    }
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    if (challengeId) {
      await api(
        'mutation ($id: ID!) { stopBrainstorm(challengeId: $id) { id } }',
        { id: challengeId },
        maelleToken,
      );
    }
    await browser?.close();
  });

  async function open(
    token: string | null,
    viewport: { width: number; height: number },
    path: string,
    locale = 'fr-FR',
  ): Promise<Page> {
    const context = await browser.newContext({ locale, viewport });
    contexts.push(context);
    if (token) {
      await context.addInitScript((value) => window.localStorage.setItem('ouimake.token', value), token);
    }
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${path}`);
    return page;
  }

  it('fits thirty ideas on the projector at 1920×1080 and 1280×720, with the code, the address and a QR code', async () => {
    const host = new URL(baseUrl()).host;
    for (const [locale, lang] of [
      ['fr-FR', 'fr'],
      ['en-GB', 'en'],
    ] as const) {
      for (const screen of SCREENS) {
        const projector = await open(maelleToken, screen, `/challenges/${challengeId}/live`, locale);
        await projector.getByRole('heading', { level: 1, name: title }).waitFor();
        const list = projector.getByRole('list', {
          name: lang === 'fr' ? 'Idées, les plus récentes d’abord' : 'Ideas, newest first',
        });
        await list.getByRole('listitem').first().waitFor();
        // Every note drawn and the fonts settled before measuring.
        await projector.evaluate(() => document.fonts.ready);

        const { vertical, horizontal } = await overflow(projector);
        expect(vertical).toBeLessThanOrEqual(0);
        expect(horizontal).toBeLessThanOrEqual(0);

        // The rest of the thirty on further pages, said on screen.
        const shown = await list.getByRole('listitem').count();
        expect(shown).toBeGreaterThanOrEqual(6);
        expect(shown).toBeLessThan(IDEAS);
        const pages = Math.ceil(IDEAS / shown);
        await projector.getByTestId('projector-page').getByText(`Page 1/${pages}`).waitFor();
        // Each note is whole on the screen.
        const boxes = await list
          .getByRole('listitem')
          .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().bottom));
        expect(Math.max(...boxes)).toBeLessThanOrEqual(screen.height);

        // How to join: the short address, the code and a QR code; never the long id.
        await projector.getByText(`${host}/j/${joinCode}`, { exact: true }).waitFor();
        await projector.getByText(joinCode, { exact: true }).waitFor();
        const qr = projector.getByRole('img', { name: /QR/ });
        expect(await qr.getAttribute('role')).toBe('img');
        expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(150);
        expect(await projector.evaluate(() => document.body.innerText)).not.toContain(challengeId);

        await screenshot(projector, `room-projector-${screen.width}x${screen.height}-${lang}`, {
          fullPage: false,
        });

        // The next page, by key, says where it is.
        await projector.keyboard.press('ArrowRight');
        await projector.getByTestId('projector-page').getByText(`Page 2/${pages}`).waitFor();
        await projector.getByTestId('projector-feedback').getByText(`Page 2/${pages}`).waitFor();
        const { vertical: afterTurn } = await overflow(projector);
        expect(afterTurn).toBeLessThanOrEqual(0);
      }
    }
  });

  it('opens the challenge from the typed address, and says when a code is unknown', async () => {
    // Someone in the room, not signed in, types what the screen shows (in small letters).
    const guest = await open(null, phone, `/j/${joinCode.toLowerCase()}`);
    await guest.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(guest.url()).pathname).toBe(`/challenges/${challengeId}`);

    const lost = await open(null, phone, '/j/ZZZZZZ', 'en-GB');
    await lost.getByRole('alert').getByText('No challenge has the code ZZZZZZ').waitFor();
    const field = lost.getByRole('textbox', { name: /Challenge code/ });
    await field.fill(`${joinCode.slice(0, 3)}-${joinCode.slice(3)}`);
    await screenshot(lost, 'room-join-unknown-phone-en');
    await field.press('Enter');
    await lost.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(lost.url()).pathname).toBe(`/challenges/${challengeId}`);

    // The projector opened on a phone: one column that scrolls, the way to join below the ideas.
    const small = await open(null, phone, `/challenges/${challengeId}/live`);
    await small.getByRole('heading', { level: 1, name: title }).waitFor();
    await small.getByRole('img', { name: /QR/ }).waitFor();
    expect((await overflow(small)).horizontal).toBeLessThanOrEqual(0);
    await screenshot(small, 'room-projector-phone-fr');
  });

  it('runs the rounds from the projector keyboard, seen at once by a participant', async () => {
    const projector = await open(maelleToken, SCREENS[1], `/challenges/${challengeId}/live`);
    await projector.getByRole('heading', { level: 1, name: title }).waitFor();
    const lena = await open(lenaToken, { width: 1280, height: 800 }, `/challenges/${challengeId}`);
    await lena.getByRole('heading', { level: 1, name: title }).waitFor();
    const feedback = projector.getByTestId('projector-feedback');

    // The keys are written on the screen.
    await projector.keyboard.press('?');
    const help = projector.getByRole('dialog', { name: 'Raccourcis clavier' });
    await help.getByText('Lancer une manche d’idées').waitFor();
    await screenshot(projector, 'room-projector-shortcuts-fr', { fullPage: false });
    await projector.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });

    await projector.keyboard.press('i');
    await feedback.getByText('Manche des idées lancée pour 10 minutes').waitFor();
    await projector.getByRole('timer').waitFor();
    await lena.getByRole('region', { name: 'Manche des idées' }).waitFor();

    await projector.keyboard.press('s');
    await feedback.getByText('Manche des votes lancée pour 10 minutes').waitFor();
    await lena.getByRole('region', { name: 'Manche des votes' }).waitFor();

    await projector.keyboard.press('+');
    await feedback.getByText(/^Manche prolongée\u202f?: 11 minutes restantes$/).waitFor();

    await projector.keyboard.press('x');
    await feedback.getByText('Manche arrêtée').waitFor();
    await projector.getByText('Pas de manche en cours').waitFor();
    await lena.getByRole('region', { name: 'Manche des votes' }).waitFor({ state: 'detached' });

    // A participant's projector has no round keys.
    const lenaProjector = await open(lenaToken, SCREENS[1], `/challenges/${challengeId}/live`);
    await lenaProjector.getByRole('heading', { level: 1, name: title }).waitFor();
    await lenaProjector.keyboard.press('i');
    await lenaProjector.waitForTimeout(1000);
    expect(await lenaProjector.getByTestId('projector-feedback').textContent()).toBe('');
    expect(await lenaProjector.getByRole('timer').count()).toBe(0);
  });
});
