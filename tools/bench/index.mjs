#!/usr/bin/env node
// The hot paths at the speed of their SQL (issue 14). Against the production build
// (npx nx run-many -t build -p api web), on a throwaway database of the local PostgreSQL and a key
// prefix of its own in Redis, for each data size:
//   - generates the board (tools/bench/generate.mjs: deterministic, skewed, counters checked);
//   - starts the built server with tools/bench/sql-capture.cjs loaded, captures the SQL statements
//     of one request of each path (page sizes 10 and 100), and starts tools/bench/replay-server.mjs,
//     a bare node:http + pg (16 connections) server replaying them;
//   - runs each path with autocannon in interleaved rounds (GraphQL, then its SQL replayed, then the
//     other way round) after a warm-up: req/s, p50, p99, server CPU per request (/proc/<pid>/stat)
//     and PostgreSQL CPU per request (/proc of the database's backends, from pg_stat_activity);
//   - the crowds: 200 people voting for one idea at once, one person's 200 parallel votes on a
//     budget of 5;
//   - and the live fan-out (tools/bench/live.mjs, fewer cells with --quick).
// Writes the tables into BENCHMARKS.md (between its hot-paths markers; the live section stays).
//   npm run bench                 S and M, live fan-out shared cells
//   npm run bench -- --quick      S only, short rounds, live fan-out at 1,000 watchers (< 3 min)
//   npm run bench -- --size L     L only (10k challenges, 1M ideas, 10M votes: long to generate);
//                                 --size S,M,L: each in turn, with the growth from one to the next
//   --no-live, --no-write (print only), BENCH_SERVER_URL, BENCH_REDIS_URL as for bench:live.
//   --baseline <main.js>: another build of the server (e.g. a copy of dist/ from an earlier commit),
//   started beside this one on the same database; the vote line and the crowd run against both,
//   interleaved (NODE_PATH points it at this repository's node_modules).
import { fork, spawn, execFileSync } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, SIZES } from './generate.mjs';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
const pg = require('pg');
const { print } = require('graphql');

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = join(ROOT, 'dist/apps/api/apps/api/src/main.js');
const SERVER_URL = process.env.BENCH_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const sizeArg = args.includes('--size') ? args[args.indexOf('--size') + 1] : null;
const SIZE_LIST = sizeArg ? sizeArg.split(',') : QUICK ? ['S'] : ['S', 'M'];
const ROUNDS = QUICK ? 2 : 3;
const CROWD_ROUNDS = QUICK ? 1 : 2;
const BASELINE = args.includes('--baseline') ? args[args.indexOf('--baseline') + 1] : null;
const SECONDS = QUICK ? 3 : 6;
const CONNECTIONS = 16;
const JWT_SECRET = 'bench-'.padEnd(48, 'x');
const TICKS_PER_SECOND = 100; // Linux USER_HZ
const say = (m) => process.stderr.write(`[bench] ${m}\n`);

if (!SIZE_LIST.every((s) => SIZES[s])) throw new Error(`--size is one of ${Object.keys(SIZES).join(', ')}`);
if (!existsSync(MAIN)) {
  say('no production build: building api and web');
  execFileSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

// ---------------------------------------------------------------------------------------------
// The board's own operations, printed from the documents the board sends (apps/web/src/gql).

const GENERATED = readFileSync(join(ROOT, 'apps/web/src/gql/graphql.ts'), 'utf8');
function operation(name) {
  const line = GENERATED.split('\n').find((l) => l.startsWith(`export const ${name}Document = `));
  if (!line) throw new Error(`no ${name} document in apps/web/src/gql/graphql.ts`);
  const json = line.slice(line.indexOf('= ') + 2, line.lastIndexOf(' as unknown as DocumentNode'));
  return print(JSON.parse(json));
}
const DOCS = Object.fromEntries(
  ['ChallengeBoard', 'BoardFilters', 'ChallengePage', 'ChallengeIdeas', 'IdeaPage', 'Vote', 'Unvote'].map(
    (n) => [n, operation(n)],
  ),
);

// ---------------------------------------------------------------------------------------------
// Processes and measures.

const freePort = () =>
  new Promise((res) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });

function cpuTicks(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0; // a backend that ended
  }
}

