#!/usr/bin/env node
// Generates a migration from the difference between the entities and the migrations so far.
// Usage: npm run migration:generate -- AddVoteBudget
// It creates a scratch database on a PostgreSQL server (MIGRATION_SERVER_URL, default the local
// postgres://postgres@127.0.0.1:5432/postgres), applies the existing migrations, asks TypeORM for
// the remaining difference, writes apps/api/src/database/migrations/<timestamp>-<Name>.ts, and drops
// the scratch database. Read the result, name things for their intent, and add it to migrations/index.ts.
import { execFileSync } from 'node:child_process';
import { withScratchDatabase } from './scratch-database.mjs';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: npm run migration:generate -- NameInPascalCase');
  process.exit(2);
}

await withScratchDatabase(async (url) => {
  const env = { ...process.env, MIGRATION_DATABASE_URL: url, SWC_NODE_PROJECT: 'apps/api/tsconfig.json' };
  const cli = ['-r', '@swc-node/register', 'node_modules/typeorm/cli.js'];
  const ds = ['-d', 'apps/api/src/database/cli-data-source.ts'];
  execFileSync('node', [...cli, 'migration:run', ...ds], { env, stdio: 'inherit' });
  execFileSync(
    'node',
    [...cli, 'migration:generate', `apps/api/src/database/migrations/${name}`, '--pretty', ...ds],
    { env, stdio: 'inherit' },
  );
});
