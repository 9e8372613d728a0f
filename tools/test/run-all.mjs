#!/usr/bin/env node
// `npm test`: every suite. First the unit suites (domain, API, board), alone: they are CPU-bound
// and a few are about time. Then two lanes side by side, each line prefixed with its lane:
// - the browser tests (the longest, about 14 minutes on 2 cores, mostly Chromium taking pages over);
// - the API integration suite (the browser tests keep a 2-core machine about three quarters busy:
//   it takes most of the rest).
// Each is an Nx run (the browser tests build the API and the board first, once). The command fails
// if any fails, and says which.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const unit = {
  name: 'unit',
  commands: [
    [
      'nx',
      'run-many',
      '-t',
      'test',
      '--exclude=api-integration,e2e',
      '--parallel=2',
      '--output-style=static',
    ],
  ],
};
const lanes = [
  { name: 'browser', commands: [['nx', 'run', 'e2e:test', '--output-style=stream']] },
  {
    name: 'api',
    commands: [['nx', 'run', 'api-integration:test', '--output-style=stream']],
  },
];

const children = new Set();
const width = Math.max(...[unit, ...lanes].map((lane) => lane.name.length));

function run(lane, [command, ...args]) {
  return new Promise((resolve) => {
    const child = spawn('npx', [command, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    children.add(child);
    const prefix = `[${lane.name.padEnd(width)}] `;
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => process.stdout.write(`${prefix}${line}\n`));
    }
    child.on('close', (code, signal) => {
      children.delete(child);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

async function runLane(lane) {
  const started = Date.now();
  for (const command of lane.commands) {
    const code = await run(lane, command);
    if (code !== 0) return { lane, code, seconds: (Date.now() - started) / 1000 };
  }
  return { lane, code: 0, seconds: (Date.now() - started) / 1000 };
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    process.exit(1);
  });
}

const first = await runLane(unit);
const results = first.code === 0 ? [first, ...(await Promise.all(lanes.map(runLane)))] : [first];
process.stdout.write('\n');
for (const { lane, code, seconds } of results) {
  process.stdout.write(
    `${lane.name}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${Math.round(seconds)} s\n`,
  );
}
process.exit(results.some((result) => result.code !== 0) ? 1 : 0);
