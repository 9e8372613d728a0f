import 'reflect-metadata';
import type { Server } from 'node:http';
import { createApp } from './app/create-app';
import { GracefulStop } from './app/graceful-stop';
import { GraphQLSocketServer } from './core/graphql/socket-server';
import { Draining } from './core/health/draining';
import { AppConfig, ConfigError, loadConfig, resolveSecrets } from './config/config';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './database/embedded-postgres';

const SHUTDOWN_GRACE_MS = 10_000;
/** How long a stopping instance keeps serving after readiness dropped. */
const DRAIN_MS = 1_000;

function readConfig(): AppConfig {
  try {
    return resolveSecrets(loadConfig());
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\nSee the configuration table in README.md.\n`);
      process.exit(78); // EX_CONFIG
    }
    throw e;
  }
}

async function main(): Promise<void> {
  let config = readConfig();
  let embedded: EmbeddedPostgres | null = null;
  if (config.embedded) {
    // The pool, plus one connection for the migration lock, plus one spare.
    embedded = await startEmbeddedPostgres(config.dataDir, config.databasePoolSize + 2);
    config = config.withDatabaseUrl(embedded.url);
  }

  const app = await createApp(config);
  const stop = new GracefulStop(app.getHttpServer() as Server);

  // Graceful shutdown: stop taking connections, let requests in flight finish, close the pool,
  // then stop the embedded database so that its files are left consistent.
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`Ouimake is stopping (${signal})\n`);
    const force = setTimeout(() => {
      process.stderr.write('Ouimake did not stop in time; exiting anyway\n');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    // Readiness drops at once; open sockets are told to go (1001) so their clients reconnect
    // elsewhere; asked to stop by a supervisor (SIGTERM), the instance keeps answering for a
    // moment (a load balancer takes it out on seeing readiness fail) until it is quiet; then it
    // stops taking connections, every request that reached it is answered, and only then do the
    // modules stop (the database pool last).
    app.get(Draining).start();
    app.get(GraphQLSocketServer).goAway();
    await stop.quiet(signal === 'SIGTERM' ? DRAIN_MS : 0);
    await stop.close();
    await app.close();
    await embedded?.stop();
    process.stdout.write('Ouimake stopped\n');
    process.exit(0);
  };
  process.once('SIGTERM', (s) => void shutdown(s));
  process.once('SIGINT', (s) => void shutdown(s));

  await app.listen(config.port, config.host);
  const mode = embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL server';
  process.stdout.write(`Ouimake is ready on ${config.publicUrl} (${mode})\n`);
}

main().catch((err) => {
  process.stderr.write(`Ouimake could not start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
