import { PinoLogger } from 'nestjs-pino';
import pino from 'pino';
import { ChallengeStatus } from '@ouimake/domain';
import { ThemesService } from '../../apps/api/src/modules/themes/themes.service';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';
import { signIn, signUp, type Account } from './support/accounts';
import { createChallenge, createProject } from './support/factories';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app';

// Hostile input and HTTP hygiene, tried from outside as anyone could: strict dates, text rules,
// body shapes, cursors bound to their list, Retry-After, internal errors, security headers.

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ SIGNIN_FAILURES_PER_ACCOUNT: '2' });
});
afterAll(() => t.close());

type Errors = NonNullable<GraphQLResponse['errors']>;

async function post(body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await res.text();
  let json: { errors?: Errors; data?: unknown } | null = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** A project held by a fresh person, with an open challenge. */
async function heldChallenge(): Promise<{ holder: Account; challengeId: string; projectId: string }> {
  const holder = await signUp(t);
  const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: holder.id });
  const project = await createProject(t.dataSource, {}, [user]);
  const challenge = await createChallenge(t.dataSource, project, user, { status: ChallengeStatus.OPEN });
  return { holder, challengeId: challenge.id, projectId: project.id };
}

const CREATE = `mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { id title closesAt } }`;
const PROPOSE = `mutation($c: ID!, $title: String!, $body: String!) {
  proposeIdea(input: { challengeId: $c, title: $title, body: $body }) { id title body } }`;

describe('DateTime', () => {
  let holder: Account;
  let projectId: string;
  beforeAll(async () => ({ holder, projectId } = await heldChallenge()));

  const create = (closesAt: unknown) =>
    t.gql(
      CREATE,
      { input: { projectId, title: 'Un défi daté', description: 'Une question.', closesAt } },
      holder.headers,
    );

  it.each([
    'tomorrow',
    '2026-02-30T10:00:00Z',
    '2030-06-01T10:00:00',
    '2030-06-01',
    '99999-01-01T00:00:00Z',
    '1900-01-01T00:00:00Z',
    '2030-06-01T25:00:00Z',
    '',
    12345,
    true,
  ])('refuses %j as a closing date with BAD_USER_INPUT on closesAt, and stores nothing', async (closesAt) => {
    const before = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM challenges WHERE project_id = $1`,
      [projectId],
    );
    const res = await create(closesAt);
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'closesAt' });
    const after = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM challenges WHERE project_id = $1`,
      [projectId],
    );
    expect(after[0].n).toBe(before[0].n);
  });

  it('refuses a bad date written in the document itself, naming the field', async () => {
    const res = await t.gql(
      `mutation { createChallenge(input: { projectId: "${projectId}", title: "Un défi", description: "Q", closesAt: "2026-13-45T00:00:00Z" }) { id } }`,
      {},
      holder.headers,
    );
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'closesAt' });
  });

  it('reads an instant with an offset and answers it in UTC', async () => {
    const res = await create('2031-06-01T20:00:00+02:00');
    expect(res.errors).toBeUndefined();
    expect(res.data?.createChallenge.closesAt).toBe('2031-06-01T18:00:00.000Z');
  });
});

describe('text', () => {
  let holder: Account;
  let challengeId: string;
  beforeAll(async () => ({ holder, challengeId } = await heldChallenge()));

  const propose = (title: string, body = '') =>
    t.gql(PROPOSE, { c: challengeId, title, body }, holder.headers);

  it('stores titles in NFC, and bodies with their line breaks and emoji', async () => {
    const body = '## Pourquoi 🌱\n\n- moins de déchets\n- plus de liens 🤝\n\n> Cite\u0301 tel quel';
    const res = await propose('Cafe\u0301 re\u0301paration', body);
    expect(res.errors).toBeUndefined();
    expect(res.data?.proposeIdea.title).toBe('Café réparation');
    expect(res.data?.proposeIdea.body).toBe(body.normalize('NFC'));
    const [row] = await t.dataSource.query(`SELECT title FROM ideas WHERE id = $1`, [
      res.data?.proposeIdea.id,
    ]);
    expect(row.title).toBe('Café réparation');
  });

  it.each([
    ['zero-width characters only', '\u200B\u200B\u200D\u2060', 'title'],
    ['a bidi override', 'Idée \u202Etxt.exe', 'title'],
    ['a control character', 'Idée\u0007', 'title'],
    ['a line break', 'Deux\nlignes', 'title'],
    ['a lone surrogate', 'Idée \uD83D', 'title'],
    ['a lone surrogate in the body', 'Idée', 'body'],
  ])('refuses a title with %s, and stores nothing', async (_, title, field) => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM ideas WHERE challenge_id = $1`, [
      challengeId,
    ]);
    const res = field === 'body' ? await propose(title, 'corps \uDE00') : await propose(title);
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    const after = await t.dataSource.query(`SELECT count(*)::int AS n FROM ideas WHERE challenge_id = $1`, [
      challengeId,
    ]);
    expect(after[0].n).toBe(before[0].n);
  });

  it('refuses invisible text and bidi overrides written in the document too', async () => {
    const res = await t.gql(
      `mutation { proposeIdea(input: { challengeId: "${challengeId}", title: "\\u200B\\u200B", body: "" }) { id } }`,
      {},
      holder.headers,
    );
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'title' });
  });

  it('refuses an email or a name with invalid Unicode as BAD_USER_INPUT', async () => {
    const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token } }`;
    const email = await t.gql(SIGN_UP, {
      input: { email: 'l\uD800na@example.org', password: 'correct horse battery', displayName: 'Léna' },
    });
    expect(email.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
    const name = await t.gql(SIGN_UP, {
      input: {
        email: 'zero-width@example.org',
        password: 'correct horse battery',
        displayName: '\u200B\u200C',
      },
    });
    expect(name.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'displayName' });
  });
});

