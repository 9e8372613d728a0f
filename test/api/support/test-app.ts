import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from '../../../apps/api/src/app/create-app';
import { loadConfig } from '../../../apps/api/src/config/config';

/** One Redis namespace per test file: rate limits never leak between files or runs. */
const REDIS_PREFIX = `ouimake-test-${randomBytes(4).toString('hex')}`;

export const TEST_SECRET = 'integration-test-secret-0123456789abcdef';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; field?: string } }[];
}

export interface TestApp {
  app: INestApplication;
  url: string;
  dataSource: DataSource;
  gql<T = Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export function testDatabaseUrl(): string {
  const url = process.env['OUIMAKE_TEST_DATABASE_URL'];
  if (!url) throw new Error('OUIMAKE_TEST_DATABASE_URL is unset: run through test/api/jest.config.cjs');
  return url;
}

/** Boots the whole server on a free port against the run's test database (or `env` overrides). */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({
    DATABASE_URL: testDatabaseUrl(),
    JWT_SECRET: TEST_SECRET,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'error',
    NODE_ENV: 'test',
    // One connection on the embedded database, as in production; a pool of 1 also catches any query
    // made outside a transaction's own connection (it would wait forever).
    DATABASE_POOL_SIZE: process.env['OUIMAKE_TEST_DATABASE_KIND'] === 'server' ? '4' : '1',
    WEB_DIST_DIR: '/nonexistent',
    // Through Redis when the run has one (CI), as several instances would.
    ...(process.env['REDIS_URL'] ? { REDIS_URL: process.env['REDIS_URL'], REDIS_PREFIX } : {}),
    // Every request comes from 127.0.0.1 here: tests that exercise limits lower them.
    SIGNUPS_PER_ADDRESS_PER_HOUR: '100000',
    SIGNIN_FAILURES_PER_ADDRESS: '100000',
    // No background mail loop: tests that send email flush the outbox themselves, and the query
    // counts of the other tests see only their own queries.
    MAIL_POLL_MS: '0',
    ...env,
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const url = `http://127.0.0.1:${address.port}`;
  return {
    app,
    url,
    dataSource: app.get(DataSource),
    async gql(query, variables, headers) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLResponse<never>;
    },
    close: () => app.close(),
  };
}
