// What the live benchmarks share (tools/bench/live.mjs, tools/bench/burst.mjs): the built server
// started as `npm start` runs it, GraphQL over HTTP, CPU time from /proc, percentiles.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const MAIN = join(ROOT, 'dist/apps/api/apps/api/src/main.js');
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const TICKS_PER_SECOND = 100; // Linux USER_HZ

export const freePort = () =>
  new Promise((res) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });

/** Loaded before the server for the `per-subscriber` cells: graphql-ws's stock execution. */
export const PER_SUBSCRIBER = join(ROOT, 'tools/bench/per-subscriber-fanout.cjs');

/**
 * The built server (or `main`, another build: e.g. a copy of dist/ from an earlier commit, which
 * finds this repository's node_modules through NODE_PATH); resolves once it says it is ready.
 */
export function startServer(env, fanout, main = MAIN) {
  // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the servers.
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  if (fanout === 'per-subscriber') nodeArgs.push('-r', PER_SUBSCRIBER);
  const child = spawn(process.execPath, [...nodeArgs, main], {
    env: {
      ...process.env,
      LOG_LEVEL: 'error',
      ...(main === MAIN ? {} : { NODE_PATH: join(ROOT, 'node_modules') }),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((res, rej) => {
    const onData = (d) => {
      out = (out + d).slice(-20_000);
      if (out.includes('Ouimake is ready')) res(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => {
      rej(new Error(`server exited ${code}: ${out}`));
      // After it was ready: say why, for the benchmark that then fails.
      if (!child.killed) process.stderr.write(`server exited (${code ?? signal}):\n${out.slice(-4000)}\n`);
    });
  });
}

export const cpuTicks = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime
};

export async function gql(url, query, variables, token) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

/** `count` people signed up through the API (20 at a time), as their tokens. */
export async function signUpMany(url, prefix, count, from = 0) {
  const tokens = [];
  for (let i = from; i < from + count; i += 20) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(20, from + count - i) }, (_, j) =>
        gql(url, `mutation($i: SignUpInput!) { signUp(input: $i) { token } }`, {
          i: {
            email: `${prefix}-${i + j}@bench.example`,
            password: 'benchmark-pass',
            displayName: `Banc ${i + j}`,
          },
        }).then((d) => d.signUp.token),
      ),
    );
    tokens.push(...batch);
  }
  return tokens;
}

/** A published challenge of a new project, held by the person behind `token`. */
export async function openChallenge(url, token) {
  const { createProject } = await gql(
    url,
    `mutation { createProject(input: { name: "Banc d'essai", summary: "Mesures" }) { id } }`,
    {},
    token,
  );
  const { createChallenge } = await gql(
    url,
    `mutation($p: ID!) { createChallenge(input: { projectId: $p, title: "Mesure du direct", description: "x", publish: true }) { id } }`,
    { p: createProject.id },
    token,
  );
  return createChallenge.id;
}
