// Starts the built server once for the browser tests, as `npm start` does, with the French demo
// board. With TEST_DATABASE_URL (CI) it runs on a database of its own on that PostgreSQL server,
// with the demo people able to sign in (DEMO_SIGN_IN); without it, on the embedded database in a
// temporary data folder, exactly as a newcomer's first start.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Client } from 'pg';
import { freePort, MAIN, startServer, tempDataDir, type ServerHandle } from './server';

export interface E2EState {
  servers: Array<{
    server: ServerHandle;
    /** Dropped at the end: the database made for it on the PostgreSQL server. */
    database?: { serverUrl: string; name: string };
  }>;
}

async function createDatabase(serverUrl: string): Promise<{ name: string; url: string }> {
  const name = `ouimake_e2e_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

/** One server, on its own database, with the demo board. */
async function startOne(): Promise<E2EState['servers'][number] & { url: string }> {
  const port = await freePort();
  const env: Record<string, string> = {
    PORT: String(port),
    DATA_DIR: tempDataDir(),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    // With REDIS_URL (CI), this run's keys never meet another run's (rate limits, presence).
    REDIS_PREFIX: `ouimake-e2e-${randomBytes(4).toString('hex')}`,
    // Pages come rendered even on a loaded machine (past 2 s the board would render them itself).
    SERVER_RENDERING_TIMEOUT_MS: '15000',
  };
  const serverUrl = process.env['TEST_DATABASE_URL'];
  let database: E2EState['servers'][number]['database'];
  if (serverUrl) {
    const made = await createDatabase(serverUrl);
    database = { serverUrl, name: made.name };
    Object.assign(env, {
      DATABASE_URL: made.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      SEED_DEMO: 'true',
      DEMO_SIGN_IN: 'true',
    });
  }
  // A shared, loaded machine can take longer than a minute to create a fresh embedded database.
  const server = startServer(env, { timeoutMs: Number(process.env['E2E_SERVER_TIMEOUT_MS'] ?? 90_000) });
  await server.ready;
  return { server, database, url: `http://127.0.0.1:${port}` };
}

/**
 * One server per Jest worker (jest.config.cjs: E2E_WORKERS), each with its own data: test files
 * running side by side never see each other's challenges, votes or people here.
 */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build first (npx nx run-many -t build)`);
  const workers = Number(process.env['E2E_WORKERS'] ?? '1');
  const servers = await Promise.all(Array.from({ length: workers }, () => startOne()));
  process.env['E2E_BASE_URLS'] = servers.map((s) => s.url).join(',');
  (globalThis as { __ouimakeE2E?: E2EState }).__ouimakeE2E = {
    servers: servers.map(({ server, database }) => ({ server, database })),
  };
}
