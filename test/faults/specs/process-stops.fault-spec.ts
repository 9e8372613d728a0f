import { Client } from 'pg';
import WebSocket from 'ws';
import { freePort, startServer, tempDataDir, type ServerHandle } from '../../e2e/support/server';
import { gql, invariants, openChallenge, people, SECRET, status } from '../support/api';
import { createCluster, type Cluster } from '../support/cluster';

/**
 * The server process stopped on purpose: gracefully (SIGTERM: readiness drops at once, requests in
 * flight finish, sockets are told to go, exit 0) and brutally (SIGKILL in the middle of 1,000 votes:
 * every acknowledged vote is stored and the counters hold; the embedded database starts again with
 * its data).
 */
const VOTE = `mutation($id: ID!) { vote(ideaId: $id) { id } }`;

let cluster: Cluster;
beforeAll(async () => {
  cluster = await createCluster();
});
afterAll(() => cluster?.remove());

async function serve(): Promise<{ server: ServerHandle; url: string; port: number }> {
  const port = await freePort();
  const server = startServer({
    PORT: String(port),
    DATABASE_URL: cluster.url,
    JWT_SECRET: SECRET,
    SEED_DEMO: 'false',
    REDIS_URL: '',
    MAIL_POLL_MS: '0',
    DATABASE_POOL_SIZE: '10',
  });
  await server.ready;
  return { server, url: `http://localhost:${port}`, port };
}

/** The votes stored on these ideas, as "person:idea". */
async function storedVotes(ideaIds: string[]): Promise<Set<string>> {
  const db = new Client({ connectionString: cluster.url });
  await db.connect();
  const { rows } = await db.query(
    `SELECT user_id || ':' || idea_id AS key FROM votes WHERE idea_id = ANY($1::uuid[])`,
    [ideaIds],
  );
  await db.end();
  return new Set(rows.map((r: { key: string }) => r.key));
}

/** A live socket watching a challenge; resolves with how the server closed it. */
function watch(port: number, challengeId: string): Promise<{ closed: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://localhost:${port}/graphql`, 'graphql-transport-ws');
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
    ws.once('error', reject);
    ws.once('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    ws.on('message', (raw) => {
      const message = JSON.parse(raw.toString());
      if (message.type === 'connection_ack') {
        ws.send(
          JSON.stringify({
            id: '1',
            type: 'subscribe',
            payload: {
              query: `subscription($c: ID!) { challengeActivity(challengeId: $c) { kind } }`,
              variables: { c: challengeId },
            },
          }),
        );
        setTimeout(() => resolve({ closed }), 200);
      }
    });
  });
}

it('SIGTERM: readiness drops at once, requests in flight finish, sockets are told to go, exit 0', async () => {
  const { server, url, port } = await serve();
  const [holder, ...voters] = await people(cluster.url, 101);
  const { challengeId, ideaIds } = await openChallenge(url, holder.token, 2);
  const socket = await watch(port, challengeId);

  const replies = voters.map((v) =>
    gql(url, VOTE, { id: ideaIds[0] }, v.token, 30_000).then(
      (r) => ({ ok: r.body.data?.vote !== undefined, status: r.status, key: `${v.id}:${ideaIds[0]}` }),
      (e: Error & { cause?: { code?: string } }) => ({
        ok: false,
        status: 0,
        error: e.cause?.code ?? e.message,
      }),
    ),
  );
  await new Promise((r) => setTimeout(r, 30));
  server.child.kill('SIGTERM');
  const readiness = await status(url, '/health/ready');
  const results = await Promise.all(replies);
  const exit = await server.exited;

  expect([0, 503]).toContain(readiness);
  expect(exit).toEqual({ code: 0, signal: null });
  expect(await socket.closed).toBe(1001);
  // Every request sent before the stop was answered: the instance kept serving while it drained.
  expect(results.filter((r) => !r.ok)).toEqual([]);
  const answered = results.filter((r) => r.ok);
  const stored = await storedVotes(ideaIds);
  for (const r of answered) expect(stored.has((r as { key: string }).key)).toBe(true);
  expect(server.output()).toContain('Ouimake stopped');
});

it('SIGKILL in the middle of 1,000 votes: every acknowledged vote is stored, the counters hold', async () => {
  let { server, url } = await serve();
  const [holder, ...voters] = await people(cluster.url, 1001);
  const { ideaIds } = await openChallenge(url, holder.token, 5, 3);
  const acknowledged = new Set<string>();
  let next = 0;
  let killed = false;
  const worker = async () => {
    while (next < voters.length && !killed) {
      const index = next++;
      const voter = voters[index];
      const ideaId = ideaIds[index % ideaIds.length];
      try {
        const reply = await gql(url, VOTE, { id: ideaId }, voter.token, 30_000);
        if (reply.body.data?.vote) acknowledged.add(`${voter.id}:${ideaId}`);
      } catch {
        // The process died with this request in flight: not acknowledged.
      }
      if (acknowledged.size >= 300 && !killed) {
        killed = true;
        server.child.kill('SIGKILL');
      }
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  expect((await server.exited).signal).toBe('SIGKILL');
  const stored = await storedVotes(ideaIds);
  for (const key of acknowledged) expect(stored.has(key)).toBe(true);
  expect(await invariants(cluster.url)).toEqual({ idea_votes: 0, tallies: 0, over_budget: 0, idea_count: 0 });

  // Started again, it takes the rest; each person's vote is counted once whatever they retried.
  ({ server, url } = await serve());
  const missing = voters
    .map((voter, index) => ({ voter, ideaId: ideaIds[index % ideaIds.length] }))
    .filter(({ voter, ideaId }) => !stored.has(`${voter.id}:${ideaId}`));
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let next = missing.pop(); next; next = missing.pop()) {
        await gql(url, VOTE, { id: next.ideaId }, next.voter.token);
      }
    }),
  );
  const after = await storedVotes(ideaIds);
  expect(after.size).toBe(1000);
  expect(await invariants(cluster.url)).toEqual({ idea_votes: 0, tallies: 0, over_budget: 0, idea_count: 0 });
  await server.stop();
});

it('the embedded database starts again with its data after a SIGKILL', async () => {
  const dataDir = tempDataDir();
  const port = await freePort();
  const first = startServer({ PORT: String(port), DATA_DIR: dataDir, REDIS_URL: '', MAIL_POLL_MS: '0' });
  await first.ready;
  const url = `http://localhost:${port}`;
  const email = `kill-${Date.now()}@fault.example`;
  const signUp = await gql(
    url,
    `mutation($e: String!) { signUp(input: { email: $e, password: "correct horse battery", displayName: "Après la panne" }) { user { id } } }`,
    { e: email },
  );
  expect(signUp.body.errors).toBeUndefined();
  first.child.kill('SIGKILL');
  expect((await first.exited).signal).toBe('SIGKILL');

  const again = startServer({ PORT: String(port), DATA_DIR: dataDir, REDIS_URL: '', MAIL_POLL_MS: '0' });
  await again.ready;
  const signIn = await gql(
    url,
    `mutation($e: String!) { signIn(input: { email: $e, password: "correct horse battery" }) { user { displayName } } }`,
    { e: email },
  );
  expect(signIn.body.data?.signIn.user.displayName).toBe('Après la panne');
  expect(await status(url, '/health/ready')).toBe(200);
  expect((await again.stop()).code).toBe(0);
});
