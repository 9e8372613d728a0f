import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * TypeORM options for a PostgreSQL URL: the same for the embedded database and for a server.
 * Schema changes come from migrations only; `synchronize` stays off.
 */
export function dataSourceOptions(
  url: string,
  poolSize: number,
  { connectTimeoutMs = 10_000 }: { connectTimeoutMs?: number } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite; extensions are created by migrations.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    // How long a request waits for a connection of the pool before it fails.
    extra: { max: poolSize, connectionTimeoutMillis: connectTimeoutMs },
  };
}
