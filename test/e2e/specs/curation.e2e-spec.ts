import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { baseUrl, describeInBrowser, launchBrowser, screenshot } from '../support/browser';

/**
 * Curation as a facilitator does it in Chromium, while a participant watches from another
 * browser: Erwan (facilitator) shortlists an idea, merges a duplicate into it and hides spam on a
 * challenge made for this run; Léna sees each change on her wall without a reload. Then the curator
 * controls and the merge dialog on a desktop and a phone, in French and English, and the
 * facilitation page with its report queue, resolved in one click.
 */

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const DEMO_PASSWORD = 'ouimake-demo';
const ERWAN = { email: 'erwan.lebihan@ouimake.example', name: 'Erwan Le Bihan' };
const MAELLE = { email: 'maelle.legall@ouimake.example', name: 'Maëlle Le Gall' };
const LENA = { email: 'lena.cariou@ouimake.example', name: 'Léna Cariou' };
const MALO = { email: 'malo.jaouen@ouimake.example', name: 'Malo Jaouen' };

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

async function propose(token: string, challengeId: string, title: string, body = ''): Promise<string> {
  const { proposeIdea } = await api<{ proposeIdea: { id: string } }>(
    'mutation ($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }',
    { input: { challengeId, title, body } },
    token,
  );
  return proposeIdea.id;
}

async function vote(token: string, ideaId: string): Promise<void> {
  await api('mutation ($id: ID!) { vote(ideaId: $id) { id } }', { id: ideaId }, token);
}

function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

const q = (title: string) => `«\u202f${title}\u202f»`;

