import type { HttpAdapterHost } from '@nestjs/core';
import { loadConfig } from '../../config/config';
import { BoardRenderer, CONCURRENT_RENDERS, type ServerBuild, viewportOf } from './board-renderer';
import { deferBoard, renderedRoot, withFontPreload } from './board-server';

type RenderOptions = Parameters<ServerBuild['renderPage']>[0];

/** A server listening on every address, port 4321, as `npm start` does. */
const adapterHost = {
  httpAdapter: {
    getHttpServer: () => ({ address: () => ({ address: '0.0.0.0', family: 'IPv4', port: 4321 }) }),
  },
} as unknown as HttpAdapterHost;

/** The renderer with a given server build in place of dist/apps/web-ssr, and a short budget. */
function rendererWith(build: ServerBuild | null, env: Record<string, string> = {}): BoardRenderer {
  const config = loadConfig({ JWT_SECRET: 'x'.repeat(32), DATABASE_URL: 'postgres://db/x', ...env });
  return new (class extends BoardRenderer {
    protected override budgetMs = 200;
    protected override loadServerBuild(): Promise<ServerBuild | null> {
      return Promise.resolve(build);
    }
  })(adapterHost, config);
}

const page = { html: '<main>Le tableau</main>', data: { ROOT_QUERY: {} } };

describe('BoardRenderer', () => {
  it('renders the public pages only, and none when turned off', () => {
    const renderer = rendererWith(null);
    for (const path of [
      '/',
      '/challenges',
      '/challenges/abc',
      '/ideas/abc',
      '/projects/la-coop',
      '/events',
      '/events/abc',
      '/privacy',
      '/legal',
    ]) {
      expect({ path, renders: renderer.renders(path) }).toEqual({ path, renders: true });
    }
    for (const path of [
      '/sign-in',
      '/profile',
      '/projects/new',
      '/events/new',
      '/challenges/abc/live',
      '/challenges/abc/edit',
      '/j/7KQ4XM',
      '/admin/users',
      '/my-projects',
    ]) {
      expect({ path, renders: renderer.renders(path) }).toEqual({ path, renders: false });
    }
    expect(rendererWith(null, { SERVER_RENDERING: 'false' }).renders('/')).toBe(false);
  });

  it('asks the build for the page at its address, with the language, the screen and its own GraphQL over loopback', async () => {
    const calls: RenderOptions[] = [];
    const renderer = rendererWith({
      renderPage: (options) => {
        calls.push(options);
        return Promise.resolve(page);
      },
    });
    await expect(renderer.render('/challenges?city=Brest', 'en', 'phone')).resolves.toEqual({
      ...page,
      viewport: 'phone',
    });
    expect(calls).toMatchObject([
      {
        url: '/challenges?city=Brest',
        locale: 'en',
        viewport: 'phone',
        graphqlUrl: 'http://127.0.0.1:4321/graphql',
      },
    ]);
  });

  it('sends the page unrendered when there is no build, when it fails, or past its time budget', async () => {
    await expect(rendererWith(null).render('/', 'fr', 'wide')).resolves.toBeNull();
    const failing = rendererWith({ renderPage: () => Promise.reject(new Error('window is not defined')) });
    await expect(failing.render('/', 'fr', 'wide')).resolves.toBeNull();
    let aborted = false;
    const slow = rendererWith({
      renderPage: ({ signal }) =>
        new Promise((_resolve, reject) =>
          signal?.addEventListener('abort', () => {
            aborted = true;
            reject(signal.reason as Error);
          }),
        ),
    });
    await expect(slow.render('/', 'fr', 'wide')).resolves.toBeNull();
    expect(aborted).toBe(true);
  });

  it('renders at most a few pages at once: the next one goes out unrendered at once', async () => {
    const release: Array<() => void> = [];
    const renderer = rendererWith({
      renderPage: () => new Promise((resolve) => release.push(() => resolve(page))),
    });
    const busy = Array.from({ length: CONCURRENT_RENDERS }, () => renderer.render('/', 'fr', 'wide'));
    await new Promise((resolve) => setImmediate(resolve));
    await expect(renderer.render('/', 'fr', 'wide')).resolves.toBeNull();
    release.forEach((go) => go());
    for (const rendered of await Promise.all(busy)) expect(rendered?.html).toBe(page.html);
    // Free again once they are done.
    const next = renderer.render('/', 'fr', 'wide');
    await new Promise((resolve) => setImmediate(resolve));
    release.at(-1)?.();
    await expect(next).resolves.not.toBeNull();
  });
});

