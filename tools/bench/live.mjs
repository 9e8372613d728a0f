#!/usr/bin/env node
// Live fan-out benchmark: the delay from a committed vote to its arrival at every subscriber of
// the challenge, side by side for 100 and 1,000 subscribers, 1 and 10 votes per second, on one
// instance and on two instances through Redis, with the server's shared fan-out and with graphql-ws's
// stock per-subscriber execution (BENCH_FANOUTS=shared to skip the latter). Prints a Markdown table
// (BENCHMARKS.md keeps one).
//   npm run bench:live            (needs the build: npx nx run-many -t build -p api web)
// Uses the local PostgreSQL (BENCH_SERVER_URL, default postgres://postgres@127.0.0.1:5432/postgres)
// for a scratch database, and Redis at BENCH_REDIS_URL (default redis://127.0.0.1:6379).
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { withScratchDatabase } from '../scripts/scratch-database.mjs';
import {
  cpuTicks,
  freePort,
  gql,
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

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const BASELINE = process.env.BENCH_BASELINE;

async function run({ databaseUrl, fanout, instances, subscribers, rate, signedIn = false, build = 'this' }) {
  const prefix = `bench-${randomBytes(3).toString('hex')}`;
  const env = {
    DATABASE_URL: databaseUrl,
    JWT_SECRET: 'b'.repeat(40),
    SEED_DEMO: 'false',
    // The sign-ups' emails would be sent during the measure: not what is measured.
    MAIL_POLL_MS: '0',
    REDIS_PREFIX: prefix,
    SIGNUPS_PER_ADDRESS_PER_HOUR: '100000',
    WS_CONNECTIONS_PER_ADDRESS: '100000',
    ...(instances > 1 ? { REDIS_URL } : {}),
  };
  const ports = [];
  const servers = [];
  for (let i = 0; i < instances; i++) {
    const port = await freePort();
    ports.push(port);
    servers.push(
      await startServer({ ...env, PORT: String(port) }, fanout, build === 'baseline' ? BASELINE : undefined),
    );
  }
  const urls = ports.map((p) => `http://127.0.0.1:${p}`);
  const say = (m) =>
    process.stderr.write(`[${build} ${fanout} ${instances}×${subscribers}@${rate}/s] ${m}\n`);
  say('servers up');
  try {
    const { signUp } = await gql(urls[0], `mutation($i: SignUpInput!) { signUp(input: $i) { token } }`, {
      i: { email: `${prefix}@bench.example`, password: 'benchmark-pass', displayName: 'Banc' },
    });
    const token = signUp.token;
    const challengeId = await openChallenge(urls[0], token);
    const { proposeIdea } = await gql(
      urls[0],
      `mutation($c: ID!) { proposeIdea(input: { challengeId: $c, title: "Une idée mesurée", body: "" }) { id } }`,
      { c: challengeId },
      token,
    );

    // Signed-in watchers are each their own audience (their documents ask what they voted).
    const tokens = signedIn ? await signUpMany(urls[0], prefix, subscribers) : [];

    const delays = [];
    let delivered = 0;
    const lastCount = new Array(subscribers).fill(null);
    const clients = [];
    await Promise.all(
      Array.from(
        { length: subscribers },
        (_, i) =>
          new Promise((resolve) => {
            const client = createClient({
              url: urls[i % instances].replace('http', 'ws') + '/graphql',
              webSocketImpl: WebSocket,
              lazy: false,
              retryAttempts: 0,
              onNonLazyError: () => undefined,
              connectionParams: signedIn ? { authorization: `Bearer ${tokens[i]}` } : {},
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
                  if (a?.kind !== 'VOTES_CHANGED') return;
                  delivered++;
                  lastCount[i] = a.idea.voteCount;
                  delays.push(Date.now() - Date.parse(a.at));
                },
                error: () => undefined,
                complete: () => undefined,
              },
            );
          }),
      ),
    );
    say('subscribers connected');
    // Every subscription is registered once each watcher counts as present.
    for (let i = 0; i < 120; i++) {
      // The server may be too busy registering them to answer: then ask again.
      const present = await gql(urls[0], `query($c: ID!) { challenge(id: $c) { presentCount } }`, {
        c: challengeId,
      }).then(
        (d) => d.challenge.presentCount,
        () => 0,
      );
      if (present >= subscribers) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    say('subscriptions registered');

    const cpuBefore = servers.map((s) => cpuTicks(s.pid));
    const events = Math.round(SECONDS * rate);
    const started = Date.now();
    for (let k = 0; k < events; k++) {
      const due = started + (k * 1000) / rate;
      await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())));
      await gql(
        urls[k % instances],
        `mutation($id: ID!) { ${k % 2 ? 'unvote' : 'vote'}(ideaId: $id) { id } }`,
        { id: proposeIdea.id },
        token,
      );
    }
    await new Promise((r) => setTimeout(r, 2000)); // stragglers
    const cpuTicksUsed = servers.reduce((sum, s, i) => sum + cpuTicks(s.pid) - cpuBefore[i], 0);
    await Promise.all(clients.map((c) => c.dispose()));
    const sorted = delays.sort((a, b) => a - b);
    // Votes and unvotes alternate: the idea ends with one vote after an odd number of them. Changes
    // within one tick of the server are shown once, so a screen gets at most one update per vote.
    const final = events % 2;
    const upToDate = lastCount.filter((c) => c === final).length;
    return {
      fanout: build === 'baseline' ? `${fanout} (baseline build)` : fanout,
      instances,
      subscribers: `${subscribers} ${signedIn ? 'signed in' : 'signed out'}`,
      rate,
      delivered: `${delivered} (${(delivered / Math.max(1, subscribers)).toFixed(1)} per screen for ${events} votes)`,
      upToDate: `${upToDate}/${subscribers}`,
      median: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      cpuMicros: (cpuTicksUsed / TICKS_PER_SECOND) * 1e6,
      deliveredCount: delivered,
      cpuPerDelivery: delivered ? Math.round(((cpuTicksUsed / TICKS_PER_SECOND) * 1e6) / delivered) : NaN,
    };
  } finally {
    for (const s of servers) s.kill('SIGTERM');
  }
}

