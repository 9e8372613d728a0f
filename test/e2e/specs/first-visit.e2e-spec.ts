import type { Browser, BrowserContext, Response } from 'playwright-core';
import { baseUrl, boardReady, describeInBrowser, launchBrowser, PHONE } from '../support/browser';

/**
 * A first visit as the network sees it: the JavaScript the board's home page downloads
 * (compressed, counted from the responses' bodies), what it leaves for later, the cache and
 * compression headers, robots.txt, and the link preview of a challenge (none for a draft).
 */

/**
 * Issue 16: a first visit to `/` downloads at most 200 KB of JavaScript over the wire. Over HTTPS
 * (any real deployment), browsers take the brotli files: that is the goal's measure. Over plain
 * HTTP, as here, Chromium asks for gzip only, about 12 % bigger: its ceiling is today's size
 * (219 KB), to catch any growth. React DOM, Apollo Client and React Router are most of it; the first
 * visit has only the visitor's language, and of it the texts of the shell and the home page, and no
 * signed-in piece.
 */
const FIRST_VISIT_JS_BROTLI_GOAL = 200 * 1024;
const FIRST_VISIT_JS_GZIP_CEILING = 222 * 1024;
/**
 * Pages and libraries that have no business on a visitor's first view of the home page: other pages,
 * the signed-in person's menu and notifications, and the other language's texts (`/assets/en-…`).
 */
const NOT_ON_HOME =
  /(Projector|Shortlist|AdminUsers|Facilitation|EventEditor|Edit\w*Page|New\w*Page|MarkdownEditor|Markdown|UserMenu|Notification\w*|\/en-)/;

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

/** The `content` of each `<meta property|name="...">` of an HTML page. */
function metas(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) out[m[1]!] = m[2]!;
  return out;
}

