import { Client } from 'pg';
import type { E2EState } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __ouimakeE2E?: E2EState }).__ouimakeE2E;
  if (!state) return;
  await Promise.all(
    state.servers.map(async ({ server, database }) => {
      await server.stop();
      if (!database) return;
      const admin = new Client({ connectionString: database.serverUrl });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${database.name} WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    }),
  );
}
