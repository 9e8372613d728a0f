#!/usr/bin/env node
// Lighthouse 12 (mobile profile) on the built board: `/` and a challenge page. Builds nothing:
// run `npx nx run-many -t build -p api web` first. Starts the built server on a free port with the
// embedded database in a temporary folder (as the browser tests do), prints the scores and writes
// them to docs/lighthouse.md. Not part of the test suites: too slow and too noisy for them.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = join(ROOT, 'dist/apps/api/apps/api/src/main.js');
const WEB = join(ROOT, 'dist/apps/web/index.html');
const REPORT = join(ROOT, 'docs/lighthouse.md');
/** The line after which docs/lighthouse.md holds people's notes, kept across runs. */
const NOTES = '<!-- Notes below this line are kept when the audit runs again. -->';
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/** The built server, as `npm start` runs it; resolves once it says it is ready. */
async function startServer() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'ouimake-lighthouse-'));
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, PUBLIC_URL: url, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`server not ready after 240 s:\n${output}`)), 240_000);
    const onData = (chunk) => {
      output += chunk.toString();
      if (output.includes('Ouimake is ready on')) {
        clearTimeout(timer);
        res();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => rej(new Error(`server exited (${code}):\n${output}`)));
  });
  return {
    url,
    async stop() {
      const exited = new Promise((res) => child.once('exit', res));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function firstChallenge(url) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ challenges(first: 1) { edges { node { id title } } } }' }),
  });
  const { data } = await res.json();
  return data.challenges.edges[0].node;
}

const score = (category) => Math.round((category?.score ?? 0) * 100);
const seconds = (audit) => `${((audit?.numericValue ?? 0) / 1000).toFixed(2)} s`;
const kib = (bytes) => `${Math.round(bytes / 1024)} KiB`;

function summarize(name, path, lhr) {
  const a = lhr.audits;
  const requests = a['network-requests']?.details?.items ?? [];
  const scriptBytes = requests
    .filter((r) => r.resourceType === 'Script')
    .reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  const failing = Object.values(lhr.categories)
    .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => a[ref.id]))
    .filter((audit) => audit && audit.score !== null && audit.score < 0.9)
    .map((audit) => audit.title);
  return {
    name,
    path,
    error: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null,
    performance: score(lhr.categories.performance),
    accessibility: score(lhr.categories.accessibility),
    bestPractices: score(lhr.categories['best-practices']),
    seo: score(lhr.categories.seo),
    fcp: seconds(a['first-contentful-paint']),
    lcp: seconds(a['largest-contentful-paint']),
    tbt: `${Math.round(a['total-blocking-time']?.numericValue ?? 0)} ms`,
    cls: (a['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3),
    total: kib(a['total-byte-weight']?.numericValue ?? 0),
    scripts: kib(scriptBytes),
    failing: [...new Set(failing)],
    // What the LCP was, and how fast Lighthouse found this machine (its CPU multiplier assumes ~1000+).
    lcpElement: a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
    benchmarkIndex: Math.round(lhr.environment?.benchmarkIndex ?? 0),
    bootup: (a['bootup-time']?.details?.items ?? [])
      .slice(0, 4)
      .map((item) => `${new URL(item.url, 'http://x').pathname} ${Math.round(item.total)} ms`),
  };
}

function markdown(rows, chromeVersion) {
  const lines = [
    '# Lighthouse on the built board',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run audit:lighthouse\``,
    `(tools/audit/lighthouse.mjs): Lighthouse ${lighthouseVersion()} with its mobile profile (simulated`,
    `slow 4G and a 4x slower CPU), ${chromeVersion}, headless, on the built server with the embedded`,
    'database and the demo data. The server is reached over plain HTTP on 127.0.0.1, where Chromium',
    'asks for gzip only; behind HTTPS it takes the brotli files, about 12 % smaller.',
    `The machine's load average was ${loadavg()[0].toFixed(1)} on ${cpus().length} cores during the run: Lighthouse`,
    'multiplies the main thread time it observes, so a busy machine lowers performance a lot.',
    '',
    '| Page | Performance | LCP | FCP | TBT | CLS | SEO | Accessibility | Best practices | Scripts | All |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) =>
      r.error
        ? `| ${r.name} (\`${r.path}\`) | not measured | | | | | | | | | |`
        : `| ${r.name} (\`${r.path}\`) | ${r.performance} | ${r.lcp} | ${r.fcp} | ${r.tbt} | ${r.cls} | ${r.seo} | ${r.accessibility} | ${r.bestPractices} | ${r.scripts} | ${r.total} |`,
    ),
    '',
    'Goals (issue 16): performance at least 95, LCP under 2.5 s, SEO 100.',
    '',
    ...rows
      .filter((r) => !r.error)
      .map(
        (r) =>
          `${r.name}: the largest paint is \`${r.lcpElement ?? 'unknown'}\`; Lighthouse's benchmark index of this machine ${r.benchmarkIndex} (its 4x CPU slowdown is calibrated for about 1,500 and more).`,
      ),
    '',
    '## What Lighthouse still points out',
    '',
    ...rows.map((r) =>
      r.error
        ? `- ${r.name}: not measured (${r.error}).`
        : `- ${r.name}: ${r.failing.length ? r.failing.join('; ') : 'nothing under 90'}.`,
    ),
    '',
  ];
  return lines.join('\n');
}

