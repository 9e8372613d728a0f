import { Client } from 'pg';
import type { DataSource } from 'typeorm';

/** Any fixed 64-bit number: the key of the advisory lock that serialises schema changes. */
const MIGRATION_LOCK_KEY = 7_164_331_025;

/**
 * Applies pending migrations, then runs `afterwards` (demo seeding), under a PostgreSQL advisory
 * lock held on a connection of its own, so that several instances starting together apply each
 * migration once and seed once. The others wait, then find nothing left to do.
 */
export async function migrateUnderLock(
  dataSource: DataSource,
  url: string,
  afterwards: () => Promise<unknown>,
): Promise<string[]> {
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await afterwards();
    return applied.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.end();
  }
}