describe('viewportOf', () => {
  it('says phone from the mobile client hint or a phone’s user agent', () => {
    expect(viewportOf({ 'sec-ch-ua-mobile': '?1' })).toBe('phone');
    expect(
      viewportOf({ 'sec-ch-ua-mobile': '?0', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156' }),
    ).toBe('wide');
    expect(
      viewportOf({ 'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Mobile/15E148' }),
    ).toBe('phone');
    expect(
      viewportOf({
        'user-agent': 'Mozilla/5.0 (Linux; Android 14; Pixel 8) Chrome/130 Mobile Safari/537.36',
      }),
    ).toBe('phone');
    // A tablet lays the board out as a wider screen.
    expect(
      viewportOf({ 'user-agent': 'Mozilla/5.0 (Linux; Android 14; SM-X710) Chrome/130 Safari/537.36' }),
    ).toBe('wide');
    expect(viewportOf({})).toBe('wide');
  });
});

describe('renderedRoot', () => {
  it('puts the page in #root and its data in a JSON script that no text of a user can close', () => {
    const hostile = '</script><script>alert(1)</script> <!-- \u2028\u2029 ';
    const html = renderedRoot(
      { html: '<main>Le tableau</main>', data: { 'Challenge:1': { title: hostile } }, viewport: 'wide' },
      'fr',
    );
    expect(html.startsWith('<div id="root"><main>Le tableau</main></div>')).toBe(true);
    const json = /<script type="application\/json" id="ouimake-page">(.*)<\/script>$/s.exec(html)?.[1] ?? '';
    expect(json).not.toMatch(/<|\u2028|\u2029/);
    expect(JSON.parse(json)).toEqual({
      locale: 'fr',
      viewport: 'wide',
      data: { 'Challenge:1': { title: hostile } },
    });
    // One script element only: the hostile text did not open another.
    expect(html.match(/<script/g)).toHaveLength(1);
  });
});

describe('a rendered page’s head', () => {
  const html = `<html><head>
    <script type="module" crossorigin src="/assets/index-Ab12.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-Cd34.js">
    <link rel="modulepreload" crossorigin href="/assets/ChallengePage-Ef56.js" />
    <link rel="stylesheet" crossorigin href="/assets/index-Gh78.css">
  </head><body><div id="root"><main></main></div></body></html>`;

  it('leaves the board’s code to /boot.js, after the first paint, with what it preloads', () => {
    const deferred = deferBoard(html);
    expect(deferred).not.toContain('modulepreload');
    expect(deferred).not.toContain('src="/assets/index-Ab12.js"');
    // The styles stay where they are: the page is painted with them.
    expect(deferred).toContain('<link rel="stylesheet" crossorigin href="/assets/index-Gh78.css">');
    const boot =
      /<script type="module" src="\/boot\.js" data-board="([^"]+)" data-preload="([^"]+)"><\/script>\s*<\/body>/.exec(
        deferred,
      );
    expect(boot?.[1]).toBe('/assets/index-Ab12.js');
    expect(JSON.parse((boot?.[2] ?? '').replace(/&quot;/g, '"'))).toEqual([
      '/assets/react-Cd34.js',
      '/assets/ChallengePage-Ef56.js',
    ]);
  });

  it('preloads the Latin letters of the board’s font, when the build has them', () => {
    const files = [
      '/assets/nunito-cyrillic-wght-normal-X1.woff2',
      '/assets/nunito-latin-wght-normal-Bz9.woff2',
    ];
    expect(withFontPreload(html, files)).toContain(
      '<link rel="preload" as="font" type="font/woff2" crossorigin href="/assets/nunito-latin-wght-normal-Bz9.woff2" />',
    );
    expect(withFontPreload(html, [])).toBe(html);
  });
});
