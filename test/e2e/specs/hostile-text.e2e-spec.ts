import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { api, tokenOf } from '../support/api';
import { baseUrl, describeInBrowser, launchBrowser } from '../support/browser';

/**
 * The script-injection part of the bad-input corpus, written by a hostile member everywhere user
 * text appears (an idea's title and body on the wall, its page and the projector, a comment, a
 * profile's name and bio, an event's title and description), then read in Chromium. Every payload
 * tries to set `window.__xss`; the page must show the text as text: no dialog, no script run, no
 * event-handler attribute, no `javascript:` or `data:` link, no inline script nor any Content
 * Security Policy violation.
 */

// Each payload sets window.__xss if it ever runs.
const RUN = 'window.__xss=1';
const PAYLOADS = [
  `<script>${RUN}</script>`,
  `"><img src=x onerror="${RUN}">`,
  `<svg onload=${RUN}>`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<details open ontoggle=${RUN}>x</details>`,
  `<a href="javascript:${RUN}">un lien</a>`,
  `[un lien](javascript:${RUN})`,
  `[un lien](JaVaScRiPt:${RUN})`,
  `[un lien](  javascript:${RUN})`,
  `[un lien](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
  `![une image](x" onerror="${RUN})`,
  `<javascript:${RUN}>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<style>body{display:none}</style>`,
  `{{constructor.constructor('${RUN}')()}}`,
  `\${${RUN}}`,
];
/** Short enough for a title (3 to 140 characters) or a name (2 to 60). */
const SHORT = PAYLOADS.filter((p) => p.length <= 60);

const MAELLE = 'maelle.legall@ouimake.example';
const ERWAN = 'erwan.lebihan@ouimake.example';
const desktop = { width: 1280, height: 800 };

interface Findings {
  ran: boolean;
  handlers: string[];
  badLinks: string[];
  scripts: number;
}

describeInBrowser('hostile text in every place user text appears', () => {
  let browser: Browser;
  let malloryToken = '';
  let malloryId = '';
  let challengeId = '';
  let firstIdeaId = '';
  let eventId = '';
  const tag = randomBytes(2).toString('hex');

  beforeAll(async () => {
    browser = await launchBrowser();
    const [maelle, erwan] = await Promise.all([tokenOf(MAELLE), tokenOf(ERWAN)]);
    // A member whose name and bio are payloads, who shows her activity on her profile.
    const { signUp } = await api<{ signUp: { token: string; user: { id: string } } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id } } }',
      {
        input: {
          displayName: `<img src=x onerror=${RUN}> ${tag}`,
          email: `mallory-${tag}@ouimake.example`,
          password: `hostile-${tag}-password`,
        },
      },
    );
    malloryToken = signUp.token;
    malloryId = signUp.user.id;
    await api(
      'mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }',
      { input: { bio: PAYLOADS.join('\n\n'), showActivity: true } },
      malloryToken,
    );

    const { me } = await api<{ me: { projects: Array<{ id: string }> } }>(
      '{ me { projects { id } } }',
      {},
      maelle,
    );
    const { createChallenge } = await api<{ createChallenge: { id: string } }>(
      'mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }',
      {
        input: {
          projectId: me.projects[0]?.id,
          title: `Un défi qui reçoit de tout ${tag}`,
          description: PAYLOADS.join('\n\n'),
          publish: true,
        },
      },
      maelle,
    );
    challengeId = createChallenge.id;

    // One idea per payload: the payload as its title (when it fits) and as its body.
    for (const payload of PAYLOADS) {
      const { proposeIdea } = await api<{ proposeIdea: { id: string } }>(
        'mutation ($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }',
        {
          input: {
            challengeId,
            title: payload.length <= 140 ? payload : payload.slice(0, 140),
            body: `${payload}\n\n${PAYLOADS.join(' ')}`,
          },
        },
        malloryToken,
      );
      firstIdeaId ||= proposeIdea.id;
    }
    for (const payload of SHORT) {
      await api(
        'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }',
        { input: { ideaId: firstIdeaId, body: payload } },
        malloryToken,
      );
    }

    const startsAt = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    const { createEvent } = await api<{ createEvent: { id: string } }>(
      'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }',
      {
        input: {
          title: `<img src=x onerror=${RUN}> ${tag}`,
          description: PAYLOADS.join('\n\n'),
          format: 'WORKSHOP',
          timezone: 'Europe/Paris',
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 2 * 3600 * 1000).toISOString(),
          venues: [{ name: `<svg onload=${RUN}>`, city: `"><img src=x onerror=${RUN}>`, capacity: 10 }],
        },
      },
      erwan,
    );
    eventId = createEvent.id;
    await api('mutation ($id: ID!) { publishEvent(id: $id) { id } }', { id: eventId }, erwan);
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens `path` as Mallory, records dialogs and CSP violations, and inspects the page once settled. */
  async function expectNothingRuns(path: string, settled: (page: Page) => Promise<unknown>) {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: desktop });
    await context.addInitScript((token) => {
      window.localStorage.setItem('ouimake.token', token);
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    }, malloryToken);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      await page.goto(`${baseUrl()}${path}`);
      await settled(page);
      // Whatever an image error or a toggle would run has had its chance.
      await page.waitForTimeout(500);
      const found = await page.evaluate((): Findings & { csp: string[] } => {
        const all = Array.from(document.querySelectorAll('*'));
        return {
          ran: (window as unknown as { __xss?: number }).__xss !== undefined,
          handlers: all.flatMap((el) =>
            Array.from(el.attributes)
              .filter((a) => /^on/i.test(a.name))
              .map((a) => `${el.tagName} ${a.name}`),
          ),
          badLinks: Array.from(document.querySelectorAll('a[href], iframe[src], img[src]'))
            .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
            .filter((url) => /^\s*(javascript|data|vbscript):/i.test(url)),
          // Inline code, that is: the page's data for the board (application/json) is not run.
          scripts: Array.from(document.querySelectorAll('script')).filter(
            (s) => !s.src && s.type !== 'application/json',
          ).length,
          csp: (window as unknown as { __cspViolations: string[] }).__cspViolations,
        };
      });
      expect({ ...found, dialogs }).toEqual({
        ran: false,
        handlers: [],
        badLinks: [],
        scripts: 0,
        csp: [],
        dialogs: [],
      });
      return page;
    } finally {
      await context.close();
    }
  }

  const shown = (page: Page, text: string) => page.getByText(text, { exact: false }).first().waitFor();

  it('on the wall and the challenge’s page', async () => {
    await expectNothingRuns(`/challenges/${challengeId}`, async (page) => {
      await shown(page, '<svg onload=window.__xss=1>');
      await page.getByRole('list', { name: 'Idées proposées' }).getByRole('article').nth(5).waitFor();
    });
  });

  it('on an idea’s page, with its comments', async () => {
    await expectNothingRuns(`/ideas/${firstIdeaId}`, async (page) => {
      await page.getByRole('heading', { level: 1, name: PAYLOADS[0] }).waitFor();
      // Markdown drops raw HTML; what is not HTML shows as written (the comments too).
      await page.getByText(`\${${RUN}}`).first().waitFor();
      await page.getByRole('link', { name: 'un lien' }).first().waitFor();
    });
  });

  it('on the projector', async () => {
    await expectNothingRuns(`/challenges/${challengeId}/live`, async (page) => {
      await page
        .getByRole('list', { name: /^Idées/ })
        .getByText('<svg onload=window.__xss=1>')
        .first()
        .waitFor();
    });
  });

  it('on a profile', async () => {
    await expectNothingRuns(`/users/${malloryId}`, async (page) => {
      await page.getByRole('heading', { level: 1, name: new RegExp(tag) }).waitFor();
      await shown(page, `<details open ontoggle=${RUN}>x</details>`);
    });
  });

  it('on an event', async () => {
    await expectNothingRuns(`/events/${eventId}`, async (page) => {
      await page.getByRole('heading', { level: 1, name: new RegExp(tag) }).waitFor();
      await shown(page, `<svg onload=${RUN}>`);
    });
  });
});
