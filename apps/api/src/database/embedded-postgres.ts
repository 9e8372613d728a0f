import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbeddedPostgres {
  /** A postgres:// URL the ordinary `pg` driver connects to. */
  url: string;
  /** The most connections the socket server accepts; the pool must stay at or under it. */
  maxConnections: number;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (a real PostgreSQL compiled to WebAssembly) on a data folder, or in memory when
 * `dataDir` is null, and serves it over the PostgreSQL wire protocol on a loopback port, so that
 * every other line of the server uses the same `pg` code path as with a PostgreSQL server.
 */
export async function startEmbeddedPostgres(
  dataDir: string | null,
  maxConnections: number,
): Promise<EmbeddedPostgres> {
  let location: string | undefined;
  if (dataDir) {
    location = join(dataDir, 'pgdata');
    mkdirSync(location, { recursive: true });
  }
  // PGlite ships as ES modules: loaded with import() from this CommonJS build.
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create(location, { extensions: { pg_trgm, unaccent } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgres://postgres@${address}/postgres`,
    maxConnections,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
