import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, describeInBrowser, launchBrowser, PHONE } from '../support/browser';

/**
 * A first visit to a public page comes rendered by the server: it reads (and paints) before any
 * script runs, then the board takes it over in place, in any language, time zone and screen, signed
 * in or not, and works as usual.
 */

const DEMO_PASSWORD = 'ouimake-demo';

async function api<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function signIn(email: string): Promise<string> {
  const { signIn } = await api<{ signIn: { token: string } }>(
    'mutation ($input: SignInInput!) { signIn(input: $input) { token } }',
    { input: { email, password: DEMO_PASSWORD } },
  );
  return signIn.token;
}

/** An open challenge with ideas, and one of its ideas. */
async function challengeWithIdeas(): Promise<{
  id: string;
  title: string;
  idea: { id: string; title: string };
}> {
  const { challenges } = await api<{
    challenges: {
      edges: Array<{
        node: {
          id: string;
          title: string;
          status: string;
          ideas: { edges: Array<{ node: { id: string; title: string } }> };
        };
      }>;
    };
  }>(
    '{ challenges(first: 50) { edges { node { id title status ideas(first: 1) { edges { node { id title } } } } } } }',
  );
  const found = challenges.edges.find(
    ({ node }) => node.status === 'OPEN' && node.ideas.edges.length > 0,
  )!.node;
  return { id: found.id, title: found.title, idea: found.ideas.edges[0]!.node };
}

/**
 * What went wrong while the page was taken over: script errors (a hydration mismatch is one, React
 * #418) and console errors. Also keeps the first `h1` the parser made, before any script ran.
 */
async function watchTakeover(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      // 'interactive': the HTML is parsed and no deferred or module script has run yet.
      if (document.readyState === 'interactive') {
        (window as unknown as { __serverH1: Element | null }).__serverH1 = document.querySelector('h1');
      }
    });
  });
  return problems;
}

/** Whether the h1 on screen is the very element the server's HTML made (taken over, not redrawn). */
function sameH1(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const first = (window as unknown as { __serverH1: Element | null }).__serverH1;
    return first !== null && first === document.querySelector('h1') && document.contains(first);
  });
}

describeInBrowser('a page rendered by the server', () => {
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

  it('reads without JavaScript: the board’s challenges and a challenge’s ideas are in the HTML', async () => {
    const challenge = await challengeWithIdeas();
    context = await browser.newContext({ locale: 'fr-FR', javaScriptEnabled: false });
    const page = await context.newPage();

    await page.goto(`${baseUrl()}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBeTruthy();
    // Mantine's colours are those of the light scheme before any script runs (buttons, text).
    expect(
      await page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme')),
    ).toBe('light');
    expect(await page.getByRole('article').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Se connecter' }).waitFor();

    await page.goto(`${baseUrl()}/challenges/${challenge.id}`);
    expect((await page.getByRole('heading', { level: 1 }).textContent())?.replace(/\s+/g, ' ')).toBe(
      challenge.title.replace(/\s+/g, ' '),
    );
    await page
      .getByRole('list', { name: 'Idées proposées' })
      .getByText(challenge.idea.title)
      .first()
      .waitFor();

    // In English for a visitor who reads English.
    const english = await (
      await fetch(`${baseUrl()}/challenges/${challenge.id}`, {
        headers: { accept: 'text/html', 'accept-language': 'en-GB,en;q=0.9' },
      })
    ).text();
    expect(english).toContain('Sign in');
    expect(english).not.toContain('Se connecter');

    // Forms and one's own pages are left to the browser.
    const signInPage = await (
      await fetch(`${baseUrl()}/sign-in`, { headers: { accept: 'text/html' } })
    ).text();
    expect(signInPage).toContain('<div id="root"></div>');
  });

  it.each([
    ['French, on a phone, in Paris', { locale: 'fr-FR', timezoneId: 'Europe/Paris', phone: true }],
    ['English, on a laptop, in New York', { locale: 'en-US', timezoneId: 'America/New_York', phone: false }],
  ])('is taken over in place, without an error: %s', async (_name, { locale, timezoneId, phone }) => {
    const challenge = await challengeWithIdeas();
    context = await browser.newContext({
      locale,
      timezoneId,
      ...(phone ? PHONE : { viewport: { width: 1280, height: 900 } }),
    });
    const page = await context.newPage();
    const problems = await watchTakeover(page);

    for (const path of ['/', `/challenges/${challenge.id}`, `/ideas/${challenge.idea.id}`]) {
      await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      expect({ path, taken: await sameH1(page) }).toEqual({ path, taken: true });
    }
    expect(problems).toEqual([]);

    // Then the dates follow the visitor's own zone: 9:00 in Paris is 3:00 AM in New York.
    const closes = await page.evaluate(() =>
      Array.from(document.querySelectorAll('time')).map((time) => ({
        text: time.textContent ?? '',
        at: time.getAttribute('datetime') ?? '',
      })),
    );
    for (const { text, at } of closes.filter((time) => time.at.includes('T') && /\d:\d\d/.test(time.text))) {
      const local = new Intl.DateTimeFormat(locale, {
        timeZone: timezoneId,
        hour: 'numeric',
        minute: '2-digit',
      })
        .format(new Date(at))
        .replace(/\s/g, ' ');
      expect(text.replace(/\s/g, ' ')).toContain(local);
    }

    // And it works: the board's filters change the address and the list.
    await page.goto(`${baseUrl()}/`, { waitUntil: 'networkidle' });
    if (phone) await page.getByRole('button', { name: locale === 'fr-FR' ? /^Filtres/ : /^Filters/ }).click();
    await page.getByLabel(locale === 'fr-FR' ? 'Ville' : 'City').selectOption({ index: 1 });
    await page.waitForURL(/city=/);
  });

  it('lays a narrow window out as a phone once taken over, whatever its browser said', async () => {
    // A laptop's browser in a narrow window: rendered for a wide screen, then laid out for its size.
    context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const problems = await watchTakeover(page);
    await page.goto(`${baseUrl()}/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: /^Filtres/ }).waitFor();
    expect(await sameH1(page)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('shows a signed-in person as themselves once taken over, with their own votes', async () => {
    const challenge = await challengeWithIdeas();
    const token = await signIn('lena.cariou@ouimake.example');
    const { me } = await api<{ me: { displayName: string } }>('{ me { displayName } }', {}, token);
    context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    await context.addInitScript((value) => window.localStorage.setItem('ouimake.token', value), token);
    const page = await context.newPage();
    const problems = await watchTakeover(page);

    await page.goto(`${baseUrl()}/challenges/${challenge.id}`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: new RegExp(me.displayName) }).waitFor();
    expect(await sameH1(page)).toBe(true);
    // Signed in, the wall offers votes (a visitor is asked to sign in instead).
    const wall = page.getByRole('list', { name: 'Idées proposées' });
    await wall
      .getByRole('button', { name: /^Voter pour/ })
      .first()
      .waitFor();
    expect(await wall.getByText('Se connecter pour voter').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
