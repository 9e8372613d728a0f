#!/usr/bin/env node
// The workshop burst (issue 14): N signed-in people watch one challenge of 60 ideas live on one
// instance (PostgreSQL and Redis), then each votes once at a random moment of a 30-second window,
// for an idea drawn with a realistic skew (a few ideas get most votes). Reports, for each N:
//   - votes counted (the ideas' counts added up, against N) and the vote's p50 / p99;
//   - screens up to date 5 s after the window: watchers whose last update of every idea shows its
//     true count (nothing lost, merged or not);
//   - how late updates reach screens, p50 / p95 ("late" is from the event's `at`, the latest change
//     it shows, to its arrival), how many deliveries that took, and server CPU per vote.
//   npm run bench:burst                        200, 500 and 1,000 people
//   BENCH_BURST_PEOPLE=1000 BENCH_BURST_WINDOW=30 npm run bench:burst
//   BENCH_BASELINE=<main.js>: another build of the server (a copy of dist/ from an earlier commit),
//   run on the same burst right before this one, each on a database of its own.
// Needs the build (npx nx run-many -t build -p api web). Uses a scratch database of the local
// PostgreSQL (BENCH_SERVER_URL) and Redis at BENCH_REDIS_URL, as bench:live does.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { withScratchDatabase } from '../scripts/scratch-database.mjs';
import {
  cpuTicks,
  freePort,
  gql,
  MAIN,
  openChallenge,
  percentile,
  REDIS_URL,
  signUpMany,
  startServer,
  TICKS_PER_SECOND,
} from './live-support.mjs';

const require = createRequire(import.meta.url);
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const PEOPLE = (process.env.BENCH_BURST_PEOPLE ?? '200,500,1000').split(',').map(Number);
const WINDOW_S = Number(process.env.BENCH_BURST_WINDOW ?? 30);
const IDEAS = 60;
const SETTLE_MS = 5_000;

