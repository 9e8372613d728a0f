// Starts the built server once for the browser tests: on the embedded database in a temporary
// data folder (as `npm start` does), or on a fresh database of the server TEST_DATABASE_URL names.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Client } from 'pg';
import { freePort, MAIN, startServer, tempDataDir, type ServerHandle } from './server';

export interface E2EState {
  server: ServerHandle;
  dropDatabase(): Promise<void>;
}

export default async function globalSetup(): Promise<void> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build first (npx nx run-many -t build)`);
  const port = await freePort();
  const env: Record<string, string> = {
    PORT: String(port),
    DATA_DIR: tempDataDir(),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
  };
  let dropDatabase = async () => undefined;
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (serverUrl) {
    const name = `ouimake_e2e_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    Object.assign(env, {
      DATABASE_URL: url.toString(),
      SEED_DEMO: 'true',
      JWT_SECRET: randomBytes(32).toString('hex'),
    });
    dropDatabase = async () => {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      return undefined;
    };
  }
  const server = startServer(env);
  await server.ready;
  process.env['E2E_BASE_URL'] = `http://127.0.0.1:${port}`;
  (globalThis as { __ouimakeE2E?: E2EState }).__ouimakeE2E = { server, dropDatabase };
}
