import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { bearer, signUp } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
const clients: Client[] = [];

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await t.close();
});

function connect(authorization?: string, app: TestApp = t): { client: Client; closed: Promise<number> } {
  let onClose: (code: number) => void = () => undefined;
  const closed = new Promise<number>((res) => (onClose = res));
  const client = createClient({
    url: app.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: { closed: (event) => onClose((event as { code: number }).code) },
  });
  client.on('error', () => undefined);
  clients.push(client);
  return { client, closed };
}

function run<T>(
  client: Client,
  query: string,
): Promise<{ data?: T; errors?: { extensions: { code: string } }[] }> {
  return new Promise((resolve, reject) => {
    let result: { data?: T; errors?: { extensions: { code: string } }[] } = {};
    client.subscribe<T>(
      { query },
      {
        next: (value) => (result = value as typeof result),
        error: (err) => (Array.isArray(err) ? resolve({ errors: err as never }) : reject(err)),
        complete: () => resolve(result),
      },
    );
  });
}

describe('the WebSocket endpoint', () => {
  it('authenticates with the token of connection_init, and takes no token as anonymous', async () => {
    const p = await signUp(t);
    const signedIn = connect(bearer(p.token).authorization);
    expect((await run<{ me: { id: string } }>(signedIn.client, '{ me { id } }')).data).toEqual({
      me: { id: p.id },
    });

    const anonymous = connect();
    expect((await run(anonymous.client, '{ me { id } }')).data).toEqual({ me: null });
  });

  it('closes the connection with 4403 on a bad token', async () => {
    const { closed } = connect('Bearer forged.token.value');
    expect(await closed).toBe(4403);
  });

  it('refuses every operation once the session is signed out', async () => {
    const p = await signUp(t);
    const { client } = connect(bearer(p.token).authorization);
    expect((await run<{ me: { id: string } }>(client, '{ me { id } }')).data?.me.id).toBe(p.id);
    await t.gql('mutation { signOut }', {}, p.headers);
    const after = await run(client, '{ me { id } }');
    expect(after.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('applies the same query limits as HTTP', async () => {
    const { client } = connect();
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: themes { slug }`).join(' ')} }`;
    const res = await run(client, aliases);
    expect(res.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses an invalid document as BAD_USER_INPUT, as over HTTP', async () => {
    const res = await run(connect().client, '{ me { noSuchField } }');
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await t.gql('{ me { noSuchField } }')).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('keeps introspection off in production, over HTTP and WebSocket alike', async () => {
    const INTROSPECT = '{ __schema { queryType { name } } }';
    // In development it answers.
    const dev = await run<{ __schema: { queryType: { name: string } } }>(connect().client, INTROSPECT);
    expect(dev.data?.__schema.queryType.name).toBe('Query');

    const production = await startTestApp({ NODE_ENV: 'production' });
    try {
      const overHttp = await production.gql(INTROSPECT);
      expect(overHttp.data ?? null).toBeNull();
      expect(overHttp.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      const overSocket = await run(connect(undefined, production).client, INTROSPECT);
      expect(overSocket.data ?? null).toBeNull();
      expect(overSocket.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    } finally {
      await production.close();
    }
  });
});

describe('WebSocket hardening', () => {
  function rawSocket(headers: Record<string, string>, init: Record<string, unknown> = {}) {
    return new Promise<number>((resolve) => {
      const ws = new WebSocket(t.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws', { headers });
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: init })));
      ws.on('message', (data) => {
        if (JSON.parse(data.toString()).type === 'connection_ack') {
          ws.close(1000);
          resolve(1000);
        }
      });
      ws.on('close', (code) => resolve(code));
    });
  }

  it('refuses a page of another site (Origin) and accepts the board’s own', async () => {
    expect(await rawSocket({ origin: 'https://evil.example' })).toBe(4403);
    expect(await rawSocket({ origin: t.url })).toBe(1000);
    expect(await rawSocket({})).toBe(1000);
  });

  it('refuses a subscribe message over 64 KiB', async () => {
    const { client } = connect();
    const res = await run(client, `{ me { id } } # ${'x'.repeat(70 * 1024)}`);
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('limits how many sockets one person holds', async () => {
    const p = await signUp(t);
    const codes: number[] = [];
    const sockets: Promise<number>[] = [];
    for (let i = 0; i < 21; i++) {
      sockets.push(
        new Promise<number>((resolve) => {
          const ws = new WebSocket(t.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
          ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: bearer(p.token) })));
          ws.on('message', () => resolve(0));
          ws.on('close', (code) => resolve(code));
          setTimeout(() => ws.close(1000), 1500);
        }),
      );
    }
    codes.push(...(await Promise.all(sockets)));
    expect(codes.filter((c) => c === 4403)).toHaveLength(1);
    expect(codes.filter((c) => c === 0)).toHaveLength(20);
  });
});
