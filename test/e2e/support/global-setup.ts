// Starts the built server once for the browser tests, always on the embedded database in a
// temporary data folder, exactly as `npm start` does: the demo people can sign in there (with a
// DATABASE_URL they have no password). The API suites cover the PostgreSQL server.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { freePort, MAIN, startServer, tempDataDir, type ServerHandle } from './server';

export interface E2EState {
  server: ServerHandle;
}

export default async function globalSetup(): Promise<void> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build first (npx nx run-many -t build)`);
  const port = await freePort();
  const env: Record<string, string> = {
    PORT: String(port),
    DATA_DIR: tempDataDir(),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    // With REDIS_URL (CI), this run's keys never meet another run's (rate limits, presence).
    REDIS_PREFIX: `ouimake-e2e-${randomBytes(4).toString('hex')}`,
  };
  // A shared, loaded machine can take longer than a minute to create a fresh embedded database.
  const server = startServer(env, { timeoutMs: Number(process.env['E2E_SERVER_TIMEOUT_MS'] ?? 60_000) });
  await server.ready;
  process.env['E2E_BASE_URL'] = `http://127.0.0.1:${port}`;
  (globalThis as { __ouimakeE2E?: E2EState }).__ouimakeE2E = { server };
}
