import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('health', () => {
  it('answers live and ready while the database answers', async () => {
    const live = await fetch(`${t.url}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });
});

describe('schema', () => {
  it('served by the running server is the committed apps/api/schema.gql', () => {
    const served = t.app.get(GraphQLSchemaHost).schema;
    const committed = readFileSync(join(__dirname, '../../apps/api/schema.gql'), 'utf8');
    expect(printSchema(lexicographicSortSchema(served))).toBe(
      printSchema(lexicographicSortSchema(buildSchema(committed))),
    );
  });
});

describe('migrations', () => {
  it('describe exactly the entities: TypeORM finds nothing left to generate', async () => {
    const sql = await t.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('have all been applied, each once', async () => {
    const rows: { name: string }[] = await t.dataSource.query('SELECT name FROM migrations ORDER BY id');
    expect(rows.map((r) => r.name)).toEqual(t.dataSource.migrations.map((m) => m.name));
  });
});
