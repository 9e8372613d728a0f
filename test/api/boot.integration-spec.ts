import { Client } from 'pg';
import { startTestApp, type TestApp } from './support/test-app';
import { DEMO_CHALLENGES, DEMO_IDEAS, DEMO_PROJECTS } from '../../apps/api/src/modules/demo/demo-data';

/** Runs against a database no other test touches, starting empty. */
const freshUrl = () => {
  const url = process.env['OUIMAKE_TEST_FRESH_DATABASE_URL'];
  if (!url) throw new Error('OUIMAKE_TEST_FRESH_DATABASE_URL is unset');
  return url;
};

async function count(sql: string): Promise<number> {
  const client = new Client({ connectionString: freshUrl() });
  await client.connect();
  try {
    const { rows } = await client.query(sql);
    return Number(rows[0].n);
  } finally {
    await client.end();
  }
}

// Several instances share a PostgreSQL server; the embedded database belongs to one process only
// (PGlite serves one session), so there the test starts one instance, then restarts it.
const instances = process.env['OUIMAKE_TEST_DATABASE_KIND'] === 'server' ? 3 : 1;

describe(`starting ${instances} instance(s) together on one empty database`, () => {
  it('applies each migration once and seeds the demo board once, then restarts change nothing', async () => {
    const env = { DATABASE_URL: freshUrl() };
    const apps: TestApp[] = await Promise.all(Array.from({ length: instances }, () => startTestApp(env)));
    try {
      const migrations = apps[0].dataSource.migrations.length;
      expect(await count('SELECT count(*) AS n FROM migrations')).toBe(migrations);
      expect(await count('SELECT count(DISTINCT name) AS n FROM migrations')).toBe(migrations);
      expect(await count('SELECT count(*) AS n FROM projects')).toBe(DEMO_PROJECTS.length);
      expect(await count('SELECT count(*) AS n FROM challenges')).toBe(DEMO_CHALLENGES.length);
      expect(await count('SELECT count(*) AS n FROM ideas')).toBe(DEMO_IDEAS.length);
      // The demo's counters equal the rows they count, as everywhere else.
      expect(
        await count(`SELECT
          (SELECT count(*) FROM ideas i WHERE vote_count <> (SELECT count(*) FROM votes v WHERE v.idea_id = i.id))
        + (SELECT count(*) FROM ideas i WHERE comment_count <> (SELECT count(*) FROM comments c WHERE c.idea_id = i.id))
        + (SELECT count(*) FROM challenges c WHERE idea_count <> (SELECT count(*) FROM ideas i WHERE i.challenge_id = c.id))
        + (SELECT count(*) FROM challenges c WHERE participant_count <> (SELECT count(*) FROM challenge_participants p WHERE p.challenge_id = c.id))
        + (SELECT count(*) FROM vote_tallies t WHERE used <> (SELECT count(*) FROM votes v WHERE v.challenge_id = t.challenge_id AND v.user_id = t.user_id))
          AS n`),
      ).toBe(0);
      expect(await count('SELECT count(*) AS n FROM votes')).toBeGreaterThan(10);

      // Every instance serves the same board.
      const totals = await Promise.all(
        apps.map(async (a) => (await a.gql('{ challenges { totalCount } }')).data?.challenges.totalCount),
      );
      expect(new Set(totals).size).toBe(1);
    } finally {
      await Promise.all(apps.map((a) => a.close()));
    }

    const again = await startTestApp(env);
    await again.close();
    expect(await count('SELECT count(*) AS n FROM projects')).toBe(DEMO_PROJECTS.length);
    expect(await count(`SELECT count(*) AS n FROM app_state WHERE key = 'demo_seeded_at'`)).toBe(1);
  });

  it('never fills a database that already holds projects with demo content', async () => {
    // The fresh database was seeded above; a new marker-less start on it must not add more.
    const client = new Client({ connectionString: freshUrl() });
    await client.connect();
    await client.query(`DELETE FROM app_state WHERE key = 'demo_seeded_at'`);
    await client.end();
    const app = await startTestApp({ DATABASE_URL: freshUrl() });
    await app.close();
    expect(await count('SELECT count(*) AS n FROM projects')).toBe(DEMO_PROJECTS.length);
  });
});