describe('bodies and variables', () => {
  it('answers malformed JSON with 400 and a JSON error', async () => {
    const res = await post('{"query": "{ themes { slug } }"');
    expect(res.status).toBe(400);
    expect(res.json?.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.text).not.toMatch(/Cannot POST|SyntaxError|at .*\.js/);
  });

  it.each(['NaN', 'Infinity', '-Infinity', '0x10', '+1', '.5', '01', "'x'"])(
    'answers the number literal %s that JSON lacks with 400',
    async (literal) => {
      const res = await post(
        `{"query": "query($n: Int) { themes { slug } }", "variables": {"n": ${literal}}}`,
      );
      expect(res.status).toBe(400);
      expect(res.json?.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    },
  );

  it('answers a body over 1 MB with 413, and takes one just under it', async () => {
    const big = await post(
      JSON.stringify({ query: '{ themes { slug } }', variables: { pad: 'x'.repeat(1_100_000) } }),
    );
    expect(big.status).toBe(413);
    expect(big.json?.errors?.[0].message).toMatch(/1 MB/);
    const fits = await post(
      JSON.stringify({ query: '{ themes { slug } }', variables: { pad: 'x'.repeat(900_000) } }),
    );
    expect(fits.status).toBe(200);
  });

  it.each([100, 5_000, 100_000])(
    'answers variables nested %i deep with 400, leaking nothing',
    async (depth) => {
      const nested = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
      const res = await post(
        `{"query": "query($v: String) { themes { slug } }", "variables": {"v": ${nested}}}`,
      );
      expect(res.status).toBe(400);
      expect(res.json?.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(res.text).not.toMatch(/stack|RangeError|Maximum call/i);
    },
  );

  it.each([
    ['selections', `query { themes ${'{ slug '.repeat(3000)}${'}'.repeat(3000)} }`],
    [
      'list literals',
      `query { challenges(filter: { themes: ${'['.repeat(5000)}"x"${']'.repeat(5000)} }) { totalCount } }`,
    ],
  ])('answers a document whose %s nest thousands deep with 400 QUERY_TOO_COMPLEX', async (_, query) => {
    const res = await post(JSON.stringify({ query }));
    expect(res.status).toBe(400);
    expect(res.json?.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.text).not.toMatch(/RangeError|Maximum call/i);
  });

  it('answers a subscription sent over HTTP with 400, pointing to the WebSocket', async () => {
    const { challengeId } = await heldChallenge();
    const res = await post(
      JSON.stringify({
        query: `subscription { challengeActivity(challengeId: "${challengeId}") { __typename } }`,
      }),
    );
    expect(res.status).toBe(400);
    expect(res.json?.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.json?.errors?.[0].message).toMatch(/WebSocket/);
  });

  it.each([
    ['an array body', '[]'],
    ['a string body', '"hello"'],
    ['no query', '{}'],
    ['a query that is a number', '{"query": 42}'],
    ['variables that are a list', '{"query": "{ themes { slug } }", "variables": [1]}'],
    ['variables that are a string', '{"query": "{ themes { slug } }", "variables": "x"}'],
    ['an operation name that is an object', '{"query": "{ themes { slug } }", "operationName": {}}'],
  ])('answers %s with a 4xx JSON error', async (_, body) => {
    const res = await post(body);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.json?.errors?.length).toBeGreaterThan(0);
  });

  it('answers a body sent as something other than JSON with a 4xx, never a 404 or 5xx', async () => {
    const res = await post('query=%7B%20themes%20%7B%20slug%20%7D%20%7D', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.status).not.toBe(404);
  });
});

describe('cursors', () => {
  const IDEAS = `query($c: ID!, $after: String) { challenge(id: $c) {
    ideas(first: 1, after: $after, orderBy: NEWEST) { edges { node { title } } pageInfo { endCursor } } } }`;

  it('takes a cursor on the list it came from and refuses it on another with the same ordering', async () => {
    const a = await heldChallenge();
    const b = await heldChallenge();
    for (const [setup, prefix] of [
      [a, 'A'],
      [b, 'B'],
    ] as const) {
      for (const n of [1, 2]) {
        const res = await t.gql(
          PROPOSE,
          { c: setup.challengeId, title: `${prefix}${n} idée`, body: '' },
          setup.holder.headers,
        );
        expect(res.errors).toBeUndefined();
      }
    }
    const first = await t.gql(IDEAS, { c: a.challengeId });
    const cursor = first.data?.challenge.ideas.pageInfo.endCursor;
    const next = await t.gql(IDEAS, { c: a.challengeId, after: cursor });
    expect(next.errors).toBeUndefined();
    expect(next.data?.challenge.ideas.edges[0].node.title).toBe('A1 idée');

    const foreign = await t.gql(IDEAS, { c: b.challengeId, after: cursor });
    expect(foreign.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('rate limits', () => {
  it('answers RATE_LIMITED with a Retry-After header in seconds', async () => {
    const victim = await signUp(t);
    for (let i = 0; i < 2; i++) await signIn(t, victim.email, 'wrong password!!');
    const res = await post(
      JSON.stringify({
        query: `mutation($input: SignInInput!) { signIn(input: $input) { token } }`,
        variables: { input: { email: victim.email, password: 'wrong password!!' } },
      }),
    );
    const error = res.json?.errors?.[0] as Errors[number] & { extensions: { retryAfterSeconds?: number } };
    expect(error.extensions.code).toBe('RATE_LIMITED');
    const header = Number(res.headers.get('retry-after'));
    expect(header).toBeGreaterThan(0);
    expect(header).toBe(error.extensions.retryAfterSeconds);
    const fine = await post(JSON.stringify({ query: '{ themes { slug } }' }));
    expect(fine.headers.get('retry-after')).toBeNull();
  });
});

describe('internal errors', () => {
  it('answers only a request id, and logs the error once as one JSON line with that id', async () => {
    const themes = t.app.get(ThemesService);
    const spy = jest
      .spyOn(themes, 'list')
      .mockRejectedValueOnce(new Error('connect ECONNREFUSED 10.1.2.3:5432 password=hunter2'));
    // What pino writes, at its stream (whether that stream then writes at once or a moment later).
    const stream = (PinoLogger.root as unknown as Record<symbol, { write: (line: string) => unknown }>)[
      pino.symbols.streamSym
    ];
    const written: string[] = [];
    const write = jest.spyOn(stream, 'write').mockImplementation((line: string) => {
      written.push(String(line));
      return true;
    });
    const logged = () =>
      written
        .join('')
        .split('\n')
        .filter((l) => l.includes('ECONNREFUSED'));
    let res: Awaited<ReturnType<typeof post>>;
    try {
      res = await post(JSON.stringify({ query: '{ themes { slug } }' }));
    } finally {
      spy.mockRestore();
      write.mockRestore();
    }
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.json?.errors).toEqual([
      {
        message: expect.stringContaining(requestId!),
        path: ['themes'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      },
    ]);
    expect(res.text).not.toMatch(/ECONNREFUSED|hunter2|10\.1\.2\.3|stack/);
    const lines = logged();
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]);
    expect(line).toMatchObject({ level: 50, requestId, path: ['themes'] });
    expect(line.err.stack).toContain('ECONNREFUSED');
  });
});

describe('headers', () => {
  it('sends the security headers on GraphQL, health and unknown paths, and no X-Powered-By', async () => {
    for (const path of ['/graphql', '/health/live', '/nothing-here']) {
      const res = await fetch(
        `${t.url}${path}`,
        path === '/graphql'
          ? {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: '{"query":"{ themes { slug } }"}',
            }
          : {},
      );
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/unsafe-eval/);
      expect(csp).toMatch(/connect-src 'self' ws:\/\/localhost:\d+/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('strict-transport-security')).toBeNull();
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('x-request-id')).toBeTruthy();
    }
  });
});

describe('in production', () => {
  let prod: TestApp;
  beforeAll(async () => {
    prod = await startTestApp({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://board.example.org',
      SECURITY_CONTACT: 'mailto:security@board.example.org',
    });
  });
  afterAll(() => prod.close());

  it('gives no field suggestions, and no introspection', async () => {
    const res = await prod.gql('{ themes { slugg } }');
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).not.toMatch(/Did you mean|"slug"/);
    const schema = await prod.gql('{ __schema { types { name } } }');
    expect(schema.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    // In development the suggestion helps whoever writes the query.
    const dev = await t.gql('{ themes { slugg } }');
    expect(dev.errors?.[0].message).toMatch(/Did you mean "slug"/);
  });

  it('sends HSTS and a same-host wss: connect-src when PUBLIC_URL is https', async () => {
    const res = await fetch(`${prod.url}/health/live`);
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(res.headers.get('content-security-policy')).toContain(
      "connect-src 'self' wss://board.example.org",
    );
  });

  it('publishes where to report a vulnerability in /.well-known/security.txt', async () => {
    const res = await fetch(`${prod.url}/.well-known/security.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toContain('Contact: mailto:security@board.example.org\n');
    expect(text).toContain('Canonical: https://board.example.org/.well-known/security.txt\n');
    const expires = new Date(/Expires: (\S+)/.exec(text)?.[1] ?? '');
    expect(expires.getTime()).toBeGreaterThan(Date.now() + 300 * 24 * 3600 * 1000);
  });
});