describeInBrowser('a first visit', () => {
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

  it('downloads the home page’s JavaScript compressed, and no other page’s', async () => {
    context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const scripts: Response[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response);
    });
    await page.goto(`${baseUrl()}/`, { waitUntil: 'networkidle' });
    await page.getByRole('article').first().waitFor();

    let transferred = 0;
    for (const response of scripts) {
      expect(response.status()).toBe(200);
      // Each script but the smallest (under 1 KB, not worth it) came compressed, as built.
      if ((await response.body()).length > 1024) {
        expect(await response.headerValue('content-encoding')).toMatch(/^(br|gzip)$/);
      }
      transferred += (await response.request().sizes()).responseBodySize;
    }
    const names = scripts.map((r) => new URL(r.url()).pathname);
    // The same files as a browser takes them over HTTPS (brotli), as they would go in production.
    let overHttps = 0;
    for (const name of names) {
      const res = await fetch(`${baseUrl()}${name}`, { headers: { 'accept-encoding': 'br' } });
      const encoded = res.headers.get('content-encoding') === 'br';
      overHttps += encoded ? Number(res.headers.get('content-length')) : (await res.arrayBuffer()).byteLength;
      await res.body?.cancel().catch(() => undefined);
    }
    process.stdout.write(
      `First visit to /: ${scripts.length} scripts, ${(transferred / 1024).toFixed(1)} KB gzip, ` +
        `${(overHttps / 1024).toFixed(1)} KB brotli\n`,
    );
    expect(names.filter((name) => NOT_ON_HOME.test(name))).toEqual([]);
    expect(overHttps).toBeLessThanOrEqual(FIRST_VISIT_JS_BROTLI_GOAL);
    expect(transferred).toBeLessThanOrEqual(FIRST_VISIT_JS_GZIP_CEILING);

    // Another page arrives when it is opened, in the same window.
    const challengePage = page.waitForResponse((r) => /ChallengePage-[\w-]+\.js$/.test(r.url()));
    await page.getByRole('article').first().getByRole('link').first().click();
    await challengePage;
    await page.getByRole('heading', { level: 1 }).waitFor();
  });

  it('opens a challenge on a slow phone connection without the page jumping as it arrives', async () => {
    // A challenge with ideas (other specs add empty ones, newest first): its wall is what arrives last.
    const { challenges } = await api<{
      challenges: { edges: Array<{ node: { id: string; ideaCount: number } }> };
    }>('{ challenges(first: 50) { edges { node { id ideaCount } } } }');
    const withIdeas = challenges.edges.find(({ node }) => node.ideaCount > 0)!.node;
    // A phone, as it introduces itself: the server lays the page out for it. (A desktop browser in a
    // window as narrow gets the wide layout first, and the phone's once the board runs.)
    context = await browser.newContext({ locale: 'fr-FR', ...PHONE });
    const page = await context.newPage();
    // Slow enough for every waiting state to show: the page's code, then its data.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<
          PerformanceEntry & { value: number; hadRecentInput: boolean }
        >)
          if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${baseUrl()}/challenges/${withIdeas.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 });
    await page.getByRole('list', { name: 'Idées proposées' }).waitFor({ timeout: 30_000 });
    // Until the board has taken the page over, and a moment after: what it changes counts too.
    await boardReady(page);
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
    // Cumulative layout shift: "good" is under 0.1. The footer used to show under the loader and be
    // pushed away when the challenge came (0.2 and more).
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.1);
  });

  it('caches hashed assets for a year and never index.html, compressed for who takes it', async () => {
    const home = await fetch(`${baseUrl()}/`, {
      headers: { accept: 'text/html', 'accept-encoding': 'br, gzip' },
    });
    expect(home.headers.get('cache-control')).toBe('no-cache');
    expect(home.headers.get('content-encoding')).toBe('br');
    const html = await home.text();
    // The board's code: in the head, or started by /boot.js once a rendered page is painted.
    const script = (/<script type="module" crossorigin src="([^"]+)"/.exec(html) ??
      /data-board="([^"]+)"/.exec(html))?.[1];
    expect(script).toMatch(/^\/assets\/index-[\w-]+\.js$/);

    const asset = await fetch(`${baseUrl()}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('vary')).toMatch(/Accept-Encoding/);

    // A page of the board is index.html too, never cached; an asset that is not there is a 404.
    const deep = await fetch(`${baseUrl()}/challenges`, { headers: { accept: 'text/html' } });
    expect(deep.headers.get('cache-control')).toBe('no-cache');
    // It comes rendered (the board's challenges, server-rendering.e2e); a form does not.
    expect(await deep.text()).not.toContain('<div id="root"></div>');
    const form = await fetch(`${baseUrl()}/sign-up`, { headers: { accept: 'text/html' } });
    expect(form.headers.get('cache-control')).toBe('no-cache');
    expect(await form.text()).toContain('<div id="root"></div>');
    expect((await fetch(`${baseUrl()}/assets/index-Missing0.js`)).status).toBe(404);
  });

  it('answers robots.txt with rules for crawlers, not with the board', async () => {
    const res = await fetch(`${baseUrl()}/robots.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toMatch(/^Disallow: \/admin\/$/m);
  });

  it('gives a challenge’s link a preview without running the board, and a draft none', async () => {
    const { challenges } = await api<{ challenges: { edges: { node: { id: string; title: string } }[] } }>(
      '{ challenges(first: 1) { edges { node { id title } } } }',
    );
    const challenge = challenges.edges[0]!.node;
    // As a messaging app's bot asks: no script runs, the HTML says it all.
    const html = await (await fetch(`${baseUrl()}/challenges/${challenge.id}`)).text();
    const tags = metas(html);
    const escapedTitle = challenge.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    expect(tags['og:title']).toBe(`${escapedTitle} · Ouimake`);
    expect(tags['og:description']?.length).toBeGreaterThan(40);
    expect(tags['og:image']).toMatch(/\/og-image\.png$/);
    expect(tags['og:type']).toBe('article');
    expect(tags['og:locale']).toBe('fr_FR');
    expect(tags['twitter:card']).toBe('summary_large_image');
    const image = await fetch(tags['og:image']!.replace(/^https?:\/\/[^/]+/, baseUrl()));
    expect(image.headers.get('content-type')).toBe('image/png');

    const english = metas(
      await (
        await fetch(`${baseUrl()}/challenges/${challenge.id}`, { headers: { 'accept-language': 'en' } })
      ).text(),
    );
    expect(english['og:locale']).toBe('en_GB');
    expect(english['og:description']).toMatch(/A challenge by .+ on Ouimake\.$/);

    // A holder's draft: its address shows the board's own preview, nothing of the draft.
    const { signIn } = await api<{ signIn: { token: string } }>(
      'mutation ($input: SignInInput!) { signIn(input: $input) { token } }',
      { input: { email: 'maelle.legall@ouimake.example', password: DEMO_PASSWORD } },
    );
    const { projects } = await api<{
      projects: { edges: { node: { id: string; viewerIsHolder: boolean } }[] };
    }>('{ projects(first: 50) { edges { node { id viewerIsHolder } } } }', {}, signIn.token);
    const held = projects.edges.find((e) => e.node.viewerIsHolder)!.node;
    const { createChallenge: draft } = await api<{ createChallenge: { id: string; status: string } }>(
      'mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { id status } }',
      {
        input: {
          projectId: held.id,
          title: 'Un brouillon que personne ne doit voir passer',
          description: 'Pas encore relu.',
        },
      },
      signIn.token,
    );
    expect(draft.status).toBe('DRAFT');
    const draftHtml = await (await fetch(`${baseUrl()}/challenges/${draft.id}`)).text();
    expect(draftHtml).not.toContain('brouillon que personne');
    expect(metas(draftHtml)['og:type']).toBe('website');
    expect(/<title>([^<]*)<\/title>/.exec(draftHtml)?.[1]).toBe('Ouimake');
  });
});