let cachedVersion = null;
function lighthouseVersion() {
  return cachedVersion ?? 'unknown';
}

async function main() {
  if (!existsSync(MAIN) || !existsSync(WEB)) {
    throw new Error('No built server or board: run `npx nx run-many -t build -p api web` first');
  }
  const server = await startServer();
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS });
  try {
    const challenge = await firstChallenge(server.url);
    const pages = [
      { name: 'The board', path: '/' },
      { name: 'A challenge', path: `/challenges/${challenge.id}` },
    ];
    const rows = [];
    let chromeVersion = 'Chromium';
    for (const page of pages) {
      process.stdout.write(`Lighthouse on ${page.path}…\n`);
      const result = await lighthouse(
        `${server.url}${page.path}`,
        { port: chrome.port, output: 'json', logLevel: 'error', locale: 'en' },
        undefined,
      );
      if (!result) throw new Error(`Lighthouse gave no result for ${page.path}`);
      cachedVersion = result.lhr.lighthouseVersion;
      chromeVersion =
        result.lhr.environment?.hostUserAgent?.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? chromeVersion;
      const row = summarize(page.name, page.path, result.lhr);
      rows.push(row);
      if (row.error) process.stdout.write(`  Lighthouse could not measure it: ${row.error}\n`);
      process.stdout.write(
        `  performance ${row.performance}, LCP ${row.lcp}, FCP ${row.fcp}, TBT ${row.tbt}, CLS ${row.cls}, ` +
          `SEO ${row.seo}, accessibility ${row.accessibility}, best practices ${row.bestPractices}, ` +
          `scripts ${row.scripts} of ${row.total}\n` +
          `  largest paint: ${row.lcpElement ?? 'unknown'}\n` +
          `  this machine's benchmark index ${row.benchmarkIndex}; most script time: ${row.bootup.join(', ')}\n`,
      );
    }
    // What people wrote below the measures (after NOTES) is kept from one run to the next.
    const notes = existsSync(REPORT) ? readFileSync(REPORT, 'utf8').split(NOTES)[1] : undefined;
    writeFileSync(REPORT, `${markdown(rows, chromeVersion.replace('/', ' '))}\n${NOTES}${notes ?? '\n'}`);
    process.stdout.write(`Written to ${REPORT.slice(ROOT.length + 1)}\n`);
  } finally {
    await chrome.kill();
    await server.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