// `shared` is the server's fan-out (once per event and audience); `per-subscriber` is graphql-ws's
// stock execution (tools/bench/per-subscriber-fanout.cjs, loaded before the server), measured
// alongside for the ratio.
const FANOUTS = (process.env.BENCH_FANOUTS ?? 'shared,per-subscriber').split(',');
const matrix = [];
for (const fanout of FANOUTS)
  for (const instances of [1, 2])
    for (const subscribers of [100, 1000])
      for (const rate of [1, 10]) matrix.push({ fanout, instances, subscribers, rate });
// Signed-in watchers: one execution per group of people with the same document, role and grant,
// then each person's own fields (graphql-ws's stock execution: one per person, at 200 only).
for (const fanout of FANOUTS)
  for (const subscribers of fanout === 'shared' ? [200, 1000] : [200]) {
    matrix.push({ fanout, instances: 1, subscribers, rate: 10, signedIn: true });
    // BENCH_BASELINE=<main.js of another build>: the same cell on that build, for the ratio.
    if (BASELINE && fanout === 'shared')
      matrix.push({ fanout, instances: 1, subscribers, rate: 10, signedIn: true, build: 'baseline' });
  }

// The same votes with nobody watching: what the votes themselves cost, subtracted for the last column.
const calibration = new Map();
for (const instances of [1, 2])
  for (const rate of [1, 10]) {
    const row = await withScratchDatabase((databaseUrl) =>
      run({ fanout: 'shared', instances, subscribers: 0, rate, databaseUrl }),
    );
    calibration.set(`${instances}@${rate}`, row.cpuMicros);
    process.stderr.write(`calibration ${instances}@${rate}: ${Math.round(row.cpuMicros)} µs\n`);
  }

// BENCH_ONLY=signedIn (a word of the cells' JSON) runs only the cells that contain it.
const only = process.env.BENCH_ONLY;
const rows = [];
for (const cell of matrix.filter((c) => !only || JSON.stringify(c).includes(only))) {
  const row = await withScratchDatabase((databaseUrl) => run({ ...cell, databaseUrl }));
  rows.push(row);
  process.stderr.write(`${JSON.stringify(row)}\n`);
}
console.log(
  `Live fan-out, ${SECONDS} s per cell, ${new Date().toISOString()} (node ${process.version}, ${require('node:os').cpus().length} cores)\n`,
);
console.log(
  '| fan-out | instances | subscribers | votes/s | delivered | screens up to date after | median ms | p99 ms | server CPU µs per delivery | of which fan-out |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  const base = calibration.get(`${r.instances}@${r.rate}`);
  const net = r.deliveredCount ? Math.max(0, Math.round((r.cpuMicros - base) / r.deliveredCount)) : NaN;
  console.log(
    `| ${r.fanout} | ${r.instances} | ${r.subscribers} | ${r.rate} | ${r.delivered} | ${r.upToDate} | ${r.median} | ${r.p99} | ${r.cpuPerDelivery} | ${net} |`,
  );
}
