import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, describeInBrowser, launchBrowser, PHONE, screenshot } from '../support/browser';

/**
 * A live round as people meet it on a 390 x 844 phone: the round and its countdown stay in view
 * while the wall scrolls, proposing is one tap away from the bottom of the page, the board shows a
 * challenge on its first screen; in "most supported" order the wall re-sorts as votes arrive from
 * another browser; the follow button follows what the person did elsewhere, without a reload.
 */

jest.setTimeout(120_000);

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };
const DEMO_PASSWORD = 'ouimake-demo';
const MAELLE = 'maelle.legall@ouimake.example';
const LENA = 'lena.cariou@ouimake.example';
const ERWAN = 'erwan.lebihan@ouimake.example';

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

async function tokenOf(email: string): Promise<string> {
  const { signIn } = await api<{ signIn: { token: string } }>(
    'mutation ($input: SignInInput!) { signIn(input: $input) { token } }',
    { input: { email, password: DEMO_PASSWORD } },
  );
  return signIn.token;
}

describeInBrowser('the board on a phone, live', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let maelle: string;
  let lena: string;
  let erwan: string;
  let projectId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    [maelle, lena, erwan] = await Promise.all([tokenOf(MAELLE), tokenOf(LENA), tokenOf(ERWAN)]);
    const { me } = await api<{ me: { projects: Array<{ id: string; name: string }> } }>(
      '{ me { projects { id name } } }',
      {},
      maelle,
    );
    const project = me.projects.find((p) => p.name === 'La Coopérative des Créateurs') ?? me.projects[0];
    if (!project) throw new Error('Maëlle holds no project in the demo data');
    projectId = project.id;
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** A challenge of its own for each test, with these ideas (title, proposer). */
  async function challengeWith(
    ideas: Array<[string, string]>,
  ): Promise<{ id: string; title: string; ideas: string[] }> {
    const title = `Comment tenir une permanence à plusieurs ? ${randomBytes(2).toString('hex')}`;
    const { createChallenge } = await api<{ createChallenge: { id: string } }>(
      'mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }',
      {
        input: {
          projectId,
          title,
          description: `${'Nous tenons la boutique à tour de rôle. '.repeat(30)}\n\nUne pause de **30 minutes**, ordre du jour court.`,
          publish: true,
        },
      },
      maelle,
    );
    const ids: string[] = [];
    for (const [idea, token] of ideas) {
      const { proposeIdea } = await api<{ proposeIdea: { id: string } }>(
        'mutation ($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }',
        { input: { challengeId: createChallenge.id, title: idea, body: '' } },
        token,
      );
      ids.push(proposeIdea.id);
    }
    return { id: createChallenge.id, title, ideas: ids };
  }

  async function open(token: string | null, path: string, viewport = phone, locale = 'fr-FR'): Promise<Page> {
    const context = await browser.newContext({
      locale,
      ...(viewport === phone ? PHONE : { viewport }),
    });
    contexts.push(context);
    if (token) {
      await context.addInitScript((value) => window.localStorage.setItem('ouimake.token', value), token);
    }
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${path}`);
    return page;
  }

  const wall = (page: Page) => page.getByRole('list', { name: 'Idées proposées' });
  const titlesOnWall = (page: Page) => wall(page).getByRole('heading', { level: 3 }).allInnerTexts();

  it('keeps the round in view, puts the wall first and proposes from anywhere in one tap', async () => {
    const seeds = [
      'Un planning partagé en ligne',
      'Des binômes anciens et nouveaux',
      'Un carnet de passation',
    ];
    const challenge = await challengeWith(seeds.map((idea) => [idea, lena]));
    await api(
      'mutation ($id: ID!) { startBrainstorm(challengeId: $id, minutes: 10, phase: IDEATION) { id } }',
      { id: challenge.id },
      maelle,
    );
    try {
      const page = await open(lena, `/challenges/${challenge.id}`);
      const banner = page.getByRole('region', { name: 'Manche des idées' });
      await banner.getByRole('timer').waitFor();
      await wall(page).getByRole('heading', { name: seeds[0] }).waitFor();
      await screenshot(page, 'phone-challenge-round-fr', { fullPage: false });

      // The wall comes before the (long) context.
      const wallTop = (await wall(page).boundingBox())?.y ?? Infinity;
      const contextTop =
        (await page.getByRole('heading', { level: 2, name: 'Le contexte' }).boundingBox())?.y ?? 0;
      expect(wallTop).toBeLessThan(contextTop);

      // Scrolled to the very bottom: the round's name and countdown are still on screen.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(300);
      const box = await banner.getByRole('timer').boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(phone.height);
      expect(await banner.getByRole('heading', { name: 'Manche des idées' }).isVisible()).toBe(true);

      // Proposing: one tap from the bottom of the page, a form with the focus in it.
      const propose = page.getByRole('button', { name: 'Proposer une idée' });
      const tap = await propose.boundingBox();
      expect(tap!.y + tap!.height).toBeLessThanOrEqual(phone.height);
      expect(tap!.height).toBeGreaterThanOrEqual(44);
      await propose.tap();
      const dialog = page.getByRole('dialog', { name: 'Proposer une idée' });
      const field = dialog.getByRole('textbox', { name: /^Votre idée en une phrase/ });
      await field.waitFor();
      await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
      expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
      await screenshot(page, 'phone-propose-fr', { fullPage: false });

      // Escape closes it, and the focus is back on the button.
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await page.waitForFunction(() => document.activeElement?.textContent?.includes('Proposer une idée'));

      await propose.tap();
      const idea = `Une clé dans une boîte à code ${randomBytes(2).toString('hex')}`;
      await dialog.getByRole('textbox', { name: /^Votre idée en une phrase/ }).fill(idea);
      await dialog.getByRole('button', { name: 'Proposer l’idée' }).tap();
      await dialog.waitFor({ state: 'detached' });
      await wall(page).getByRole('heading', { name: idea }).waitFor();

      // Votes take a thumb: every vote button is at least 44 px square.
      for (const vote of await wall(page)
        .getByRole('button', { name: /^Voter pour/ })
        .all()) {
        const size = await vote.boundingBox();
        expect(size!.width).toBeGreaterThanOrEqual(44);
        expect(size!.height).toBeGreaterThanOrEqual(44);
      }

      await screenshot(page, 'phone-challenge-bottom-fr', { fullPage: false });
      const english = await open(lena, `/challenges/${challenge.id}`, phone, 'en-GB');
      await english.getByRole('region', { name: 'Ideas round' }).getByRole('timer').waitFor();
      await english.getByRole('list', { name: /ideas/i }).first().waitFor();
      await screenshot(english, 'phone-challenge-round-en', { fullPage: false });
      const wide = await open(lena, `/challenges/${challenge.id}`, desktop);
      await wide.getByRole('region', { name: 'Manche des idées' }).getByRole('timer').waitFor();
      await wall(wide).getByRole('heading', { name: seeds[0] }).waitFor();
      await screenshot(wide, 'phone-challenge-round-desktop-fr');
    } finally {
      await api(
        'mutation ($id: ID!) { stopBrainstorm(challengeId: $id) { id } }',
        { id: challenge.id },
        maelle,
      );
    }
  });

  it('shows a challenge on the board’s first screen', async () => {
    for (const [locale, lang] of [
      ['fr-FR', 'fr'],
      ['en-GB', 'en'],
    ]) {
      const page = await open(null, '/', phone, locale);
      const card = page.getByRole('main').getByRole('article').first();
      await card.waitFor();
      const box = await card.boundingBox();
      expect(box!.y).toBeLessThan(phone.height - 80);
      await screenshot(page, `phone-board-${lang}`, { fullPage: false });
    }
    const page = await open(null, '/', desktop);
    await page.getByRole('main').getByRole('article').first().waitFor();
    await screenshot(page, 'phone-board-desktop-fr', { fullPage: false });
  });

  it('re-sorts the most supported ideas as votes arrive from another browser', async () => {
    const names = ['Une idée A qui attend', 'Une idée B qui attend', 'Une idée C qui montera'];
    const challenge = await challengeWith(names.map((idea) => [idea, maelle]));
    const watcher = await open(lena, `/challenges/${challenge.id}`, desktop);
    await wall(watcher).getByRole('heading', { name: names[2] }).waitFor();
    expect(await watcher.getByRole('radio', { name: 'Les plus soutenues' }).isChecked()).toBe(true);
    expect((await titlesOnWall(watcher)).map((title) => title.trim())).toEqual(names);

    // From another browser, Erwan votes for the last one: it rises to the top, without a reload.
    const voter = await open(erwan, `/challenges/${challenge.id}`, phone);
    const vote = wall(voter).getByRole('button', { name: `Voter pour «\u202f${names[2]}\u202f» (0 vote)` });
    await vote.tap();
    await wall(voter)
      .getByRole('button', { name: `Voter pour «\u202f${names[2]}\u202f» (1 vote)` })
      .waitFor();
    await watcher.waitForFunction(
      (first) => document.querySelector('[aria-label="Idées proposées"] h3')?.textContent?.trim() === first,
      names[2],
      { timeout: 10_000 },
    );
    expect((await titlesOnWall(watcher)).map((title) => title.trim())).toEqual([
      names[2],
      names[0],
      names[1],
    ]);

    // A card held down keeps its place while votes move the others: Léna presses B's vote button.
    const bVote = wall(watcher).getByRole('button', { name: new RegExp(`^Voter pour «.${names[1]}.»`) });
    // Once the cards have glided to their places, with B's button in view under the mouse.
    await watcher.waitForTimeout(600);
    await bVote.scrollIntoViewIfNeeded();
    const held = await bVote.boundingBox();
    await watcher.mouse.move(held!.x + held!.width / 2, held!.y + held!.height / 2);
    await watcher.mouse.down();
    await api('mutation ($id: ID!) { vote(ideaId: $id) { id } }', { id: challenge.ideas[1] }, erwan);
    await api('mutation ($id: ID!) { vote(ideaId: $id) { id } }', { id: challenge.ideas[1] }, maelle);
    await wall(watcher)
      .getByRole('button', { name: `Voter pour «\u202f${names[1]}\u202f» (2 votes)` })
      .waitFor();
    await watcher.waitForTimeout(400);
    // B would be first now, but it is held where it was (third).
    expect((await titlesOnWall(watcher)).map((title) => title.trim())[2]).toBe(names[1]);
    const stillThere = await bVote.boundingBox();
    expect(Math.abs(stillThere!.y - held!.y)).toBeLessThan(2);
    // Let go (away from the button, so that nothing is voted): B takes its place at the top.
    await watcher.mouse.move(5, 5);
    await watcher.mouse.up();
    await watcher.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await watcher.waitForFunction(
      (first) => document.querySelector('[aria-label="Idées proposées"] h3')?.textContent?.trim() === first,
      names[1],
      { timeout: 10_000 },
    );
  });

  it('shows that one follows a challenge without a reload', async () => {
    const challenge = await challengeWith([['Une idée à soutenir', maelle]]);
    const page = await open(lena, `/challenges/${challenge.id}`);
    await page.getByRole('button', { name: 'Suivre ce défi' }).waitFor();

    // Voting follows the challenge: the button says so at once.
    const voted = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') && /mutation Vote\b/.test(response.request().postData() ?? ''),
    );
    await wall(page)
      .getByRole('button', { name: /^Voter pour/ })
      .tap();
    await page.getByRole('button', { name: 'Ne plus suivre' }).waitFor();
    expect(await page.getByRole('button', { name: 'Suivre ce défi' }).count()).toBe(0);
    // What the button said at once was the board's guess: the server has taken the vote (which
    // follows the challenge) before the other device unfollows.
    expect((await (await voted).json()).data.vote.challenge.viewerIsFollowing).toBe(true);

    // Unfollowed from another device: back on this page, the button follows.
    await api('mutation ($id: ID!) { unfollowChallenge(id: $id) { id } }', { id: challenge.id }, lena);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.getByRole('button', { name: 'Suivre ce défi' }).waitFor();
    expect(await page.getByRole('button', { name: 'Ne plus suivre' }).count()).toBe(0);
  });
});