describeInBrowser('curation in two browsers', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const tokens: Record<'erwan' | 'maelle' | 'lena' | 'malo', string> = {
    erwan: '',
    maelle: '',
    lena: '',
    malo: '',
  };
  let challengeId: string;
  let title: string;
  const tag = randomBytes(2).toString('hex');
  const ideas = {
    keeper: `Un goûter partagé le mercredi ${tag}`,
    duplicate: `Un goûter commun chaque mercredi après-midi ${tag}`,
    spam: `Achetez mes montres en promotion ${tag}`,
    other: `Une boîte à outils prêtée entre voisins ${tag}`,
  };
  const ids: Record<keyof typeof ideas, string> = { keeper: '', duplicate: '', spam: '', other: '' };

  beforeAll(async () => {
    browser = await launchBrowser();
    const [erwan, maelle, lena, malo] = await Promise.all([ERWAN, MAELLE, LENA, MALO].map(tokenOf));
    Object.assign(tokens, { erwan, maelle, lena, malo });
    const { me } = await api<{ me: { projects: Array<{ id: string; name: string }> } }>(
      '{ me { projects { id name } } }',
      {},
      maelle,
    );
    const project = me.projects.find((p) => p.name === 'La Coopérative des Créateurs');
    if (!project) throw new Error('Maëlle holds no cooperative in the demo data');
    title = `Comment garder les bénévoles après l’été\u202f? ${tag}`;
    const { createChallenge } = await api<{ createChallenge: { id: string } }>(
      'mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }',
      {
        input: {
          projectId: project.id,
          title,
          description: 'Nos bénévoles partent à la rentrée. **Comment** les garder\u202f?',
          // Closing in three days: the facilitation page lists it.
          closesAt: new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString(),
          publish: true,
        },
      },
      maelle,
    );
    challengeId = createChallenge.id;
    ids.keeper = await propose(lena, challengeId, ideas.keeper, 'Chacun apporte **quelque chose**.');
    ids.duplicate = await propose(malo, challengeId, ideas.duplicate);
    ids.spam = await propose(malo, challengeId, ideas.spam, 'Des montres à -80\u00a0%.');
    ids.other = await propose(maelle, challengeId, ideas.other);
    // Léna backs the keeper, Malo the duplicate, Maëlle both: 2 and 2, 3 people once merged.
    await vote(lena, ids.keeper);
    await vote(malo, ids.duplicate);
    await vote(maelle, ids.keeper);
    await vote(maelle, ids.duplicate);
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** `token`'s browser (kept as the board keeps it), at `path`. */
  async function open(token: string, path: string, viewport = desktop, locale = 'fr-FR'): Promise<Page> {
    const context = await browser.newContext({ locale, viewport });
    contexts.push(context);
    await context.addInitScript((value) => window.localStorage.setItem('ouimake.token', value), token);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${path}`);
    return page;
  }

  const wall = (page: Page, name = 'Idées proposées') => page.getByRole('list', { name });
  const note = (page: Page, idea: string, name?: string) =>
    wall(page, name).getByRole('article', { name: idea });

  async function onChallenge(token: string, viewport = desktop, locale = 'fr-FR'): Promise<Page> {
    const page = await open(token, `/challenges/${challengeId}`, viewport, locale);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.locator('[data-live]').first().waitFor();
    return page;
  }

  /** Opens an idea's "…" menu on its note. */
  async function menuOf(page: Page, idea: string, label = `Actions sur ${q(idea)}`): Promise<Locator> {
    const button = page.getByRole('button', { name: label });
    await button.scrollIntoViewIfNeeded();
    await button.click();
    const menu = page.getByRole('menu');
    await menu.waitFor();
    return menu;
  }

  it('lets a facilitator shortlist, merge and hide while a participant sees each change live', async () => {
    const erwan = await onChallenge(tokens.erwan);
    const lena = await onChallenge(tokens.lena);
    await note(lena, ideas.spam).waitFor();

    // Léna reports the spam from its note's menu, once.
    let menu = await menuOf(lena, ideas.spam);
    expect(await menu.getByRole('menuitem', { name: 'Retenir' }).count()).toBe(0);
    await menu.getByRole('menuitem', { name: 'Signaler…' }).click();
    const report = lena.getByRole('dialog', { name: 'Signaler cette idée' });
    await report.getByRole('textbox', { name: /^Qu’est-ce qui pose problème/ }).fill('De la publicité.');
    await report.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await report.waitFor({ state: 'detached' });
    menu = await menuOf(lena, ideas.spam);
    expect(await menu.getByRole('menuitem', { name: 'Signalement envoyé' }).isDisabled()).toBe(true);
    await lena.keyboard.press('Escape');

    // Erwan shortlists the keeper, from the keyboard: its badge changes on both walls.
    const keeperMenu = erwan.getByRole('button', { name: `Actions sur ${q(ideas.keeper)}` });
    await keeperMenu.focus();
    await erwan.keyboard.press('Enter');
    menu = erwan.getByRole('menu');
    await menu.getByText('Statut actuel\u202f: Proposée').waitFor();
    await erwan.waitForTimeout(250);
    await screenshot(erwan, 'curation-controls-desktop-fr', { fullPage: false });
    await menu.getByRole('menuitem', { name: 'Présélectionner' }).click();
    await note(erwan, ideas.keeper).getByText('Présélectionnée', { exact: true }).waitFor();
    await note(lena, ideas.keeper).getByText('Présélectionnée', { exact: true }).waitFor();

    // Erwan merges the duplicate into the keeper, after reading what it will do.
    menu = await menuOf(erwan, ideas.duplicate);
    await menu.getByRole('menuitem', { name: 'Fusionner dans…' }).click();
    const merge = erwan.getByRole('dialog', { name: 'Fusionner une idée' });
    await merge.getByRole('textbox', { name: 'Chercher parmi les idées du défi' }).fill('goûter');
    await merge.getByRole('radio', { name: new RegExp(`^${ideas.keeper}`) }).check();
    const preview = merge.getByRole('region', { name: 'Ce qui va se passer' });
    await preview.getByText('jusqu’à 4').waitFor();
    expect(await preview.textContent()).toContain('2 votes');
    await preview.getByText(/Une fusion ne se défait pas\.$/).waitFor();
    await erwan.waitForTimeout(250);
    await screenshot(erwan, 'curation-merge-dialog-desktop-fr', { fullPage: false });
    await merge.getByRole('button', { name: 'Fusionner' }).click();
    await merge.waitFor({ state: 'detached' });

    // The duplicate leaves both walls, and the keeper counts each person once: 3 votes.
    await note(erwan, ideas.duplicate).waitFor({ state: 'detached' });
    await note(lena, ideas.duplicate).waitFor({ state: 'detached' });
    await wall(lena)
      .getByRole('button', { name: `Voter pour ${q(ideas.keeper)} (3 votes)` })
      .waitFor();
    // The focus went on to the idea it was merged into.
    await erwan.waitForFunction((title) => document.activeElement?.textContent === title, ideas.keeper, {
      timeout: 5000,
    });
    expect(await erwan.evaluate(() => document.activeElement?.textContent ?? '')).toBe(ideas.keeper);

    // Erwan hides the spam with a reason: it leaves Léna's wall; he still sees it, marked.
    menu = await menuOf(erwan, ideas.spam);
    await menu.getByRole('menuitem', { name: 'Masquer…' }).click();
    const hide = erwan.getByRole('dialog', { name: 'Masquer cette idée' });
    const reason = hide.getByRole('textbox', { name: /^Motif/ });
    // Too short: said under the field, nothing sent.
    await reason.fill('x');
    await hide.getByRole('button', { name: 'Masquer l’idée' }).click();
    await hide.getByText('Le motif doit compter au moins 3 caractères.').waitFor();
    await reason.fill('Publicité sans rapport avec le défi.');
    await hide.getByRole('button', { name: 'Masquer l’idée' }).click();
    await hide.waitFor({ state: 'detached' });
    await note(lena, ideas.spam).waitFor({ state: 'detached' });
    const hidden = note(erwan, ideas.spam);
    await hidden.getByText(/^Idée masquée/).waitFor();
    await hidden.getByText('Motif\u202f: Publicité sans rapport avec le défi.').waitFor();

    // Léna's counts followed, without a reload: 2 ideas left of 4.
    await lena.getByRole('region', { name: 'Les idées' }).getByText('2 idées proposées').waitFor();
    expect(await wall(lena).getByRole('article').count()).toBe(2);

    // The shortlist, big: the keeper with its 3 votes.
    await erwan.getByRole('link', { name: 'Présélection' }).first().click();
    await erwan.getByRole('heading', { level: 1, name: title }).waitFor();
    const shortlisted = erwan.getByRole('region', { name: 'Présélectionnée' });
    await shortlisted.getByText(ideas.keeper).waitFor();
    await shortlisted.getByText('3 votes').waitFor();
    await screenshot(erwan, 'curation-shortlist-desktop-fr');
  }, 120_000);

  it('shows the curator controls and the merge dialog on a phone and in English', async () => {
    const variants = [
      { viewport: desktop, locale: 'en-GB', name: 'desktop-en' },
      { viewport: phone, locale: 'fr-FR', name: 'phone-fr' },
      { viewport: phone, locale: 'en-GB', name: 'phone-en' },
    ];
    for (const { viewport, locale, name } of variants) {
      const english = locale.startsWith('en');
      const page = await onChallenge(tokens.erwan, viewport, locale);
      const list = english ? 'Ideas proposed' : 'Idées proposées';
      await note(page, ideas.other, list).waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      const menu = await menuOf(
        page,
        ideas.other,
        english ? `Actions on “${ideas.other}”` : `Actions sur ${q(ideas.other)}`,
      );
      await menu.getByRole('menuitem', { name: english ? 'Shortlist' : 'Présélectionner' }).waitFor();
      await page.waitForTimeout(250);
      await screenshot(page, `curation-controls-${name}`, { fullPage: false });
      await menu.getByRole('menuitem', { name: english ? 'Merge into…' : 'Fusionner dans…' }).click();
      const dialog = page.getByRole('dialog', { name: english ? 'Merge an idea' : 'Fusionner une idée' });
      await dialog.getByRole('radio', { name: new RegExp(`^${ideas.keeper}`) }).check();
      // Nobody voted for it: the keeper keeps exactly its votes.
      const preview = dialog.getByRole('region', {
        name: english ? 'What will happen' : 'Ce qui va se passer',
      });
      await preview.getByText(english ? 'After the merge' : 'Après la fusion').waitFor();
      const counts = await preview.getByText(/^\d+ votes?$/).allTextContents();
      expect(counts).toHaveLength(2);
      expect(counts[1]).toBe(counts[0]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.waitForTimeout(250);
      await screenshot(page, `curation-merge-dialog-${name}`, { fullPage: false });
      // Nothing merged: cancelled, from the keyboard.
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await note(page, ideas.other, list).waitFor();
    }
  }, 120_000);

  it('gives facilitators a page of what needs them, and a report queue resolved in one click', async () => {
    // The queue starts empty: reports other specs left open on the shared server are dismissed (the
    // page shows the oldest first, one page at a time).
    for (;;) {
      const { reports } = await api<{ reports: { edges: { node: { id: string } }[] } }>(
        'query { reports(status: [OPEN], first: 100) { edges { node { id } } } }',
        {},
        tokens.erwan,
      );
      if (!reports.edges.length) break;
      for (const { node } of reports.edges) {
        await api(
          'mutation ($id: ID!) { resolveReport(id: $id, hide: false) { id } }',
          { id: node.id },
          tokens.erwan,
        );
      }
    }
    // Something to review: Léna reports Maëlle's idea, and a comment of Malo's.
    await api(
      'mutation ($id: ID!, $reason: String!) { reportIdea(id: $id, reason: $reason) { id } }',
      { id: ids.other, reason: 'Hors sujet, à mon avis.' },
      tokens.lena,
    );
    const { addComment } = await api<{ addComment: { id: string } }>(
      'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }',
      { input: { ideaId: ids.keeper, body: `Venez acheter mes montres ${tag}` } },
      tokens.malo,
    );
    await api(
      'mutation ($id: ID!, $reason: String!) { reportComment(id: $id, reason: $reason) { id } }',
      { id: addComment.id, reason: 'Encore de la publicité.' },
      tokens.lena,
    );

    // A participant has no such page: neither in her menu nor at its address.
    const lena = await open(tokens.lena, '/facilitation');
    await lena
      .getByRole('heading', { name: 'Cette page est réservée aux facilitateurs et aux administrateurs' })
      .waitFor();
    await lena.getByRole('button', { name: `Mon compte\u202f: ${LENA.name}` }).click();
    await lena.getByRole('menuitem', { name: 'Mon profil' }).waitFor();
    expect(await lena.getByRole('menuitem', { name: 'Facilitation' }).count()).toBe(0);

    // Erwan finds it in his menu.
    const erwan = await open(tokens.erwan, '/');
    await erwan.getByRole('button', { name: `Mon compte\u202f: ${ERWAN.name}` }).click();
    await erwan.getByRole('menuitem', { name: 'Facilitation' }).click();
    await erwan.getByRole('heading', { level: 1, name: 'Facilitation' }).waitFor();
    const attention = erwan.getByRole('list', { name: 'Défis à suivre' });
    const ours = attention.getByRole('listitem').filter({ hasText: title });
    await ours.getByText('2 signalements en attente').waitFor();
    await ours.getByText(/^Se termine le /).waitFor();
    const queue = erwan.getByRole('list', { name: 'Signalements en attente, les plus anciens d’abord' });
    const ideaReport = queue.getByRole('article', { name: ideas.other });
    await ideaReport.getByText('Hors sujet, à mon avis.').waitFor();
    await ideaReport.getByText(`Signalé par ${LENA.name}`, { exact: false }).waitFor();
    const commentReport = queue.getByRole('article', {
      name: `«\u202fVenez acheter mes montres ${tag}\u202f»`,
    });
    await commentReport.getByText(`Sur l’idée ${q(ideas.keeper)}`, { exact: false }).waitFor();
    expect(await erwan.getByRole('region', { name: 'Journal' }).count()).toBe(0);
    expect(await horizontalOverflow(erwan)).toBeLessThanOrEqual(0);
    await screenshot(erwan, 'curation-facilitation-desktop-fr');
    await ideaReport.scrollIntoViewIfNeeded();
    await screenshot(erwan, 'curation-report-queue-desktop-fr', { fullPage: false });

    // The same page on a phone, and in English.
    for (const { viewport, locale, name } of [
      { viewport: phone, locale: 'fr-FR', name: 'phone-fr' },
      { viewport: desktop, locale: 'en-GB', name: 'desktop-en' },
      { viewport: phone, locale: 'en-GB', name: 'phone-en' },
    ]) {
      const english = locale.startsWith('en');
      const page = await open(tokens.erwan, '/facilitation', viewport, locale);
      const list = page.getByRole('list', {
        name: english ? 'Reports waiting, oldest first' : 'Signalements en attente, les plus anciens d’abord',
      });
      const item = list.getByRole('article', { name: ideas.other });
      await item.waitFor();
      await page
        .getByRole('list', { name: english ? 'Challenges to watch' : 'Défis à suivre' })
        .getByText(title)
        .waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `curation-facilitation-${name}`);
      await item.scrollIntoViewIfNeeded();
      await screenshot(page, `curation-report-queue-${name}`, { fullPage: false });
    }

    // One click each: the idea's report is dismissed, the comment hidden; the queue empties.
    await ideaReport.getByRole('button', { name: `Rejeter le signalement de ${LENA.name}` }).click();
    await ideaReport.waitFor({ state: 'detached' });
    await erwan.getByText(`Le signalement de ${LENA.name} est rejeté.`).waitFor();
    await commentReport.getByRole('button', { name: `Masquer le contenu signalé par ${LENA.name}` }).click();
    await commentReport.waitFor({ state: 'detached' });
    await erwan.getByRole('heading', { name: 'Aucun signalement en attente' }).waitFor();

    // The comment is gone for participants, and still there, marked, for Erwan.
    const thread = await open(tokens.lena, `/ideas/${ids.keeper}`);
    await thread.getByRole('heading', { level: 1, name: ideas.keeper }).waitFor();
    await thread.getByRole('heading', { level: 2, name: 'Commentaires' }).waitFor();
    expect(await thread.getByText(`Venez acheter mes montres ${tag}`).count()).toBe(0);
    await erwan.goto(`${baseUrl()}/ideas/${ids.keeper}`);
    await erwan.getByText(`Venez acheter mes montres ${tag}`).waitFor();
    await erwan.getByText(/^Commentaire masqué/).waitFor();
    await erwan.getByRole('region', { name: 'Curation' }).waitFor();
    await screenshot(erwan, 'curation-idea-page-desktop-fr');

    // The admin reads every act in the audit log.
    const admin = await open(await tokenOf({ email: 'admin@ouimake.example' }), '/facilitation');
    const log = admin.getByRole('list', { name: 'Journal, du plus récent au plus ancien' });
    await log.getByText('Commentaire masqué').first().waitFor();
    await log.getByText('Signalement traité').first().waitFor();
    await log.getByText('signalement rejeté', { exact: false }).first().waitFor();
    await screenshot(admin, 'curation-audit-log-desktop-fr');
  }, 120_000);
});
