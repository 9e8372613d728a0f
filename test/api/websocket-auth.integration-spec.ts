import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { bearer, signUp } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';
import { ChallengeStatus } from '@ouimake/domain';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';
import { createChallenge, createProject } from './support/factories';
import { ACTIVITY } from './support/live';

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

/** The first thing a challengeActivity subscription gets: an event, or the refusal. */
function firstEvent(
  client: Client,
  challengeId: string,
): Promise<{ data?: { challengeActivity: { kind: string } }; errors?: { extensions: { code: string } }[] }> {
  return new Promise((resolve) => {
    const stop = client.subscribe<{ challengeActivity: { kind: string } }>(
      { query: ACTIVITY, variables: { c: challengeId } },
      {
        next: (value) => {
          stop();
          resolve(value as never);
        },
        error: (err) => resolve({ errors: err as never }),
        complete: () => undefined,
      },
    );
  });
}

describe('the WebSocket endpoint', () => {
  it('authenticates with the token of connection_init, and takes no token as anonymous', async () => {
    // A draft is seen by its holders only: the holder's socket may watch it, an anonymous one may not.
    const p = await signUp(t);
    const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: p.id });
    const draft = await createChallenge(t.dataSource, await createProject(t.dataSource, {}, [user]), user, {
      status: ChallengeStatus.DRAFT,
    });
    const signedIn = connect(bearer(p.token).authorization);
    const watching = firstEvent(signedIn.client, draft.id);
    expect((await watching).data?.challengeActivity.kind).toBe('PRESENCE_CHANGED');

    const anonymous = await firstEvent(connect().client, draft.id);
    expect(anonymous.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('closes the connection with 4403 on a bad token', async () => {
    const { closed } = connect('Bearer forged.token.value');
    expect(await closed).toBe(4403);
  });

  it('refuses queries and mutations: they go over HTTP, where every check applies', async () => {
    const p = await signUp(t);
    const { client } = connect(bearer(p.token).authorization);
    const query = await run(client, '{ me { id } }');
    expect(query.data ?? null).toBeNull();
    expect(query.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const mutation = await run(client, 'mutation { signOut }');
    expect(mutation.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    // The session was not signed out by it.
    expect((await t.gql<{ me: { id: string } }>('{ me { id } }', {}, p.headers)).data?.me.id).toBe(p.id);
  });

  it('refuses text carrying a NUL character in variables, as over HTTP', async () => {
    const res = await new Promise<{ errors?: { extensions: { code: string } }[] }>((resolve) =>
      connect().client.subscribe(
        { query: ACTIVITY, variables: { c: 'a\u0000b' } },
        { next: () => undefined, error: (e) => resolve({ errors: e as never }), complete: () => resolve({}) },
      ),
    );
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
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
    // In development it answers over HTTP.
    const dev = await t.gql<{ __schema: { queryType: { name: string } } }>(INTROSPECT);
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

  it('closes a socket sending any message over 64 KiB (1009), and echoes no large ping', async () => {
    const big = 'x'.repeat(70 * 1024);
    const closeCode = (messages: object[]) =>
      new Promise<{ code: number; received: number }>((resolve) => {
        const ws = new WebSocket(t.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
        let received = 0;
        ws.on('open', () => messages.forEach((m) => ws.send(JSON.stringify(m))));
        ws.on('message', (data) => (received += data.toString().length));
        ws.on('close', (code) => resolve({ code, received }));
      });
    expect((await closeCode([{ type: 'connection_init', payload: { big } }])).code).toBe(1009);
    const ping = await closeCode([{ type: 'connection_init' }, { type: 'ping', payload: { big } }]);
    expect(ping.code).toBe(1009);
    expect(ping.received).toBeLessThan(1024);
    const subscribe = await closeCode([
      { type: 'connection_init' },
      { id: '1', type: 'subscribe', payload: { query: `subscription { __typename } # ${big}` } },
    ]);
    expect(subscribe.code).toBe(1009);
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
