// The board as the API serves it: its files precompressed and cached, index.html for its pages
// (never cached) after every route of the API, and the head of a challenge's, a project's and an
// event's page filled in for link previews — never with a draft. A small built board is written
// to a temporary folder, so that these tests do not need the real build.
import { ChallengeStatus, EventFormat, EventStatus } from '@ouimake/domain';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { EventEntity } from '../../apps/api/src/modules/events/event.entity';
import { createChallenge, createProject, createUser, uniq } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const INDEX = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <title>Ouimake</title>
    <meta name="description" content="Le tableau des défis." />
    <script type="module" crossorigin src="/assets/index-Ab12Cd34.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>
`;
const SCRIPT = `console.log(${JSON.stringify('Ouimake '.repeat(400))});\n`;

let t: TestApp;
let dist: string;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'ouimake-board-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'assets/index-Ab12Cd34.js'), SCRIPT);
  writeFileSync(join(dist, 'assets/index-Ab12Cd34.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(dist, 'assets/index-Ab12Cd34.js.gz'), gzipSync(SCRIPT));
  writeFileSync(join(dist, 'robots.txt'), 'User-agent: *\nAllow: /\n');
  // The build's manifest: the challenge page's chunk and a chunk it shares with the entry.
  mkdirSync(join(dist, '.vite'));
  writeFileSync(
    join(dist, '.vite/manifest.json'),
    JSON.stringify({
      'index.html': { file: 'assets/index-Ab12Cd34.js', isEntry: true },
      'src/pages/ChallengePage.tsx': {
        file: 'assets/ChallengePage-Ef56.js',
        imports: ['index.html', '_Markdown-Gh78.js'],
      },
      '_Markdown-Gh78.js': { file: 'assets/Markdown-Gh78.js', imports: ['index.html'] },
      'src/app/locales/fr.ts': {
        file: 'assets/fr-Ij90.js',
        isDynamicEntry: true,
        imports: ['_fr.first-Mn34.js'],
      },
      'src/app/locales/en.ts': {
        file: 'assets/en-Kl12.js',
        isDynamicEntry: true,
        imports: ['_en.first-Op56.js'],
      },
      'src/app/locales/fr.first.ts': { file: 'assets/fr.first-Mn34.js', isDynamicEntry: true },
      'src/app/locales/en.first.ts': { file: 'assets/en.first-Op56.js', isDynamicEntry: true },
      '_fr.first-Mn34.js': { file: 'assets/fr.first-Mn34.js' },
      '_en.first-Op56.js': { file: 'assets/en.first-Op56.js' },
    }),
  );
  t = await startTestApp({ WEB_DIST_DIR: dist, PUBLIC_URL: 'https://board.example' });
});

afterAll(async () => {
  await t.close();
  rmSync(dist, { recursive: true, force: true });
});

function page(path: string, headers: Record<string, string> = {}) {
  return fetch(`${t.url}${path}`, { headers: { accept: 'text/html', ...headers } });
}

/** The `content` of each `<meta property|name="...">` of a page. */
function metas(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) out[m[1]!] = m[2]!;
  return out;
}

function title(html: string): string {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
}

describe('the board served by the API', () => {
  it('sends index.html for its pages, never cached, in the visitor’s language', async () => {
    const res = await page('/challenges');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('vary')).toMatch(/Accept-Language/);
    const html = await res.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<div id="root"></div>');
    expect(title(html)).toBe('Ouimake');
    expect(metas(html)['description']).toMatch(/^Ouimake, le tableau des défis/);
    // Only one description: the one index.html was built with is replaced.
    expect(html.match(/name="description"/g)).toHaveLength(1);

    const english = await (await page('/', { 'accept-language': 'en-GB,en;q=0.8' })).text();
    expect(english).toContain('<html lang="en">');
    expect(metas(english)['description']).toMatch(/^Ouimake, the challenge board/);
    expect(metas(english)['og:locale']).toBe('en_GB');
  });

  it('compresses the page for a browser that takes brotli', async () => {
    const res = await page('/events', { 'accept-encoding': 'br, gzip' });
    // fetch decodes the body itself; the header says what went over the wire.
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(await res.text()).toContain('<div id="root"></div>');
  });

  it('serves hashed assets precompressed and cached for a year, and a 404 for a missing one', async () => {
    const br = await fetch(`${t.url}/assets/index-Ab12Cd34.js`, {
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('vary')).toMatch(/Accept-Encoding/);
    expect(await br.text()).toBe(SCRIPT);

    const gzip = await fetch(`${t.url}/assets/index-Ab12Cd34.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toBe(SCRIPT);

    const plain = await fetch(`${t.url}/assets/index-Ab12Cd34.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Number(plain.headers.get('content-length'))).toBe(Buffer.byteLength(SCRIPT));

    // The build's own files are not the board's.
    expect((await fetch(`${t.url}/.vite/manifest.json`)).headers.get('content-type')).not.toMatch(/json/);
    const missing = await page('/assets/index-Gone0000.js');
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<div id="root">');
    // The compressed copies are not addresses of their own.
    expect((await fetch(`${t.url}/assets/index-Ab12Cd34.js.br`)).status).toBe(404);
  });

  it('answers robots.txt as text, not as the board', async () => {
    const res = await fetch(`${t.url}/robots.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toContain('User-agent: *');
  });

  it('lets every route of the API answer first, without a list of exceptions', async () => {
    const calendar = await page('/events.ics');
    expect(calendar.headers.get('content-type')).toMatch(/^text\/calendar/);
    const health = await page('/health/live');
    expect(health.headers.get('content-type')).toMatch(/^application\/json/);
    const graphql = await page('/graphql?query=%7B__typename%7D', { 'apollo-require-preflight': 'true' });
    expect(await graphql.text()).not.toContain('<div id="root">');
    const openData = await page('/open-data/challenges.json');
    expect(openData.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('sends the board only to a GET or HEAD that asks for a page', async () => {
    const json = await fetch(`${t.url}/nowhere`, { headers: { accept: 'application/json' } });
    expect(json.status).toBe(404);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    const post = await fetch(`${t.url}/challenges`, { method: 'POST', headers: { accept: 'text/html' } });
    expect(post.status).toBe(404);
    const head = await fetch(`${t.url}/challenges`, { method: 'HEAD', headers: { accept: 'text/html' } });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toMatch(/^text\/html/);
  });
});

describe('link previews', () => {
  it('give a challenge its title, summary and picture, in the visitor’s language', async () => {
    const author = await createUser(t.dataSource);
    const project = await createProject(t.dataSource, { name: `Les Ateliers ${uniq()}` });
    const challenge = await createChallenge(t.dataSource, project, author, {
      title: 'Comment réparer <vite> & "bien" ?',
      description:
        '## Le contexte\n\nNous avons **trois** vélos et [un atelier](https://x.example) le samedi.',
    });

    const html = await (await page(`/challenges/${challenge.id}`)).text();
    const tags = metas(html);
    expect(title(html)).toBe('Comment réparer &lt;vite&gt; &amp; &quot;bien&quot; ? · Ouimake');
    expect(html).not.toContain('<vite>');
    expect(tags['og:title']).toBe('Comment réparer &lt;vite&gt; &amp; &quot;bien&quot; ? · Ouimake');
    expect(tags['description']).toBe(
      `Le contexte Nous avons trois vélos et un atelier le samedi. — Un défi de ${project.name} sur Ouimake.`,
    );
    expect(tags['og:description']).toBe(tags['description']);
    expect(tags['og:type']).toBe('article');
    expect(tags['og:url']).toBe(`https://board.example/challenges/${challenge.id}`);
    expect(tags['og:image']).toBe('https://board.example/og-image.png');
    expect(tags['og:locale']).toBe('fr_FR');
    expect(tags['twitter:card']).toBe('summary_large_image');
    // The board keeps this description while the page is shown.
    expect(html).toContain(`data-page="/challenges/${challenge.id}"`);
    // Its code is fetched with the board's, not after it; the entry is not listed twice.
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/ChallengePage-Ef56.js" />');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/Markdown-Gh78.js" />');
    expect(html.match(/index-Ab12Cd34\.js/g)).toHaveLength(1);
    // The texts of the visitor's language, and only those: all of them for a page other than the home.
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/fr-Ij90.js" />');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/fr.first-Mn34.js" />');
    expect(html).not.toContain('en-Kl12.js');
    expect(html).not.toContain('en.first-Op56.js');

    const englishHtml = await (await page(`/challenges/${challenge.id}`, { 'accept-language': 'en' })).text();
    expect(englishHtml).toContain('<link rel="modulepreload" crossorigin href="/assets/en-Kl12.js" />');
    expect(englishHtml).not.toContain('fr-Ij90.js');

    // The home page needs only the texts of the shell and the challenges.
    const home = await (await page('/')).text();
    expect(home).toContain('<link rel="modulepreload" crossorigin href="/assets/fr.first-Mn34.js" />');
    expect(home).not.toContain('fr-Ij90.js');
    const english = metas(englishHtml);
    expect(english['description']).toMatch(/— A challenge by Les Ateliers \w+ on Ouimake\.$/);
    expect(english['og:locale']).toBe('en_GB');
  });

  it('never show a draft, nor an address that leads nowhere', async () => {
    const author = await createUser(t.dataSource);
    const project = await createProject(t.dataSource);
    const draft = await createChallenge(t.dataSource, project, author, {
      title: 'Brouillon secret de la coopérative',
      description: 'Pas encore publié.',
      status: ChallengeStatus.DRAFT,
    });

    for (const path of [
      `/challenges/${draft.id}`,
      '/challenges/00000000-0000-4000-8000-000000000000',
      '/challenges/not-an-id',
      '/projects/no-such-project',
      '/events/00000000-0000-4000-8000-000000000000',
    ]) {
      const html = await (await page(path)).text();
      expect(title(html)).toBe('Ouimake');
      expect(metas(html)['og:type']).toBe('website');
      expect(html).not.toContain('data-page=');
    }
    expect(await (await page(`/challenges/${draft.id}`)).text()).not.toContain('Brouillon secret');
  });

  it('give a project its name and summary', async () => {
    const project = await createProject(t.dataSource, { summary: 'Une cantine qui apprend le code.' });
    const tags = metas(await (await page(`/projects/${project.slug}`)).text());
    expect(tags['og:title']).toBe(`${project.name} · Ouimake`);
    expect(tags['description']).toBe('Une cantine qui apprend le code.');
  });

  it('give a published event its date in its own time zone, and keep a draft event to itself', async () => {
    const organizer = await createUser(t.dataSource);
    const events = t.dataSource.getRepository(EventEntity);
    const base = {
      description: 'Une soirée pour *avancer* ensemble.',
      format: EventFormat.MEETUP,
      startsAt: new Date('2031-03-14T18:30:00Z'),
      endsAt: new Date('2031-03-14T21:00:00Z'),
      timezone: 'Europe/Paris',
      createdById: organizer.id,
    };
    const published = await events.save({
      ...base,
      title: 'Soirée des communs',
      status: EventStatus.PUBLISHED,
      publishedAt: new Date(),
    });
    const draft = await events.save({
      ...base,
      title: 'Soirée pas encore annoncée',
      status: EventStatus.DRAFT,
    });

    const french = metas(await (await page(`/events/${published.id}`)).text());
    expect(french['og:title']).toBe('Soirée des communs · Ouimake');
    expect(french['description']).toBe('Le vendredi 14 mars 2031 à 19:30. Une soirée pour avancer ensemble.');
    const english = metas(
      await (await page(`/events/${published.id}`, { 'accept-language': 'en-US' })).text(),
    );
    expect(english['description']).toMatch(/^On Friday, 14 March 2031 at 19:30\. Une soirée/);

    const hidden = await (await page(`/events/${draft.id}`)).text();
    expect(title(hidden)).toBe('Ouimake');
    expect(hidden).not.toContain('pas encore annoncée');
  });
});