/** A small seeded generator (mulberry32): the same draws on every run. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function burst(databaseUrl, people, build) {
  const prefix = `burst-${randomBytes(3).toString('hex')}`;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await startServer(
    {
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      REDIS_PREFIX: prefix,
      JWT_SECRET: 'b'.repeat(40),
      SEED_DEMO: 'false',
      // The sign-ups' emails would be sent during the burst: not what is measured.
      MAIL_POLL_MS: '0',
      SIGNUPS_PER_ADDRESS_PER_HOUR: '100000',
      WS_CONNECTIONS_PER_ADDRESS: '100000',
    },
    undefined,
    build.main,
  );
  const say = (m) => process.stderr.write(`[burst ${people} ${build.name}] ${m}\n`);
  const clients = [];
  try {
    const [holder] = await signUpMany(url, `${prefix}-holder`, 1);
    const challengeId = await openChallenge(url, holder);
    const ideas = [];
    for (let i = 0; i < IDEAS; i++) {
      const { proposeIdea } = await gql(
        url,
        `mutation($c: ID!, $t: String!) { proposeIdea(input: { challengeId: $c, title: $t, body: "" }) { id } }`,
        { c: challengeId, t: `Idée numéro ${i + 1}` },
        holder,
      );
      ideas.push(proposeIdea.id);
    }
    const tokens = await signUpMany(url, prefix, people);
    say('people signed up');

    const lateness = [];
    let deliveries = 0;
    const screens = tokens.map(() => new Map());
    await Promise.all(
      tokens.map(
        (token, i) =>
          new Promise((resolve) => {
            const client = createClient({
              url: `${url.replace('http', 'ws')}/graphql`,
              webSocketImpl: WebSocket,
              lazy: false,
              retryAttempts: 0,
              onNonLazyError: () => undefined,
              connectionParams: { authorization: `Bearer ${token}` },
            });
            clients.push(client);
            client.on('connected', resolve);
            client.on('closed', resolve);
            client.subscribe(
              {
                query: `subscription($c: ID!) { challengeActivity(challengeId: $c) { kind at idea { id voteCount viewerHasVoted } } }`,
                variables: { c: challengeId },
              },
              {
                next: ({ data }) => {
                  const a = data?.challengeActivity;
                  if (a?.kind !== 'VOTES_CHANGED' || !a.idea) return;
                  deliveries++;
                  lateness.push(Date.now() - Date.parse(a.at));
                  screens[i].set(a.idea.id, a.idea.voteCount);
                },
                error: () => undefined,
                complete: () => undefined,
              },
            );
          }),
      ),
    );
    for (let i = 0; i < 240; i++) {
      const present = await gql(url, `query($c: ID!) { challenge(id: $c) { presentCount } }`, {
        c: challengeId,
      }).then(
        (d) => d.challenge.presentCount,
        () => 0,
      );
      if (present >= people) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    say('everyone watching');

    const random = seeded(people);
    const voteTimes = [];
    const refused = [];
    const cpuBefore = cpuTicks(server.pid);
    const started = Date.now();
    await Promise.all(
      tokens.map((token) => {
        const at = random() * WINDOW_S * 1000;
        // Skewed: the square of a uniform draw favours the first ideas (a few hot ones).
        const ideaId = ideas[Math.floor(random() ** 2 * IDEAS)];
        return new Promise((r) => setTimeout(r, at)).then(async () => {
          const t0 = Date.now();
          try {
            await gql(url, `mutation($id: ID!) { vote(ideaId: $id) { id } }`, { id: ideaId }, token);
          } catch (e) {
            refused.push(e.message);
          }
          voteTimes.push(Date.now() - t0);
        });
      }),
    );
    const votingMs = Date.now() - started;
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const cpuMicros = ((cpuTicks(server.pid) - cpuBefore) / TICKS_PER_SECOND) * 1e6;

    const { challenge } = await gql(
      url,
      `query($c: ID!) { challenge(id: $c) { ideas(first: 100) { edges { node { id voteCount } } } } }`,
      { c: challengeId },
      holder,
    );
    const truth = new Map(challenge.ideas.edges.map(({ node }) => [node.id, node.voteCount]));
    const counted = [...truth.values()].reduce((a, b) => a + b, 0);
    const upToDate = screens.filter((seen) =>
      [...truth].every(([id, count]) => count === 0 || seen.get(id) === count),
    ).length;
    const votes = voteTimes.sort((a, b) => a - b);
    const late = lateness.sort((a, b) => a - b);
    return {
      build: build.name,
      people,
      window: `${WINDOW_S} s`,
      counted: `${counted}/${people}${refused.length ? ` (${refused.length} refused)` : ''}`,
      vote: `${percentile(votes, 50)} / ${percentile(votes, 99)}`,
      upToDate: `${upToDate}/${people} (${((100 * upToDate) / people).toFixed(0)}%)`,
      late: `${percentile(late, 50)} / ${percentile(late, 95)}`,
      deliveries,
      cpuPerVote: Math.round(cpuMicros / people),
      votingMs,
    };
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
    server.kill('SIGTERM');
  }
}

const BUILDS = [
  ...(process.env.BENCH_BASELINE ? [{ name: 'baseline', main: process.env.BENCH_BASELINE }] : []),
  { name: 'this build', main: MAIN },
];
const rows = [];
for (const people of PEOPLE)
  for (const build of BUILDS) {
    const row = await withScratchDatabase((databaseUrl) => burst(databaseUrl, people, build));
    rows.push(row);
    process.stderr.write(`${JSON.stringify(row)}\n`);
  }
console.log(
  `Workshop burst, one instance with PostgreSQL and Redis, ${IDEAS} ideas, ${new Date().toISOString()} (node ${process.version}, ${require('node:os').cpus().length} cores)\n`,
);
console.log(
  '| build | people | window | votes counted | vote p50 / p99 ms | screens up to date 5 s after | screens late p50 / p95 ms | deliveries | server CPU µs per vote |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.build} | ${r.people} | ${r.window} | ${r.counted} | ${r.vote} | ${r.upToDate} | ${r.late} | ${r.deliveries} | ${r.cpuPerVote} |`,
  );
}