function startServer(env, main = MAIN) {
  const child = fork(main, [], {
    // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the servers, as for bench:live.
    execArgv: [
      ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      '-r',
      join(ROOT, 'tools/bench/sql-capture.cjs'),
    ],
    env: {
      ...process.env,
      LOG_LEVEL: 'error',
      NODE_ENV: 'production',
      NODE_PATH: join(ROOT, 'node_modules'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let out = '';
  return new Promise((res, rej) => {
    const onData = (d) => {
      out += d;
      if (out.length > 20_000) out = out.slice(-10_000);
      if (out.includes('Ouimake is ready')) res(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => rej(new Error(`server exited ${code}: ${out.slice(-2000)}`)));
    child.log = () => out;
  });
}

function startReplay(databaseUrl, scenariosFile, port) {
  const child = fork(
    join(ROOT, 'tools/bench/replay-server.mjs'),
    [databaseUrl, scenariosFile, String(port)],
    {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  return new Promise((res, rej) => {
    child.once('message', () => res(child));
    child.once('exit', (code) => rej(new Error(`replay server exited ${code}`)));
  });
}

function capture(server, run) {
  return new Promise((res, rej) => {
    server.send({ capture: 'start' });
    run()
      .then(() => {
        server.once('message', (m) => res(m.statements));
        server.send({ capture: 'stop' });
      })
      .catch(rej);
  });
}

const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
/** A bearer token for a generated person's generated session, signed as the server signs them. */
function token(person) {
  const now = Math.floor(Date.now() / 1000);
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: person.id, sid: person.sid, iat: now, exp: now + 86400 })}`;
  return `${head}.${createHmac('sha256', JWT_SECRET).update(head).digest('base64url')}`;
}

async function gql(url, query, variables, bearer) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  return body.data;
}

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One autocannon run against `url` while measuring the server's and PostgreSQL's CPU. */
async function load({ url, makeRequest, seconds, serverPid, pgPids }) {
  const before = {
    server: cpuTicks(serverPid),
    pg: new Map((await pgPids()).map((pid) => [pid, cpuTicks(pid)])),
  };
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [{ setupRequest: (req) => ({ ...req, ...makeRequest() }) }],
  });
  const server = cpuTicks(serverPid) - before.server;
  // Backends that ended during the run are left out; those that started count from zero.
  let pgTicks = 0;
  for (const pid of new Set([...before.pg.keys(), ...(await pgPids())])) {
    const now = cpuTicks(pid);
    if (now > 0) pgTicks += now - (before.pg.get(pid) ?? 0);
  }
  const n = result.requests.total || 1;
  return {
    requests: result.requests.total,
    rps: result.requests.total / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    serverMs: (server * 1000) / TICKS_PER_SECOND / n,
    pgMs: (pgTicks * 1000) / TICKS_PER_SECOND / n,
  };
}

function summary(runs) {
  const requests = runs.reduce((s, r) => s + r.requests, 0);
  return {
    requests,
    rps: runs.reduce((s, r) => s + r.rps, 0) / runs.length,
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    errors: runs.reduce((s, r) => s + r.errors, 0),
    serverMs: runs.reduce((s, r) => s + r.serverMs * r.requests, 0) / (requests || 1),
    pgMs: runs.reduce((s, r) => s + r.pgMs * r.requests, 0) / (requests || 1),
  };
}

// ---------------------------------------------------------------------------------------------
// One size.

async function benchSize(size) {
  const name = `ouimake_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const dbUrl = new URL(SERVER_URL);
  dbUrl.pathname = `/${name}`;
  const databaseUrl = dbUrl.toString();
  const children = [];
  const db = new pg.Client({ connectionString: databaseUrl });
  try {
    const port = await freePort();
    const env = {
      DATABASE_URL: databaseUrl,
      JWT_SECRET,
      SEED_DEMO: 'false',
      REDIS_URL,
      REDIS_PREFIX: `bench-${randomBytes(3).toString('hex')}`,
      PORT: String(port),
      MAIL_POLL_MS: '600000',
      SIGNUPS_PER_ADDRESS_PER_HOUR: '100000',
      WS_CONNECTIONS_PER_ADDRESS: '100000',
    };
    say(`${size}: migrating ${name}`);
    const server = await startServer(env);
    children.push(server);
    await db.connect();
    const t0 = Date.now();
    const data = await generate(db, size, (m) => say(`${size}: ${m}`));
    const generatedIn = Date.now() - t0;
    say(`${size}: generated ${JSON.stringify(data.counts)} in ${(generatedIn / 1000).toFixed(0)} s`);
    const url = `http://127.0.0.1:${port}`;
    const person = async (n) => {
      const { rows } = await db.query(
        `SELECT md5('u' || $1::text)::uuid AS id, md5('s' || $1::text)::uuid AS sid`,
        [n],
      );
      return rows[0];
    };
    const reader = await person(data.userCount); // a member who is no holder
    const readerToken = token(reader);
    const voters = [];
    for (let k = 0; k < 200; k++) voters.push(await person(1 + ((k * 7919) % data.userCount)));
    const voterTokens = voters.map(token);
    const crowd = [];
    for (let k = 0; k < 200; k++) crowd.push(await person(data.userCount + 1 + k));
    const budgetPerson = await person(data.userCount + 201);
    let baseline = null;
    if (BASELINE) {
      const basePort = await freePort();
      baseline = {
        url: `http://127.0.0.1:${basePort}`,
        server: await startServer({ ...env, PORT: String(basePort) }, BASELINE),
      };
      children.push(baseline.server);
    }

    // The paths, each a GraphQL request of the board.
    const paths = [
      {
        key: 'board',
        label: 'board page, 20 newest (signed out)',
        doc: DOCS.ChallengeBoard,
        vars: (n) => ({ first: n }),
        size: 20,
      },
      {
        key: 'trending',
        label: 'board page, 20 trending (signed out)',
        doc: DOCS.ChallengeBoard,
        vars: (n) => ({ first: n, orderBy: 'TRENDING' }),
        size: 20,
      },
      {
        key: 'facets',
        label: 'board facets: themes and cities',
        doc: DOCS.BoardFilters,
        vars: () => ({}),
        size: 0,
      },
      {
        key: 'challenge',
        label: 'challenge page (signed in)',
        doc: DOCS.ChallengePage,
        vars: () => ({ id: data.hotChallenge }),
        bearer: readerToken,
        size: 0,
      },
      {
        key: 'wall',
        label: "hot challenge's wall, 12 top ideas (signed in)",
        doc: DOCS.ChallengeIdeas,
        vars: (n) => ({ id: data.hotChallenge, first: n, orderBy: 'TOP' }),
        bearer: readerToken,
        size: 12,
      },
      {
        key: 'idea',
        label: 'idea page with its thread, 50 comments (signed in)',
        doc: DOCS.IdeaPage,
        vars: (n) => ({ id: data.hotIdea, first: n }),
        bearer: readerToken,
        size: 50,
      },
    ];

    // Statements per request, at page sizes 10 and 100 (and the page size the board uses).
    const counts = {};
    const scenarios = {};
    for (const p of paths) {
      counts[p.key] = {};
      for (const n of p.size ? [10, 100, p.size] : [0]) {
        await gql(url, p.doc, p.vars(n), p.bearer); // warm caches and plans
        const statements = await capture(server, () => gql(url, p.doc, p.vars(n), p.bearer));
        counts[p.key][n] = statements.length;
        if (n === p.size) scenarios[p.key] = { kind: 'replay', statements };
      }
    }
    const ideaPool = data.hotIdeas.slice(0, 2000);
    const votePeople = voters.map((v) => ({ id: v.id, sid: v.sid }));
    for (const [mutation, doc] of [
      ['vote', DOCS.Vote],
      ['unvote', DOCS.Unvote],
    ]) {
      const statements = await capture(server, () => gql(url, doc, { ideaId: ideaPool[0] }, voterTokens[0]));
      counts[mutation] = { 1: statements.length };
      if (mutation === 'vote') scenarios.voteSame = { kind: 'replay', statements };
    }
    scenarios.vote = { kind: 'vote', people: votePeople, ideas: ideaPool };
    const scenariosFile = join(mkdtempSync(join(tmpdir(), 'ouimake-bench-')), 'scenarios.json');
    writeFileSync(scenariosFile, JSON.stringify(scenarios));
    const replayPort = await freePort();
    const replay = await startReplay(databaseUrl, scenariosFile, replayPort);
    children.push(replay);
    const replayUrl = `http://127.0.0.1:${replayPort}`;
    const pgPids = async () =>
      (
        await db.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [
          name,
        ])
      ).rows.map((r) => r.pid);

    // The loads: GraphQL and its replay, interleaved.
    const gqlRequest = (p) => {
      const body = JSON.stringify({ query: p.doc, variables: p.vars(p.size) });
      const headers = {
        'content-type': 'application/json',
        ...(p.bearer ? { authorization: `Bearer ${p.bearer}` } : {}),
      };
      return () => ({ method: 'POST', path: '/graphql', headers, body });
    };
    const voteRequest = () => {
      const k = Math.floor(Math.random() * voterTokens.length);
      const ideaId = ideaPool[Math.floor(Math.random() * ideaPool.length)];
      const doc = Math.random() < 0.5 ? DOCS.Vote : DOCS.Unvote;
      return {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${voterTokens[k]}` },
        body: JSON.stringify({ query: doc, variables: { ideaId } }),
      };
    };
    const lines = [
      ...paths.map((p) => ({
        ...p,
        sides: {
          graphql: { url, makeRequest: gqlRequest(p), pid: server.pid },
          replay: {
            url: replayUrl,
            makeRequest: () => ({ method: 'POST', path: `/${p.key}` }),
            pid: replay.pid,
          },
        },
      })),
      {
        key: 'vote',
        label: 'vote / unvote, random ideas of the hot challenge, 200 people',
        sides: {
          graphql: { url, makeRequest: voteRequest, pid: server.pid },
          replay: { url: replayUrl, makeRequest: () => ({ method: 'POST', path: '/vote' }), pid: replay.pid },
          ...(baseline
            ? { baseline: { url: baseline.url, makeRequest: voteRequest, pid: baseline.server.pid } }
            : {}),
        },
      },
    ];
    const results = {};
    for (const line of lines) {
      say(`${size}: ${line.label}`);
      const order = Object.keys(line.sides);
      const runs = Object.fromEntries(order.map((side) => [side, []]));
      for (const side of order) {
        const s = line.sides[side];
        await load({ url: s.url, makeRequest: s.makeRequest, seconds: 1, serverPid: s.pid, pgPids }); // warm-up
      }
      for (let r = 0; r < ROUNDS; r++) {
        for (const side of r % 2 ? [...order].reverse() : order) {
          const s = line.sides[side];
          runs[side].push(
            await load({
              url: s.url,
              makeRequest: s.makeRequest,
              seconds: SECONDS,
              serverPid: s.pid,
              pgPids,
            }),
          );
        }
      }
      results[line.key] = Object.fromEntries(Object.entries(runs).map(([side, rs]) => [side, summary(rs)]));
      results[line.key].label = line.label;
    }

    // 200 people voting for one idea at once, then taking it back at once.
    const crowdRuns = [];
    for (let r = 0; r < CROWD_ROUNDS; r++) {
      for (const [build, target] of [['this build', url], ...(baseline ? [['baseline', baseline.url]] : [])])
        for (const doc of [DOCS.Vote, DOCS.Unvote]) {
          const started = Date.now();
          const times = await Promise.all(
            crowd.map(async (c) => {
              const t = performance.now();
              const error = await gql(target, doc, { ideaId: data.crowdIdea }, token(c)).then(
                () => null,
                (e) => String(e).slice(0, 300),
              );
              return { ms: performance.now() - t, error };
            }),
          );
          const errors = times.filter((x) => x.error).map((x) => x.error);
          if (errors.length) {
            const log = (build === 'baseline' ? baseline.server : server).log();
            say(`${size}: ${errors.length} errors (${build}): ${errors[0]}\n${log.slice(-3000)}`);
          }
          const { rows } = await db.query(
            `SELECT i.vote_count, (SELECT count(*)::int FROM votes v WHERE v.idea_id = i.id) AS rows FROM ideas i WHERE i.id = $1`,
            [data.crowdIdea],
          );
          const ms = times.map((x) => x.ms).sort((a, b) => a - b);
          crowdRuns.push({
            errors: errors.length,
            build,
            kind: doc === DOCS.Vote ? 'vote' : 'unvote',
            counted: rows[0].vote_count,
            rows: rows[0].rows,
            p50: percentile(ms, 50),
            p99: percentile(ms, 99),
            wall: Date.now() - started,
          });
        }
    }

    // One person's 200 parallel votes on a challenge with a budget of 5.
    const budgetRuns = [];
    for (let r = 0; r < CROWD_ROUNDS; r++) {
      const bearer = token(budgetPerson);
      const outcomes = await Promise.all(
        data.budgetIdeas.map((ideaId) =>
          gql(url, DOCS.Vote, { ideaId }, bearer).then(
            () => 'ok',
            (e) => (String(e).includes('VOTE_BUDGET_EXCEEDED') ? 'refused' : String(e)),
          ),
        ),
      );
      const { rows } = await db.query(
        `SELECT (SELECT count(*)::int FROM votes WHERE challenge_id = $1 AND user_id = $2) AS votes,
                (SELECT used FROM vote_tallies WHERE challenge_id = $1 AND user_id = $2) AS used`,
        [data.budgetChallenge, budgetPerson.id],
      );
      budgetRuns.push({
        accepted: outcomes.filter((o) => o === 'ok').length,
        refused: outcomes.filter((o) => o === 'refused').length,
        other: outcomes.filter((o) => o !== 'ok' && o !== 'refused').length,
        votes: rows[0].votes,
        used: rows[0].used,
      });
      await Promise.all(data.budgetIdeas.map((ideaId) => gql(url, DOCS.Unvote, { ideaId }, bearer)));
    }

    // The counters after all the writes.
    const { rows: inv } = await db.query(
      `SELECT
         (SELECT count(*)::int FROM ideas i WHERE i.vote_count <> (SELECT count(*) FROM votes v WHERE v.idea_id = i.id)) AS idea_votes,
         (SELECT count(*)::int FROM vote_tallies vt WHERE vt.used <> (SELECT count(*) FROM votes v
            WHERE v.challenge_id = vt.challenge_id AND v.user_id = vt.user_id)) AS tallies,
         (SELECT count(*)::int FROM challenges c WHERE c.participant_count <> (SELECT count(*)
            FROM challenge_participants WHERE challenge_id = c.id)) AS participants`,
    );
    return {
      size,
      counts: data.counts,
      generatedIn,
      statementCounts: counts,
      results,
      crowdRuns,
      budgetRuns,
      invariants: inv[0],
    };
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await db.end().catch(() => {});
    await new Promise((r) => setTimeout(r, 500));
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

// ---------------------------------------------------------------------------------------------
// The live fan-out: bench:live's own table, fewer cells with --quick.

function liveBench() {
  const env = {
    BENCH_FANOUTS: 'shared',
    BENCH_ONLY: '"instances":1,"subscribers":1000',
    BENCH_SECONDS: QUICK ? '4' : '6',
  };
  say(`live fan-out (${JSON.stringify(env)})`);
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [join(ROOT, 'tools/bench/live.mjs')], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.once('exit', (code) =>
      code === 0 ? res({ env, table: out.trim() }) : rej(new Error(`live bench ${code}`)),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// The report.

const f0 = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '–');
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');

function reading(key, r, counts) {
  const ratio = r.graphql.rps / r.replay.rps;
  const c = counts[key];
  const sizes = Object.keys(c)
    .map(Number)
    .filter((n) => n === 10 || n === 100);
  const constant = sizes.length === 2 ? c[10] === c[100] : true;
  const target = key === 'vote' ? 'least SQL' : 'same SQL replayed';
  const verdict =
    ratio >= 0.5
      ? `meets the 0.5x target against the ${target}`
      : `falls short of 0.5x the ${target} by ${f2(0.5 - ratio)}`;
  const stmts =
    key === 'vote'
      ? `${c[1]} statements per vote request (session check, the vote, and the fields the board asks back)`
      : sizes.length === 2
        ? `${c[10]} statements at 10, ${c[100]} at 100${constant ? ' (constant)' : ' (grows with the page)'}`
        : `${c[0]} statements`;
  const cpu = `server CPU ${f1(r.graphql.serverMs)} ms per request against ${f1(r.replay.serverMs)} for the bare server`;
  return `${r.label}: ${f2(ratio)}x, ${verdict}; ${stmts}; ${cpu}.`;
}

function render(runs, live) {
  const out = [];
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')} at the end (1 / 5 / 15 min)`;
  out.push(
    `<!-- bench:hot-paths:start (written by npm run bench; edits between the markers are replaced) -->`,
  );
  out.push('## Hot paths at the speed of their SQL (`npm run bench`)');
  out.push('');
  out.push(
    `Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, \`npm run bench${QUICK ? ' -- --quick' : sizeArg ? ` -- --size ${sizeArg}` : ''}\`, on ${machine}; ` +
      `local PostgreSQL and Redis, shared with other work (read the ratios). Each line: ${ROUNDS} interleaved rounds of ${SECONDS} s ` +
      `(GraphQL, then the same SQL replayed by a bare node:http + pg server with 16 connections, then the other way round) after a 1 s warm-up, ` +
      `${CONNECTIONS} autocannon connections; p50/p99 are the median of the rounds'; CPU is user+system time from /proc over the run, ` +
      `per request, for the serving process and for the database's PostgreSQL backends. The documents are the board's own ` +
      `(apps/web/src/gql). The vote line's physical limit is the least SQL a vote needs: the session check and the vote's one statement ` +
      `(apps/api/src/modules/votes/vote-statements.ts), for a random person and idea.`,
  );
  for (const run of runs) {
    out.push('');
    out.push(
      `### Size ${run.size}: ${f0(run.counts.challenges)} challenges, ${f0(run.counts.ideas)} ideas, ${f0(run.counts.votes)} votes, ${f0(run.counts.comments)} comments, ${f0(run.counts.users)} people (generated in ${f0(run.generatedIn / 1000)} s)`,
    );
    out.push('');
    out.push(
      '| path | GraphQL req/s | p50 / p99 ms | SQL replayed req/s | p50 / p99 ms | ratio | server CPU ms/req (GraphQL / bare) | PostgreSQL CPU ms/req (GraphQL / bare) | statements at 10 / 100 |',
    );
    out.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const [key, r] of Object.entries(run.results)) {
      const c = run.statementCounts[key];
      const st =
        key === 'vote'
          ? `${c[1]} per vote, ${run.statementCounts.unvote[1]} per unvote`
          : c[10] !== undefined
            ? `${c[10]} / ${c[100]}`
            : `${c[0]}`;
      out.push(
        `| ${r.label} | ${f0(r.graphql.rps)} | ${f0(r.graphql.p50)} / ${f0(r.graphql.p99)} | ${f0(r.replay.rps)} | ${f0(r.replay.p50)} / ${f0(r.replay.p99)} | ${f2(r.graphql.rps / r.replay.rps)}x | ${f2(r.graphql.serverMs)} / ${f2(r.replay.serverMs)} | ${f2(r.graphql.pgMs)} / ${f2(r.replay.pgMs)} | ${st} |`,
      );
      if (r.baseline)
        out.push(
          `| the same votes, baseline build (--baseline) | ${f0(r.baseline.rps)} | ${f0(r.baseline.p50)} / ${f0(r.baseline.p99)} | ${f0(r.replay.rps)} | ${f0(r.replay.p50)} / ${f0(r.replay.p99)} | ${f2(r.baseline.rps / r.replay.rps)}x | ${f2(r.baseline.serverMs)} / ${f2(r.replay.serverMs)} | ${f2(r.baseline.pgMs)} / ${f2(r.replay.pgMs)} | |`,
        );
    }
    out.push('');
    const crowdVotes = run.crowdRuns.filter((c) => c.kind === 'vote' && c.build === 'this build');
    out.push('| crowd | rounds | counted | p50 / p99 ms | all of it took |');
    out.push('| --- | --- | --- | --- | --- |');
    for (const build of [...new Set(run.crowdRuns.map((c) => c.build))]) {
      const on = build === 'this build' ? '' : ` (${build})`;
      const crowdVotes = run.crowdRuns.filter((c) => c.kind === 'vote' && c.build === build);
      const crowdUn = run.crowdRuns.filter((c) => c.kind === 'unvote' && c.build === build);
      out.push(
        `| 200 people vote for one idea at once${on} | ${crowdVotes.length} | ${crowdVotes.map((c) => `${c.counted} (${c.rows} rows${c.errors ? `, ${c.errors} errors` : ''})`).join(', ')} | ${crowdVotes.map((c) => `${f0(c.p50)} / ${f0(c.p99)}`).join(', ')} | ${crowdVotes.map((c) => `${f0(c.wall)} ms`).join(', ')} |`,
      );
      out.push(
        `| the same 200 take it back at once${on} | ${crowdUn.length} | ${crowdUn.map((c) => `${c.counted} (${c.rows} rows${c.errors ? `, ${c.errors} errors` : ''})`).join(', ')} | ${crowdUn.map((c) => `${f0(c.p50)} / ${f0(c.p99)}`).join(', ')} | ${crowdUn.map((c) => `${f0(c.wall)} ms`).join(', ')} |`,
      );
    }
    out.push(
      `| one person's 200 parallel votes, budget 5 | ${run.budgetRuns.length} | ${run.budgetRuns.map((b) => `${b.votes} votes, tally ${b.used}`).join('; ')} | | ${run.budgetRuns.map((b) => `${b.accepted} accepted, ${b.refused} refused${b.other ? `, ${b.other} other errors` : ''}`).join('; ')} |`,
    );
    out.push('');
    out.push(
      `Counters against rows after every write of the run (ideas' votes, tallies, participants): ${JSON.stringify(run.invariants)}.`,
    );
    out.push('');
    out.push('What each line says:');
    out.push('');
    for (const [key, r] of Object.entries(run.results)) out.push(`- ${reading(key, r, run.statementCounts)}`);
    const vb = run.results.vote?.baseline;
    if (vb) {
      const v = run.results.vote.graphql;
      out.push(
        `- The same votes on the baseline build: ${f0(vb.rps)} req/s, p99 ${f0(vb.p99)} ms, against ${f0(v.rps)} req/s, p99 ${f0(v.p99)} ms (${f2(v.rps / vb.rps)}x the throughput).`,
      );
    }
    const cv = crowdVotes.map((c) => c.p99);
    out.push(
      `- 200 people voting for one idea at once: ${crowdVotes.every((c) => c.counted === 200 && c.rows === 200) ? 'all 200 counted every round' : 'NOT all counted'}, p99 ${cv.map(f0).join(' / ')} ms (target: under 250 ms).`,
    );
    out.push(
      `- One person's 200 parallel votes on a budget of 5: ${run.budgetRuns.every((b) => b.votes === 5 && b.used === 5 && b.accepted === 5) ? 'exactly 5 counted and 195 refused every round' : 'NOT exactly 5'}.`,
    );
  }
  if (runs.length > 1) {
    const first = runs[0];
    const last = runs.at(-1);
    const sizes = runs.map((run) => run.size).join(' → ');
    out.push('');
    out.push(`### Growth from ${sizes}`);
    out.push('');
    out.push(
      `| path | p50 ${sizes} ms | p99 ${sizes} ms | p99 growth ${first.size} → ${last.size} | req/s ${sizes} |`,
    );
    out.push('| --- | --- | --- | --- | --- |');
    for (const key of Object.keys(first.results)) {
      const all = runs.map((run) => run.results[key]?.graphql);
      if (all.some((g) => !g)) continue;
      const x = all[0];
      const y = all.at(-1);
      out.push(
        `| ${first.results[key].label} | ${all.map((g) => f0(g.p50)).join(' → ')} | ${all.map((g) => f0(g.p99)).join(' → ')} | ${f1(y.p99 / x.p99)}x | ${all.map((g) => f0(g.rps)).join(' → ')} |`,
      );
    }
    out.push('');
    out.push(
      last.size === 'L'
        ? `The target is a p99 at L no more than 1.5x the p99 at S for every read path (ten times the rows at each step).`
        : `The target is a p99 at L no more than 1.5x the p99 at S for every read path; a line growing from ${first.size} to ${last.size} already misses it (ten times the rows at each step).`,
    );
  }
  if (live) {
    out.push('');
    out.push(
      `### Live fan-out in the same run (\`${Object.entries(live.env)
        .map(([k, v]) => `${k}='${v}'`)
        .join(' ')} npm run bench:live\`)`,
    );
    out.push('');
    out.push(live.table);
  }
  out.push('<!-- bench:hot-paths:end -->');
  return out.join('\n');
}

const runs = [];
for (const size of SIZE_LIST) runs.push(await benchSize(size));
const live = args.includes('--no-live') ? null : await liveBench().catch((e) => (say(String(e)), null));
const section = render(runs, live);
console.log(section);
if (!args.includes('--no-write')) {
  const file = join(ROOT, 'BENCHMARKS.md');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('<!-- bench:hot-paths:start');
  const end = text.indexOf('<!-- bench:hot-paths:end -->');
  const next =
    start >= 0 && end > start
      ? text.slice(0, start) + section + text.slice(end + '<!-- bench:hot-paths:end -->'.length)
      : text.replace(/\n## Live fan-out/, `\n${section}\n\n## Live fan-out`);
  writeFileSync(file, next);
  execFileSync(join(ROOT, 'node_modules/.bin/prettier'), ['--write', file], { stdio: 'ignore' });
  say('BENCHMARKS.md written');
}
