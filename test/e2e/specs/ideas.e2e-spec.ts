import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { api } from '../support/api';
import { baseUrl, boardReady, describeInBrowser, launchBrowser, screenshot } from '../support/browser';

/**
 * Ideas as Léna (a participant) meets them in Chromium: a hint about a similar idea while typing,
 * proposing, voting, commenting; and the pages people look at, on a desktop and on a 360 px phone.
 */

const desktop = { width: 1280, height: 800 };
const phone = { width: 360, height: 740 };
const BENEVOLES = /Comment impliquer des bénévoles sans qu/;
const COOPERATIVE = /Comment concilier activité rémunérée et engagement bénévole/;

describeInBrowser('ideas, votes and comments in a browser', () => {
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

  /** Léna, signed in, in French, on the board. */
  async function asLena(viewport = desktop): Promise<Page> {
    context = await browser.newContext({ locale: 'fr-FR', viewport });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel(/^Adresse e-mail/).fill('lena.cariou@ouimake.example');
    await page.getByLabel(/^Mot de passe/).fill('ouimake-demo');
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await page.getByRole('button', { name: 'Mon compte\u202f: Léna Cariou' }).waitFor();
    return page;
  }

  async function openChallenge(page: Page, title: RegExp) {
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('link', { name: title }).first().click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Les idées' }).waitFor();
    // The page may have come rendered by the server (the link followed before the board ran): its
    // headings show before the board answers.
    await boardReady(page);
  }

  it('keeps an idea and a vote sent without a connection, and makes each once when it is back', async () => {
    const page = await asLena();
    await openChallenge(page, BENEVOLES);
    const form = page.getByRole('region', { name: 'Proposer une idée' });
    const idea = `Un carnet de bord des bénévoles ${randomBytes(2).toString('hex')}`;

    await context!.setOffline(true);
    await form.getByRole('textbox', { name: /^Votre idée en une phrase/ }).fill(idea);
    await form.getByRole('button', { name: 'Proposer l’idée' }).click();
    await form.getByText('Pas de connexion\u202f: votre idée est gardée sur cet appareil').waitFor();
    await form.getByText(`«\u202f${idea}\u202f», en attente d’envoi`).waitFor();
    await screenshot(page, 'idea-kept-offline-desktop-fr', { fullPage: false });

    await context!.setOffline(false);
    const wall = page.getByRole('list', { name: 'Idées proposées' });
    await wall.getByRole('heading', { name: idea }).waitFor({ timeout: 20_000 });
    await form.getByText(/en attente d’envoi/).waitFor({ state: 'detached' });
    // Made once: the newest ideas of the challenge hold it once.
    const challengeId = new URL(page.url()).pathname.split('/').pop();
    const { challenge } = await api<{ challenge: { ideas: { edges: Array<{ node: { title: string } }> } } }>(
      'query ($id: ID!) { challenge(id: $id) { ideas(first: 20, orderBy: NEWEST) { edges { node { title } } } } }',
      { id: challengeId },
    );
    expect(challenge.ideas.edges.filter(({ node }) => node.title === idea)).toHaveLength(1);

    // A vote given on a bad connection is kept too, shown as given, and counted once when back.
    await context!.setOffline(true);
    await wall.getByRole('button', { name: `Voter pour «\u202f${idea}\u202f» (0 vote)` }).click();
    await page.getByText(/Pas de connexion\u202f: votre vote est gardé sur cet appareil/).waitFor();
    const kept = wall.getByRole('button', { name: `Voter pour «\u202f${idea}\u202f» (1 vote)` });
    expect(await kept.getAttribute('aria-pressed')).toBe('true');
    await context!.setOffline(false);
    await page
      .getByText(/votre vote est gardé sur cet appareil/)
      .waitFor({ state: 'detached', timeout: 20_000 });
    await page.reload();
    // The page comes rendered signed out; once the board has it, the person's own vote shows.
    await page
      .getByRole('list', { name: 'Idées proposées' })
      .getByRole('button', { name: `Voter pour «\u202f${idea}\u202f» (1 vote)`, pressed: true })
      .waitFor();
  });

  it('hints at a similar idea, then proposes, votes and comments', async () => {
    const page = await asLena();
    await openChallenge(page, BENEVOLES);
    await page.getByRole('list', { name: 'Idées proposées' }).waitFor();
    const form = page.getByRole('region', { name: 'Proposer une idée' });
    const title = form.getByRole('textbox', { name: /^Votre idée en une phrase/ });

    // Close to "Des missions courtes et bien décrites": the hint links to it.
    await title.pressSequentially('missions courtes', { delay: 20 });
    const hints = form.getByRole('list', { name: 'Idées proches' });
    await hints.getByRole('link', { name: 'Des missions courtes et bien décrites' }).waitFor();

    const mine = `Des missions courtes pour les étudiants ${randomBytes(2).toString('hex')}`;
    await title.fill(mine);
    await form.getByRole('textbox', { name: /^Quelques détails/ }).fill('Un **créneau** par mois, pas plus.');
    await form.getByRole('button', { name: 'Proposer l’idée' }).click();
    await form.getByText('Votre idée est affichée sur le mur.').waitFor();
    const wall = page.getByRole('list', { name: 'Idées proposées' });
    await wall.getByRole('heading', { name: mine }).waitFor();

    // Vote for it: pressed at once, and still after a reload.
    const vote = wall.getByRole('button', { name: `Voter pour «\u202f${mine}\u202f» (0 vote)` });
    await vote.click();
    const voted = wall.getByRole('button', { name: `Voter pour «\u202f${mine}\u202f» (1 vote)` });
    expect(await voted.getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    await page
      .getByRole('list', { name: 'Idées proposées' })
      .getByRole('button', { name: `Voter pour «\u202f${mine}\u202f» (1 vote)`, pressed: true })
      .waitFor();

    // Open it and comment.
    await page.getByRole('link', { name: mine }).click();
    await page.getByRole('heading', { level: 1, name: mine }).waitFor();
    expect(await page.getByText('créneau').evaluate((node) => node.tagName)).toBe('STRONG');
    await page.getByRole('textbox', { name: 'Votre commentaire' }).fill('Je peux en parler au BDE.');
    await page.getByRole('button', { name: 'Commenter' }).click();
    await page.getByRole('heading', { level: 2, name: '1 commentaire' }).waitFor();
    await page.reload();
    await page.getByText('Je peux en parler au BDE.').waitFor();
  });

  for (const [name, viewport] of [
    ['desktop', desktop],
    ['phone', phone],
  ] as const) {
    it(`looks right on a ${name}: a wall of ideas, a vote budget, an idea with comments`, async () => {
      const page = await asLena(viewport);
      await openChallenge(page, BENEVOLES);
      await page.getByRole('list', { name: 'Idées proposées' }).getByRole('article').nth(2).waitFor();
      await screenshot(page, `ideas-wall-${name}`);

      await page.getByRole('link', { name: 'Des missions courtes et bien décrites' }).click();
      await page.getByRole('heading', { level: 2, name: /commentaires?$/ }).waitFor();
      await page
        .getByRole('list', { name: /^Réponses à/ })
        .first()
        .waitFor();
      await screenshot(page, `ideas-idea-comments-${name}`);

      await openChallenge(page, COOPERATIVE);
      const left = page.getByText(/^Il vous reste \d+ votes? sur 3$|^Plus aucun vote/);
      await left.waitFor();
      expect(await left.getAttribute('role')).toBe('status');
      await screenshot(page, `ideas-vote-budget-${name}`);
    });
  }
});
