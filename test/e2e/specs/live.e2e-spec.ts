import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { baseUrl, describeInBrowser, launchBrowser, screenshot } from '../support/browser';

/**
 * A remote brainstorm as people meet it in Chromium, each in their own browser: Maëlle holds the
 * demo cooperative and runs the session from a challenge of her own (made for this run, so that no
 * other spec meets its rounds); Léna takes part from her desktop and from her phone. Ideas, votes,
 * presence and rounds reach each of them without a reload; the projector view shows it big; the
 * board says when it is offline and catches up when it is back.
 */

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const DEMO_PASSWORD = 'ouimake-demo';
const MAELLE = { email: 'maelle.legall@ouimake.example', name: 'Maëlle Le Gall' };
const LENA = { email: 'lena.cariou@ouimake.example', name: 'Léna Cariou' };

/** Calls the API as `token` (or nobody), and fails the test on any error. */
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

function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The seconds a countdown shows (`mm:ss`). */
async function secondsLeft(timer: Locator): Promise<number> {
  const text = (await timer.textContent()) ?? '';
  const match = /^(\d+):(\d\d)$/.exec(text.trim());
  if (!match) throw new Error(`not a countdown: ${text}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

describeInBrowser('a live brainstorm in two browsers', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let maelleToken: string;
  let lenaToken: string;
  let challengeId: string;
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
    title = `Comment animer une soirée d’idées à distance ? ${randomBytes(2).toString('hex')}`;
    const { createChallenge } = await api<{ createChallenge: { id: string } }>(
      'mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }',
      {
        input: {
          projectId: project.id,
          title,
          description: 'Nous voulons une **soirée** où chacun propose et vote depuis chez soi.',
          publish: true,
        },
      },
      maelleToken,
    );
    challengeId = createChallenge.id;
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    // Leave no round running behind.
    if (challengeId) {
      await api(
        'mutation ($id: ID!) { stopBrainstorm(challengeId: $id) { id } }',
        { id: challengeId },
        maelleToken,
      );
    }
    await browser?.close();
  });

  /** `person`'s browser (their token kept as the board keeps it), on the challenge's page. */
  async function open(
    token: string,
    viewport = desktop,
    path = `/challenges/${challengeId}`,
    locale = 'fr-FR',
  ): Promise<Page> {
    const context = await browser.newContext({ locale, viewport });
    contexts.push(context);
    await context.addInitScript((value) => window.localStorage.setItem('ouimake.token', value), token);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${path}`);
    return page;
  }

  async function onChallenge(token: string, viewport = desktop): Promise<Page> {
    const page = await open(token, viewport);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Les idées' }).waitFor();
    return page;
  }

  const wall = (page: Page) => page.getByRole('list', { name: 'Idées proposées' });
  const presence = (page: Page) => page.getByTestId('presence');
  const voteFor = (page: Page, idea: string) =>
    wall(page).getByRole('button', { name: `Voter pour «\u202f${idea}\u202f»` });

  async function propose(page: Page, idea: string) {
    const form = page.getByRole('region', { name: 'Proposer une idée' });
    await form.getByRole('textbox', { name: /^Votre idée en une phrase/ }).fill(idea);
    await form.getByRole('button', { name: 'Proposer l’idée' }).click();
    await form.getByText('Votre idée est affichée sur le mur.').waitFor();
  }

  it('shows each one the other’s ideas, votes and presence without a reload', async () => {
    const maelle = await onChallenge(maelleToken);
    const lena = await onChallenge(lenaToken);

    // Both are counted, on both screens.
    await presence(maelle).filter({ hasText: '2 personnes ici' }).waitFor();
    await presence(lena).filter({ hasText: '2 personnes ici' }).waitFor();

    const idea = `Un tableau partagé des envies ${randomBytes(2).toString('hex')}`;
    await propose(lena, idea);
    // Maëlle sees it arrive, counted, and screen readers hear of it.
    await wall(maelle).getByRole('heading', { name: idea }).waitFor();
    await maelle.getByRole('region', { name: 'Les idées' }).getByText('1 idée proposée').waitFor();
    await maelle
      .locator('[aria-live="polite"]', { hasText: `Nouvelle idée sur le mur\u202f: ${idea}` })
      .waitFor();
    // Once only: Léna's own answer and the live news do not show it twice.
    expect(await wall(lena).getByRole('heading', { name: idea }).count()).toBe(1);

    await voteFor(lena, idea).click();
    await wall(lena)
      .getByRole('button', { name: `Voter pour «\u202f${idea}\u202f» (1 vote)`, pressed: true })
      .waitFor();
    // Maëlle sees the count move, and her own vote stays hers (not pressed).
    const hers = wall(maelle).getByRole('button', { name: `Voter pour «\u202f${idea}\u202f» (1 vote)` });
    await hers.waitFor();
    expect(await hers.getAttribute('aria-pressed')).toBe('false');

    // Léna leaves: Maëlle is alone again.
    await lena.close();
    await presence(maelle).filter({ hasText: '1 personne ici' }).waitFor();
  });

  it('runs timed rounds that everyone sees, with their rules, and a projector view', async () => {
    const maelle = await onChallenge(maelleToken);
    const lena = await onChallenge(lenaToken);
    await presence(lena).filter({ hasText: '2 personnes ici' }).waitFor();
    const seed = `Une boîte à idées anonyme ${randomBytes(2).toString('hex')}`;
    await propose(lena, seed);
    await wall(maelle).getByRole('heading', { name: seed }).waitFor();

    // Maëlle starts an ideas round of 5 minutes.
    await maelle.getByRole('button', { name: 'Lancer une manche' }).click();
    const dialog = maelle.getByRole('dialog', { name: 'Lancer une manche en direct' });
    await dialog.getByRole('radio', { name: /^Manche des idées/ }).check();
    await dialog.getByRole('radio', { name: '5 minutes', exact: true }).check();
    // Once the radios have settled.
    await maelle.waitForTimeout(300);
    await screenshot(maelle, 'live-start-round-desktop-fr', { fullPage: false });
    await dialog.getByRole('button', { name: 'Lancer la manche' }).click();
    const hers = maelle.getByRole('region', { name: 'Manche des idées' });
    await hers.getByRole('button', { name: 'Passer à la manche des votes' }).waitFor();

    // Léna sees the banner and a countdown that moves; votes wait, ideas are welcome.
    const banner = lena.getByRole('region', { name: 'Manche des idées' });
    await banner.waitFor();
    const timer = banner.getByRole('timer');
    expect(await timer.getAttribute('aria-label')).toBe('Temps restant\u202f: 5 minutes');
    const first = await secondsLeft(timer);
    expect(first).toBeGreaterThan(4 * 60);
    expect(first).toBeLessThanOrEqual(5 * 60);
    await lena.waitForTimeout(2100);
    expect(await secondsLeft(timer)).toBeLessThan(first);
    await banner.getByText('2 personnes ici').waitFor();
    expect(await voteFor(lena, seed).isDisabled()).toBe(true);
    await lena.getByText('Manche des idées\u202f: les votes ouvriront à la manche des votes.').waitFor();
    // No editing for her, only the projector.
    expect(await banner.getByRole('button').count()).toBe(0);
    expect(await horizontalOverflow(lena)).toBeLessThanOrEqual(0);
    await lena.evaluate(() => window.scrollTo(0, 0));
    await screenshot(lena, 'live-challenge-ideation-desktop-fr');
    await maelle.evaluate(() => window.scrollTo(0, 0));
    await screenshot(maelle, 'live-challenge-curator-desktop-fr');

    // On her phone too (the same person: still two people here).
    const lenaPhone = await onChallenge(lenaToken, phone);
    const phoneBanner = lenaPhone.getByRole('region', { name: 'Manche des idées' });
    await phoneBanner.getByRole('timer').waitFor();
    await phoneBanner.getByText('2 personnes ici').waitFor();
    expect(await horizontalOverflow(lenaPhone)).toBeLessThanOrEqual(0);
    await screenshot(lenaPhone, 'live-challenge-ideation-phone-fr');

    // An idea proposed during the round; then Maëlle switches to a 10-minute voting round.
    const during = `Un vote à main levée par visio ${randomBytes(2).toString('hex')}`;
    await propose(lena, during);
    await wall(maelle).getByRole('heading', { name: during }).waitFor();
    await hers.getByRole('button', { name: 'Passer à la manche des votes' }).click();
    const switching = maelle.getByRole('dialog', { name: 'Changer de manche' });
    expect(await switching.getByRole('radio', { name: /^Manche des votes/ }).isChecked()).toBe(true);
    await switching.getByRole('radio', { name: '10 minutes', exact: true }).check();
    await switching.getByRole('button', { name: 'Lancer la manche' }).click();

    const voting = lena.getByRole('region', { name: 'Manche des votes' });
    await voting.waitFor();
    expect(await voting.getByRole('timer').getAttribute('aria-label')).toBe(
      'Temps restant\u202f: 10 minutes',
    );
    const form = lena.getByRole('region', { name: 'Proposer une idée' });
    expect(await form.getByRole('button', { name: 'Proposer l’idée' }).isDisabled()).toBe(true);
    await form.getByText(/^C’est la manche des votes/).waitFor();
    await voteFor(lena, during).click();
    await wall(maelle)
      .getByRole('button', { name: `Voter pour «\u202f${during}\u202f» (1 vote)` })
      .waitFor();
    // Maëlle votes too: it is the most supported idea.
    await voteFor(maelle, during).click();
    await wall(lena)
      .getByRole('button', { name: `Voter pour «\u202f${during}\u202f» (2 votes)` })
      .waitFor();
    await lena.evaluate(() => window.scrollTo(0, 0));
    await screenshot(lena, 'live-challenge-voting-desktop-fr');
    await lenaPhone.getByRole('region', { name: 'Manche des votes' }).waitFor();
    await screenshot(lenaPhone, 'live-challenge-voting-phone-fr');

    // In English, on a phone.
    const english = await open(lenaToken, phone, `/challenges/${challengeId}`, 'en-GB');
    const inEnglish = english.getByRole('region', { name: 'Voting round' });
    await inEnglish.getByRole('timer', { name: /^Time left: (9|10) minutes$/ }).waitFor();
    await inEnglish.getByText('2 people here').waitFor();
    await english.getByText('Voting round: new ideas wait for the next ideas round.').waitFor();
    expect(await horizontalOverflow(english)).toBeLessThanOrEqual(0);
    await screenshot(english, 'live-challenge-voting-phone-en');

    // The projector: big, dark, live, without editing, readable on a phone too.
    await maelle
      .getByRole('region', { name: 'Manche des votes' })
      .getByRole('link', { name: 'Mode projection' })
      .click();
    await maelle.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(maelle.url()).pathname).toBe(`/challenges/${challengeId}/live`);
    const ranked = maelle.getByRole('list', { name: 'Idées, les plus soutenues d’abord' });
    await ranked.getByText(during).waitFor();
    await maelle.getByRole('timer').waitFor();
    expect(await maelle.getByRole('button', { name: /Voter/ }).count()).toBe(0);
    expect((await ranked.getByRole('listitem').first().textContent()) ?? '').toContain(during);
    // Léna's vote reaches the projector.
    await voteFor(lena, seed).click();
    await ranked.getByRole('listitem').filter({ hasText: seed }).getByText('1 vote').waitFor();
    expect(await horizontalOverflow(maelle)).toBeLessThanOrEqual(0);
    await screenshot(maelle, 'live-projector-desktop-fr');
    // Keyboard only: the way back is reachable with Tab.
    await maelle.keyboard.press('Tab');
    await maelle.keyboard.press('Tab');
    const focused = await maelle.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toMatch(/Plein écran|Présélection|Quitter la projection/);

    const projectorPhone = await open(lenaToken, phone, `/challenges/${challengeId}/live`);
    await projectorPhone.getByRole('heading', { level: 1, name: title }).waitFor();
    await projectorPhone
      .getByRole('list', { name: 'Idées, les plus soutenues d’abord' })
      .getByText(seed)
      .waitFor();
    expect(await horizontalOverflow(projectorPhone)).toBeLessThanOrEqual(0);
    await screenshot(projectorPhone, 'live-projector-phone-fr');

    // Maëlle stops the round from the challenge page: it ends for Léna at once.
    await maelle.getByRole('link', { name: 'Quitter la projection' }).click();
    await maelle
      .getByRole('region', { name: 'Manche des votes' })
      .getByRole('button', { name: 'Arrêter la manche' })
      .click();
    await lena.getByTestId('live-bar').waitFor();
    expect(await lena.getByRole('region', { name: /^Manche des/ }).count()).toBe(0);
    expect(await form.getByRole('button', { name: 'Proposer l’idée' }).isEnabled()).toBe(true);
    // Two browsers, a phone, three rounds and the projector: many steps on a shared machine.
  }, 150_000);

  it('says when it is offline, and catches up with what happened meanwhile', async () => {
    // Ideas are taken: no round of votes left running by a test before.
    await api(
      'mutation ($id: ID!) { stopBrainstorm(challengeId: $id) { id } }',
      { id: challengeId },
      maelleToken,
    );
    const lena = await onChallenge(lenaToken);
    await presence(lena)
      .filter({ hasText: /personnes? ici/ })
      .waitFor();
    await lena.locator('[data-live]').first().waitFor();

    await lena.context().setOffline(true);
    const notice = lena.getByRole('status').filter({ hasText: 'Hors ligne — reconnexion…' });
    await notice.waitFor();
    await screenshot(lena, 'live-offline-desktop-fr');

    // Meanwhile, Maëlle proposes an idea.
    const missed = `Un fil de discussion par quartier ${randomBytes(2).toString('hex')}`;
    await api(
      'mutation ($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }',
      { input: { challengeId, title: missed, body: '' } },
      maelleToken,
    );

    await lena.context().setOffline(false);
    await notice.waitFor({ state: 'detached' });
    await wall(lena).getByRole('heading', { name: missed }).waitFor();
    expect(await wall(lena).getByRole('heading', { name: missed }).count()).toBe(1);
    expect(await presence(lena).textContent()).toMatch(/personnes? ici$/);
  });

  it('signs out a person whose session ended elsewhere, and keeps them live, signed out', async () => {
    const token = await tokenOf(LENA);
    const page = await onChallenge(token);
    await page.getByRole('button', { name: `Mon compte\u202f: ${LENA.name}` }).waitFor();
    await page.locator('[data-live]').first().waitFor();

    // Her session ends on another device: the server closes her socket at once (4403), and the
    // board, having checked that her token is refused, signs her out without a reload.
    await api('mutation { signOut }', {}, token);
    await page.getByRole('link', { name: 'Se connecter', exact: true }).waitFor();
    expect(await page.evaluate(() => window.localStorage.getItem('ouimake.token'))).toBeNull();
    // Live again, as a visitor.
    await page.locator('[data-live]').first().waitFor();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
  });
});
