import { freePort, startServer, type ServerHandle } from '../../e2e/support/server';
import { gql, invariants, openChallenge, people, SECRET, status } from '../support/api';
import { createCluster, type Cluster } from '../support/cluster';

/**
 * PostgreSQL stops for 30 seconds while people vote: every request still gets a quick, clean
 * answer, readiness says 503 while liveness stays 200, the server comes back by itself within
 * 10 seconds of the restart, and every vote it acknowledged is stored, counted once.
 */
const OUTAGE_MS = 30_000;
const VOTE = `mutation($id: ID!) { vote(ideaId: $id) { id } }`;

let cluster: Cluster;
let server: ServerHandle;
let url: string;

beforeAll(async () => {
  cluster = await createCluster();
  const port = await freePort();
  server = startServer({
    PORT: String(port),
    DATABASE_URL: cluster.url,
    JWT_SECRET: SECRET,
    SEED_DEMO: 'false',
    REDIS_URL: '',
    MAIL_POLL_MS: '0',
  });
  await server.ready;
  url = `http://localhost:${port}`;
});

afterAll(async () => {
  await server?.stop();
  cluster?.remove();
});

it('answers fast and cleanly while PostgreSQL is down, and resumes by itself once it is back', async () => {
  const [holder, ...voters] = await people(cluster.url, 61);
  const { ideaIds } = await openChallenge(url, holder.token, 3);
  const acknowledged = new Set<string>();
  const codes = new Map<string, number>();
  let slowest = 0;
  const attempt = async (voter: { id: string; token: string }, ideaId: string) => {
    const reply = await gql(url, VOTE, { id: ideaId }, voter.token);
    slowest = Math.max(slowest, reply.ms);
    if (reply.body.data?.vote) acknowledged.add(`${voter.id}:${ideaId}`);
    const error = reply.body.errors?.[0];
    const code = error?.extensions.code ?? 'OK';
    codes.set(code, (codes.get(code) ?? 0) + 1);
    // Unreachable, the database is said to be so: 503, try again in a few seconds; never a 500.
    if (error) {
      expect(reply.status).toBe(503);
      expect(reply.retryAfter).toBe('5');
      expect(error.message).toBe(
        'The board cannot reach its database right now. Please try again in a few seconds.',
      );
    } else expect(reply.status).toBe(200);
  };

  // Before: the first third of the people vote.
  await Promise.all(voters.slice(0, 20).map((v) => attempt(v, ideaIds[0])));
  expect(acknowledged.size).toBe(20);

  cluster.stop();
  const down = Date.now();
  // During: people keep voting, a few at a time; health is asked as a load balancer would.
  const health: { live: number; ready: number }[] = [];
  let round = 0;
  while (Date.now() - down < OUTAGE_MS) {
    const batch = voters.slice(20 + (round % 20), 22 + (round % 20));
    await Promise.all(batch.map((v) => attempt(v, ideaIds[1])));
    health.push({ live: await status(url, '/health/live'), ready: await status(url, '/health/ready') });
    round++;
    await new Promise((r) => setTimeout(r, 500));
  }
  expect(slowest).toBeLessThan(5_000);
  expect(health.every((h) => h.live === 200 && h.ready === 503)).toBe(true);
  expect(codes.get('INTERNAL_SERVER_ERROR') ?? 0).toBeGreaterThan(0);
  for (const code of codes.keys()) expect(['OK', 'INTERNAL_SERVER_ERROR']).toContain(code);

  // After: back within 10 s of the restart, without anyone touching the server.
  cluster.start();
  const up = Date.now();
  let recovered = false;
  while (!recovered && Date.now() - up < 10_000) {
    const reply = await gql(url, VOTE, { id: ideaIds[2] }, voters[59].token);
    recovered = reply.body.data?.vote !== undefined && (await status(url, '/health/ready')) === 200;
    if (reply.body.data?.vote) acknowledged.add(`${voters[59].id}:${ideaIds[2]}`);
    if (!recovered) await new Promise((r) => setTimeout(r, 250));
  }
  expect(recovered).toBe(true);
  console.log(
    `PostgreSQL outage: slowest answer ${slowest} ms, back ${Date.now() - up} ms after the restart`,
  );

  // Everyone who got no acknowledgement votes again: each vote is stored once.
  await Promise.all(voters.slice(20, 40).map((v) => attempt(v, ideaIds[1])));
  const { Client } = await import('pg');
  const db = new Client({ connectionString: cluster.url });
  await db.connect();
  const { rows } = await db.query(`SELECT user_id || ':' || idea_id AS key FROM votes`);
  await db.end();
  const stored = new Set(rows.map((r: { key: string }) => r.key));
  for (const key of acknowledged) expect(stored.has(key)).toBe(true);
  expect(stored.size).toBe(acknowledged.size);
  expect(await invariants(cluster.url)).toEqual({ idea_votes: 0, tallies: 0, over_budget: 0, idea_count: 0 });
});
