// Starts the databases the integration tests use, once per run, outside Jest's sandbox (PGlite
// loads with a dynamic import that the sandbox refuses). The tests read the URLs from the environment.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

async function serverDatabase(serverUrl, purpose) {
  const { Client } = require('pg');
  const name = `ouimake_${purpose}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async stop() {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function embeddedDatabase() {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create(undefined, { extensions: { pg_trgm, unaccent } });
  // Several servers may be up at once in one test (the multi-instance boot test).
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 24 });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

export default async function globalSetup() {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const make = (purpose) => (serverUrl ? serverDatabase(serverUrl, purpose) : embeddedDatabase());
  // shared: most tests, each building its own rows; fresh: boot tests that need an empty database;
  // isolated: tests of board-wide rules (the last admin) that must not race with other files.
  const [shared, fresh, isolated] = await Promise.all([make('it'), make('boot'), make('iso')]);
  process.env.OUIMAKE_TEST_DATABASE_URL = shared.url;
  process.env.OUIMAKE_TEST_FRESH_DATABASE_URL = fresh.url;
  process.env.OUIMAKE_TEST_ISOLATED_DATABASE_URL = isolated.url;
  process.env.OUIMAKE_TEST_DATABASE_KIND = serverUrl ? 'server' : 'embedded';
  globalThis.__ouimakeDatabases = [shared, fresh, isolated];
}
